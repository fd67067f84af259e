// The deputies module's face for the Pages Router (the public station page, pages/[tenant]/stations/[id], reaches
// the deputies grouped there through the stations module; Next refuses "server-only" modules there, see
// lib/modules/consultation/pages.ts). Only the lookup by id and the levels (the client face would load actions).
if (typeof window !== "undefined") throw new Error("lib/modules/deputies/pages.ts is server code");

export { deputiesByIds, type DeputyBrief } from "./queries-lookup";
export { DEPUTY_LEVELS, type DeputyLevel } from "./workflow";
