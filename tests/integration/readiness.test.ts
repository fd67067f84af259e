// /api/ready's check (lib/readiness.ts) and the migrator behind it (lib/migrations.ts).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { applyMigrations, migrationsDir, pendingMigrations, readMigrations } from "@/lib/migrations";
import { checkReadiness } from "@/lib/readiness";
import { freePort } from "@/scripts/lib/embedded-db";

const tmp = mkdtempSync(path.join(os.tmpdir(), "lianxin-migrations-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("checkReadiness", () => {
  test("ready: database up, no pending migrations", async () => {
    expect(await checkReadiness()).toEqual({ status: "ready", database: "up", pendingMigrations: [] });
  });

  test("not ready when the database cannot be reached", async () => {
    const url = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${await freePort()}/nothing`;
    const pending = checkReadiness(); // reads DATABASE_URL synchronously, before its first await
    process.env.DATABASE_URL = url;
    expect(await pending).toEqual({ status: "not_ready", database: "down", pendingMigrations: [] });
  });
});

describe("migrations", () => {
  test("every migration on disk is applied; applying again does nothing", async () => {
    const names = readMigrations().map((m) => m.name);
    expect(names).toContain("0001_foundation");
    expect(await applyMigrations(process.env.DATABASE_URL!)).toEqual([]);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; checksum: string }>(
        `SELECT name, checksum FROM "_migrations" ORDER BY name`,
      );
      expect(rows).toEqual(readMigrations().map((m) => ({ name: m.name, checksum: m.checksum })));
    } finally {
      await client.end();
    }
  });

  test("a migration on disk that the database lacks is pending", async () => {
    const dir = path.join(tmp, "migrations");
    cpSync(migrationsDir(), dir, { recursive: true });
    mkdirSync(path.join(dir, "9999_future"));
    writeFileSync(path.join(dir, "9999_future", "migration.sql"), "SELECT 1;");
    mkdirSync(path.join(dir, "not_a_migration"));
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      expect(await pendingMigrations(client, dir)).toEqual(["9999_future"]);
      expect(await pendingMigrations(client)).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
