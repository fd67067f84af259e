// The tenancy module's client-safe face: the new-city schema, its server action, the area tree's shape.
export { createTenantSchema, type CreateTenantInput } from "./schemas";
export type { AreaNode } from "./queries";
export * from "./actions";
