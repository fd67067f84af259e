// Plain-SQL migrations (prisma/migrations/NNNN_name/migration.sql) applied in name order, each in its own
// transaction, under an advisory lock so that several app processes starting at once apply each exactly once.
// We keep our own migrator because Prisma's migrate CLI downloads a schema-engine binary (STACK.md).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const LOCK_KEY = 7_412_019; // arbitrary, constant: "lianxin migrations"

export type Migration = { name: string; sql: string; checksum: string };

export function migrationsDir(): string {
  return path.join(process.cwd(), "prisma", "migrations");
}

export function readMigrations(dir = migrationsDir()): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{4}_/.test(d.name))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_migrations" (
  "name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`;

export async function appliedMigrations(client: pg.ClientBase): Promise<Map<string, string>> {
  const exists = await client.query(`SELECT to_regclass('"_migrations"') AS t`);
  if (!exists.rows[0].t) return new Map();
  const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM "_migrations"`);
  return new Map(rows.map((r) => [r.name, r.checksum]));
}

/** Names of migrations on disk that the database has not applied yet. */
export async function pendingMigrations(client: pg.ClientBase, dir?: string): Promise<string[]> {
  const applied = await appliedMigrations(client);
  return readMigrations(dir)
    .filter((m) => !applied.has(m.name))
    .map((m) => m.name);
}

export async function applyMigrations(databaseUrl: string, log: (msg: string) => void = () => {}): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const done: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const applied = await appliedMigrations(client);
    for (const m of readMigrations()) {
      const seen = applied.get(m.name);
      if (seen) {
        if (seen !== m.checksum)
          throw new Error(`Migration ${m.name} was edited after it was applied (checksum differs)`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO "_migrations" (name, checksum) VALUES ($1, $2)`, [m.name, m.checksum]);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(err as Error).message}`);
      }
      done.push(m.name);
      log(`applied migration ${m.name}`);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
  return done;
}
