// For benchmarks: a throwaway database (or DATABASE_URL), migrated, and a production `next start` on a free
// port (building first when no build exists). Returns the base URL and a stop function.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "@/lib/migrations";
import { freePort, startEmbeddedDb } from "./embedded-db";

/** `durable`: fsync on, as in production — for write benchmarks, whose figures would flatter without it. */
export async function startBenchDatabase(opts: { durable?: boolean } = {}) {
  if (process.env.DATABASE_URL) {
    await applyMigrations(process.env.DATABASE_URL);
    return { stop: async () => {} };
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), "lianxin-bench-db-"));
  chmodSync(tmp, 0o755);
  const db = await startEmbeddedDb({
    dataDir: path.join(tmp, "pg"),
    database: "lianxin_bench",
    persistent: false,
    durable: opts.durable,
  });
  process.env.DATABASE_URL = db.url;
  await applyMigrations(db.url);
  return {
    stop: async () => {
      await db.stop();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** `env`: extra settings for this server (e.g. PAGE_CACHE=0, to measure Next rendering every request). */
export async function startBenchServer(extraEnv: Record<string, string> = {}) {
  const root = process.cwd();
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const env = {
    ...process.env,
    NEXTAUTH_URL: baseURL,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex"),
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    ...extraEnv,
  };
  if (!["BUILD_ID", "lianxin/server-runtime.mjs"].every((f) => existsSync(path.join(root, ".next", f))))
    spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
  // BENCH_CPU_PROF=dir writes a V8 CPU profile of the server to dir when it stops (to find where time goes).
  const prof = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // BENCH_NEXT_START=1: plain `next start` instead of scripts/server.mjs, to compare the two.
  const serverArgs =
    process.env.BENCH_NEXT_START === "1"
      ? [nextBin, "start", "-p", String(port)]
      : ["scripts/server.mjs", "-p", String(port)];
  const server = spawn(process.execPath, [...prof, ...serverArgs], { stdio: ["ignore", "ignore", "inherit"], env });
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(`${baseURL}/api/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseURL, stop: () => server.kill("SIGTERM") };
}

/** Sign in through next-auth's credentials flow; answers the Cookie header for later requests. */
export async function signInCookie(
  baseURL: string,
  tenant: string,
  username: string,
  password: string,
): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) =>
    res.headers.getSetCookie().forEach((c) => {
      const [kv] = c.split(";");
      const i = kv!.indexOf("=");
      jar.set(kv!.slice(0, i), kv!.slice(i + 1));
    });
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${baseURL}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseURL}/api/auth/callback/tenant`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, tenant, username, password, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed: ${res.status}`);
  return cookie();
}
