// A plain node-postgres pool beside Prisma's, for the few hot paths where a named prepared statement in one
// round trip matters (the opinion intake: thousands a second). Same database, same DATABASE_URL; one per process.
import pg from "pg";
import { log } from "./log";

const globalForPg = globalThis as unknown as { lianxinPg?: pg.Pool };

export function pgPool(): pg.Pool {
  if (!globalForPg.lianxinPg) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const pool = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // An idle connection dropped by the server (a restart, a failover) is replaced on next use; unhandled, the
    // pool's 'error' event would end the process.
    pool.on("error", (err) => log.warn("pg.idle_client_error", { message: err.message }));
    globalForPg.lianxinPg = pool;
  }
  return globalForPg.lianxinPg;
}
