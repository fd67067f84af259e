// The tenancy module's face for the Pages Router (server code reachable from pages/, which Next refuses to let
// load anything marked "server-only"; lib/modules/consultation/pages.ts says more). Only what that page needs.
if (typeof window !== "undefined") throw new Error("lib/modules/tenancy/pages.ts is server code");

export { getAreaTree, type AreaNode } from "./queries";
