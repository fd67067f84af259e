// Integration tests' database. With DATABASE_URL set, that database is used (migrations applied, nothing started).
// Without it, a throwaway embedded PostgreSQL is started in a fresh temp dir and removed afterwards.
// Worker processes get the URL through `provide`/`inject` (tests/setup/integration-env.ts) as well as the
// inherited environment.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/migrations";
import { startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let db: EmbeddedDb | undefined;
  let dir: string | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    dir = mkdtempSync(path.join(os.tmpdir(), "lianxin-test-"));
    chmodSync(dir, 0o755); // as root, PostgreSQL runs as the `postgres` OS user, which must reach the data dir
    try {
      db = await startEmbeddedDb({ dataDir: dir, database: "lianxin_test", persistent: false });
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    url = db.url;
    process.env.DATABASE_URL = url;
  }
  try {
    await applyMigrations(url);
  } catch (err) {
    await db?.stop().catch(() => {});
    if (dir) rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  project.provide("databaseUrl", url);

  return async () => {
    if (db) await db.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
