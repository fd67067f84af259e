// The stations module's face for the Pages Router: the public station page (pages/[tenant]/stations/[id]) takes
// its props from here. Next refuses any module marked "server-only" in the Pages Router, so this face cannot carry
// the mark; it is server code all the same (getServerSideProps only), guarded at run time.
if (typeof window !== "undefined") throw new Error("lib/modules/stations/pages.ts is server code");

export { stationPageProps } from "./station-page";
export type { StationPageProps } from "./station-page";
