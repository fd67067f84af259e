// `npm run test:e2e`: Playwright against a production build, on a throwaway database.
// Starts an embedded PostgreSQL in a temp folder (or uses DATABASE_URL), migrates and seeds it, builds the
// app, serves it on a free port, runs the specs in tests/e2e, and removes everything it started.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "@/lib/migrations";
import { freePort, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const say = (msg: string) => console.log(`[e2e] ${msg}`);

async function main(): Promise<number> {
  let db: EmbeddedDb | undefined;
  let tmp: string | undefined;
  let server: ReturnType<typeof spawn> | undefined;
  try {
    if (!process.env.DATABASE_URL) {
      tmp = mkdtempSync(path.join(os.tmpdir(), "lianxin-e2e-"));
      chmodSync(tmp, 0o755); // the postgres OS user (when running as root) must reach its data folder
      db = await startEmbeddedDb({ dataDir: path.join(tmp, "pg"), database: "lianxin_e2e", persistent: false });
      process.env.DATABASE_URL = db.url;
    }
    await applyMigrations(process.env.DATABASE_URL!, say);
    const { seedDemo } = await import("@/lib/seed/seed-demo");
    await seedDemo();
    const { unsafePrisma } = await import("@/lib/db");
    await unsafePrisma.$disconnect();

    const port = await freePort();
    const baseURL = `http://localhost:${port}`;
    const env = {
      ...process.env,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
    };
    if (!process.env.E2E_SKIP_BUILD) {
      say("next build");
      const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
      if (build.status !== 0) return build.status ?? 1;
    }
    // The production server (scripts/server.mjs): Next plus the intake fast path, as `npm start` runs it.
    server = spawn(process.execPath, ["scripts/server.mjs", "-p", String(port)], {
      stdio: ["ignore", "inherit", "inherit"],
      env,
    });
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      const ok = await fetch(`${baseURL}/api/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    say(`server ready at ${baseURL}`);
    const args = ["playwright", "test", ...process.argv.slice(2)];
    const run = spawnSync(
      process.execPath,
      [path.join(root, "node_modules", "@playwright", "test", "cli.js"), ...args.slice(1)],
      {
        stdio: "inherit",
        env: { ...env, E2E_BASE_URL: baseURL },
      },
    );
    return run.status ?? 1;
  } finally {
    server?.kill("SIGTERM");
    await db?.stop().catch(() => {});
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
