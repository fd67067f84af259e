import "server-only";
// The tenancy module's server face: cities, their reference data, and opening a new city. Other modules, app/
// and components/ import only this and ./client.ts (everything there is here too).
export * from "./client";
export { default as tenancyModule } from "./module";
export { createTenant } from "./create-tenant";
export { getAreaTree, listCommittees, listUnits, listActiveTenants, listAllTenants } from "./queries";
export { areaIndex, cachedAreaIndex, type AreaInfo } from "./queries-area-index";
