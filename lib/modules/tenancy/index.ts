// Public face of the tenancy module: cities, their reference data, and opening a new city.
export { createTenant } from "./create-tenant";
export { createTenantSchema, type CreateTenantInput } from "./schemas";
export {
  getAreaTree,
  listCommittees,
  listUnits,
  listActiveTenants,
  listAllTenants,
  consoleSummary,
  type AreaNode,
} from "./queries";
