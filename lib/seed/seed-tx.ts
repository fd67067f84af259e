// What every module's seeder shares: the transaction type of the raw client (seeds write with explicit tenant
// ids, which the tenant guard allows) and the lock that keeps two seeders (two app processes starting at once,
// parallel test files) from seeding the same thing twice.
import type { unsafePrisma } from "@/lib/db";

export type SeedTx = Parameters<Parameters<typeof unsafePrisma.$transaction>[0]>[0];

/** Holds a transaction-scoped advisory lock on `key` until the transaction ends; the second seeder waits. */
export async function seedLock(tx: SeedTx, key: string): Promise<void> {
  // unsafe: a lock, not a read of any table.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}
