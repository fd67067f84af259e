// The legislation module's face for the Pages Router (server code reachable from pages/, which Next refuses to
// let load anything marked "server-only"; lib/modules/consultation/pages.ts says more). Only what that page needs.
if (typeof window !== "undefined") throw new Error("lib/modules/legislation/pages.ts is server code");

export { getDraftVersion } from "./queries-drafts";
export { publicChapters } from "./public-chapters";
export type { PublicChapter } from "./public-api";
