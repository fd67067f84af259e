// The citizen-messages module's face for the Pages Router: the public station page (pages/[tenant]/stations/[id],
// whose props lib/modules/stations/station-page.ts builds) shows the station's message counts and the links to
// write. Next refuses any module marked "server-only" in the Pages Router, so this face cannot carry the mark; it
// is server code all the same, guarded at run time.
if (typeof window !== "undefined") throw new Error("lib/modules/citizen-messages/pages.ts is server code");

export { stationMessageCounts } from "./queries-public";
export type { StationMessageCounts } from "./queries-public";
export { stationMessagesBlock } from "./station-block";
export type { StationMessagesBlock } from "./station-block";
