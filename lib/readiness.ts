import pg from "pg";
import { log } from "./log";
import { pendingMigrations } from "./migrations";

export async function checkReadiness(): Promise<{
  status: "ready" | "not_ready";
  database: "up" | "down";
  pendingMigrations: string[];
}> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const pending = await pendingMigrations(client);
    return { status: pending.length ? "not_ready" : "ready", database: "up", pendingMigrations: pending };
  } catch (err) {
    log.warn("ready.database_down", { err });
    return { status: "not_ready", database: "down", pendingMigrations: [] };
  } finally {
    await client.end().catch(() => {});
  }
}
