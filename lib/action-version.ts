// Tenant.actionVersion: how many changes have committed in a tenant. Every mutation path adds one at the end of
// its transaction — staff actions (lib/action.ts), citizens' public actions (lib/public-action.ts), platform
// operators' (lib/platform-action.ts) and background jobs that change what a page shows (notifications). The one
// cache (lib/cache: rendered console pages and public API answers in front of Next, and expensive reads inside it)
// keys on it, so nothing cached before a committed change is served after it — on this replica or any other,
// since the counter is in PostgreSQL. (The opinion intake does not bump it: thousands of opinions a second would
// queue on the tenant's row, and nothing it changes is cached beyond the counts' stated 30 seconds.)
type Executor = { $executeRaw: (query: TemplateStringsArray, ...values: unknown[]) => Promise<number> };

export async function bumpActionVersion(tx: Executor, tenantId: string): Promise<void> {
  // A row lock held from here to commit: changes of one tenant serialise only over this last statement, and
  // readers see the new value exactly when they can see the change.
  // unsafe: the tenant's own row ("Tenant"."id" is the tenant id), not a tenant-owned table.
  await tx.$executeRaw`UPDATE "Tenant" SET "actionVersion" = "actionVersion" + 1 WHERE "id" = ${tenantId}::uuid`;
}
