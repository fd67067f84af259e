// A plain node-postgres pool beside Prisma's, for the few hot paths where a named prepared statement in one
// round trip matters (the opinion intake: thousands a second). Same database, same DATABASE_URL; one per process.
import pg from "pg";

const globalForPg = globalThis as unknown as { lianxinPg?: pg.Pool };

export function pgPool(): pg.Pool {
  if (!globalForPg.lianxinPg) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    globalForPg.lianxinPg = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  }
  return globalForPg.lianxinPg;
}
