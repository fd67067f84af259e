// `npm run test:e2e`: Playwright against a production build, on throwaway databases.
// Starts an embedded PostgreSQL in a temp folder (or uses DATABASE_URL), builds the app (`npm run build`: Next and
// the compiled server runtime), and runs the specs in tests/e2e twice, each time on a freshly migrated and seeded
// database and a fresh server on a free port:
//   1. as `npm start` serves: the page cache and the opinion intake's fast path in front of Next;
//   2. with PAGE_CACHE=0 LIANXIN_FAST_INTAKE=0: every request rendered and answered by Next itself,
// so both transports are proven. E2E_PASSES=1 runs the first pass only (quicker while working on a spec).
// E2E_SKIP_BUILD=1 reuses the last build. Arguments are passed to Playwright (e.g. one spec file).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";

const root = process.cwd();
const say = (msg: string) => console.log(`[e2e] ${msg}`);

const PASSES = [
  { name: "page cache and fast intake on", env: {} },
  { name: "PAGE_CACHE=0 LIANXIN_FAST_INTAKE=0", env: { PAGE_CACHE: "0", LIANXIN_FAST_INTAKE: "0" } },
].slice(0, process.env.E2E_PASSES === "1" ? 1 : 2);

/** A fresh database for a pass: on the embedded server a new one each time; with DATABASE_URL, that one. */
async function passDatabase(baseUrl: string, pass: number): Promise<string> {
  if (pass === 0) return baseUrl;
  const url = new URL(baseUrl);
  const name = `${url.pathname.slice(1)}_pass${pass + 1}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

/** Migrates and seeds a pass's database, in child processes: this process's database clients stay unbound. */
function prepare(databaseUrl: string): boolean {
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" };
  for (const script of ["db:migrate", "db:seed"]) {
    const run = spawnSync("npm", ["run", "--silent", script], { stdio: ["ignore", "ignore", "inherit"], env });
    if (run.status !== 0) return false;
  }
  return true;
}

async function serve(env: NodeJS.ProcessEnv, baseURL: string, port: number) {
  const server = spawn(process.execPath, ["scripts/server.mjs", "-p", String(port)], {
    stdio: ["ignore", "inherit", "inherit"],
    env,
  });
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}) before it was ready`);
    const ok = await fetch(`${baseURL}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill("SIGTERM");
  throw new Error(`the server was not ready within 60 s at ${baseURL}`);
}

/** Stops a pass's server and waits for it (it finishes its jobs first), so the next pass starts clean. */
async function stopServer(server: ReturnType<typeof spawn>): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

async function main(): Promise<number> {
  let db: EmbeddedDb | undefined;
  let tmp: string | undefined;
  let server: ReturnType<typeof spawn> | undefined;
  try {
    let baseDb = process.env.DATABASE_URL;
    const own = !baseDb;
    if (!baseDb) {
      tmp = mkdtempSync(path.join(os.tmpdir(), "lianxin-e2e-"));
      chmodSync(tmp, 0o755); // the postgres OS user (when running as root) must reach its data folder
      db = await startEmbeddedDb({ dataDir: path.join(tmp, "pg"), database: "lianxin_e2e", persistent: false });
      baseDb = db.url;
    }
    const common = {
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
    };
    if (!process.env.E2E_SKIP_BUILD) {
      say("npm run build");
      const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, ...common } });
      if (build.status !== 0) return build.status ?? 1;
    }
    for (const [i, pass] of PASSES.entries()) {
      // With an outside DATABASE_URL the second pass reuses it (the specs make their own rows; the seed is idempotent).
      const databaseUrl = own ? await passDatabase(baseDb, i) : baseDb;
      if (!prepare(databaseUrl)) return 1;
      const port = await freePort();
      const baseURL = `http://localhost:${port}`;
      const env = { ...process.env, ...common, ...pass.env, DATABASE_URL: databaseUrl, NEXTAUTH_URL: baseURL };
      server = await serve(env, baseURL, port);
      say(`pass ${i + 1}/${PASSES.length} (${pass.name}): server ready at ${baseURL}`);
      const run = spawnSync(
        process.execPath,
        [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)],
        { stdio: "inherit", env: { ...env, E2E_BASE_URL: baseURL } },
      );
      await stopServer(server);
      server = undefined;
      if (run.status !== 0) {
        say(`pass ${i + 1} (${pass.name}) failed`);
        return run.status ?? 1;
      }
    }
    return 0;
  } finally {
    if (server) await stopServer(server);
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
