// Tenant.actionVersion: how many staff actions have committed in a tenant. lib/action.ts adds one at the end of
// every action's transaction; the console page cache (lib/page-cache) keys on it, so a page cached before any
// committed change is never served after it — on this replica or any other, since the counter is in PostgreSQL.
import type { TenantTx } from "./db";

export async function bumpActionVersion(tx: TenantTx, tenantId: string): Promise<void> {
  // A row lock held from here to commit: actions of one tenant serialise only over this last statement, and
  // readers see the new value exactly when they can see the change.
  // unsafe: the tenant's own row ("Tenant"."id" is the tenant id), not a tenant-owned table.
  await tx.$executeRaw`UPDATE "Tenant" SET "actionVersion" = "actionVersion" + 1 WHERE "id" = ${tenantId}::uuid`;
}
