// The one pg-boss instance of a process, on DATABASE_URL, in its own PostgreSQL schema ("pgboss" unless
// JOBS_SCHEMA says otherwise), so its tables never mix with the app's migrations. pg-boss creates and migrates
// that schema itself, under an advisory lock, so processes starting together install it once.
//
// Kept on globalThis: in production the job runtime (loaded beside Next by scripts/server.mjs) and the code Next
// bundles (an action calling the notifier) are two copies of this file in one process; they share one instance
// and one small pool instead of opening two.
import PgBoss from "pg-boss";
import { positiveInt } from "../env";
import { log } from "../log";

/** How a process uses pg-boss: `work` runs maintenance and the cron clock besides sending. */
export type BossMode = "send" | "work";

type Held = { boss: PgBoss; mode: BossMode; started: Promise<PgBoss> };
const globalForJobs = globalThis as unknown as { lianxinBoss?: Held };

export function jobsSchema(): string {
  const schema = process.env.JOBS_SCHEMA ?? "pgboss";
  // The name goes into pg-boss's SQL unquoted.
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`JOBS_SCHEMA is not a plain schema name: ${schema}`);
  return schema;
}

/** Seconds between a worker's polls of an empty queue (pg-boss also wakes a worker when it completes a job). */
export function pollingSeconds(): number {
  const n = Number(process.env.JOBS_POLL_SECONDS);
  return Number.isFinite(n) && n >= 0.5 ? n : 2;
}

function create(mode: BossMode): PgBoss {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded PostgreSQL)");
  const boss = new PgBoss({
    connectionString,
    schema: jobsSchema(),
    application_name: "lianxin-jobs",
    max: positiveInt(process.env.JOBS_POOL_SIZE, 4),
    // A process that only sends neither archives old jobs nor fires cron schedules: the workers do.
    supervise: mode === "work",
    schedule: mode === "work",
    migrate: true,
  });
  // Without a listener an 'error' event (a dropped connection during maintenance) would end the process.
  boss.on("error", (err) => log.warn("jobs.error", { err }));
  return boss;
}

/**
 * The started instance. The first caller decides the mode; a later "work" caller upgrades a sender (which then
 * stops and is replaced), so `sendJob` before `startJobRuntime({ work: true })` costs nothing but a reconnect.
 */
export async function getBoss(mode: BossMode = "send"): Promise<PgBoss> {
  const held = globalForJobs.lianxinBoss;
  if (held && (held.mode === "work" || mode === "send")) return held.started;
  if (held) {
    globalForJobs.lianxinBoss = undefined;
    await (await held.started).stop({ graceful: true, wait: true }).catch(() => {});
  }
  const boss = create(mode);
  const next: Held = { boss, mode, started: boss.start() };
  globalForJobs.lianxinBoss = next;
  next.started.catch(() => {
    if (globalForJobs.lianxinBoss === next) globalForJobs.lianxinBoss = undefined;
  });
  return next.started;
}

/** Stops this process's instance, waiting up to `timeoutMs` for running jobs to finish. */
export async function stopBoss(timeoutMs = 30_000): Promise<void> {
  const held = globalForJobs.lianxinBoss;
  if (!held) return;
  globalForJobs.lianxinBoss = undefined;
  const boss = await held.started.catch(() => null);
  await boss?.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
