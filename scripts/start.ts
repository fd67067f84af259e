// `npm start`: one command from a fresh clone to a running platform.
// Without DATABASE_URL it starts the embedded PostgreSQL (data in .data/postgres, kept between runs); then it
// applies migrations, seeds the demo data into an empty database, builds when no build exists, and serves
// http://localhost:3000. `--dev` runs `next dev` instead of a production build.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "@/lib/migrations";
import { startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";

const dev = process.argv.includes("--dev");
const root = process.cwd();
const dataDir = path.join(root, ".data");
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const say = (msg: string) => console.log(`[lianxin] ${msg}`);

function secret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function waitForReady(url: string, child: { exitCode: number | null }, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && child.exitCode === null) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function main() {
  const started = Date.now();
  let db: EmbeddedDb | undefined;
  if (!process.env.DATABASE_URL) {
    db = await startEmbeddedDb({
      dataDir: path.join(dataDir, "postgres"),
      port: Number(process.env.LIANXIN_PG_PORT ?? 54329),
      database: "lianxin",
      persistent: true,
    });
    process.env.DATABASE_URL = db.url;
    say(`embedded PostgreSQL on 127.0.0.1:${db.port} (data in .data/postgres)`);
  } else {
    say("using DATABASE_URL");
  }

  // The Next.js process, once started; stop() is wired up before it exists.
  const running: { child?: ReturnType<typeof spawn> } = {};
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // The server finishes its requests and jobs first (up to 12 s): the database stays up until it has gone.
    const child = running.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    }
    await db?.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    await applyMigrations(process.env.DATABASE_URL!, say);
    const { seedDemo, databaseIsEmpty } = await import("@/lib/seed/seed-demo");
    if (await databaseIsEmpty()) {
      say("empty database: seeding demo data");
      await seedDemo(say);
    }
    const { unsafePrisma } = await import("@/lib/db");
    await unsafePrisma.$disconnect();
  } catch (err) {
    console.error(err);
    await stop(1);
  }

  const env = {
    ...process.env,
    NEXTAUTH_SECRET: secret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const built = ["BUILD_ID", "lianxin/server-runtime.mjs"].every((f) => existsSync(path.join(root, ".next", f)));
  if (!dev && !built) {
    say("no production build yet: running npm run build (once)");
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
    if (build.status !== 0) await stop(build.status ?? 1);
  }

  // Production: scripts/server.mjs (Next, with the compiled page cache and intake fast path); --dev: `next dev`.
  const child = spawn(
    process.execPath,
    dev ? [nextBin, "dev", "-p", String(port)] : ["scripts/server.mjs", "-p", String(port)],
    { stdio: "inherit", env },
  );
  running.child = child;
  // A server that dies by a signal (out of memory, killed) is a failure too.
  child.on("exit", (code, signal) => void stop(code ?? (signal ? 1 : 0)));
  if (await waitForReady(`http://localhost:${port}/api/ready`, child)) {
    const { DEMO_ACCOUNTS, DEMO_PASSWORD, PLATFORM_OPERATOR } = await import("@/lib/seed/demo-accounts");
    say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: http://localhost:${port}`);
    say(
      `demo accounts (password ${DEMO_PASSWORD}), sign in at http://localhost:${port}/<city>/login, e.g. /liaoyuan/login:`,
    );
    say(`  ${DEMO_ACCOUNTS.map((a) => `${a.username} (${a.role})`).join(", ")}`);
    say(`  cities: liaoyuan jining chengdu shantou shenyang dalian taiyuan harbin`);
    say(
      `platform operator: ${PLATFORM_OPERATOR.username} / ${DEMO_PASSWORD} at http://localhost:${port}/platform/login`,
    );
  }
}

void main();
