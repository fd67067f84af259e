// The job runtime of a process: `npm start` runs it inside the web process (JOBS_IN_PROCESS, on by default), and
// `npm run worker` (scripts/worker.ts) runs it alone. Any number of processes may run it against one database:
// pg-boss hands each job to one worker (FOR UPDATE SKIP LOCKED), jobs wait in PostgreSQL across restarts, and a
// cron schedule fires once per minute slot however many processes watch the clock.
import type PgBoss from "pg-boss";
import { log } from "../log";
import type { JobDecl } from "../modules/define";
import { getBoss, pollingSeconds, stopBoss } from "./boss";
import { declaredJobs, ensureQueues } from "./queues";

/** Recurring schedules run in the committees' time zone: "0 8 * * *" is 08:00 in Shanghai. */
export const SCHEDULE_TZ = "Asia/Shanghai";

export type JobRuntime = {
  /** Stops taking jobs, waits for running ones (up to `timeoutMs`), then closes the connections. */
  stop: (timeoutMs?: number) => Promise<void>;
};

export type JobRuntimeOptions = {
  /** Run handlers (and pg-boss's maintenance and cron clock) here; false: this process only enqueues. */
  work: boolean;
  /** The jobs to run; every manifest's unless a test says otherwise. */
  jobs?: readonly JobDecl[];
};

/**
 * The one place recurring schedules are applied: each job with a `cron` in its manifest is scheduled, and a
 * schedule no manifest declares any more (a job renamed or dropped) is removed.
 */
export async function applySchedules(boss: PgBoss, jobs: readonly JobDecl[]): Promise<void> {
  const wanted = jobs.filter((j): j is JobDecl & { cron: string } => Boolean(j.cron));
  for (const job of wanted) await boss.schedule(job.name, job.cron, {}, { tz: SCHEDULE_TZ });
  const names = new Set(wanted.map((j) => j.name));
  for (const s of await boss.getSchedules()) {
    if (!names.has(s.name)) await boss.unschedule(s.name);
  }
}

async function register(boss: PgBoss, job: JobDecl): Promise<void> {
  const handler = await job.load();
  await boss.work<Record<string, unknown>>(
    job.name,
    { batchSize: 1, pollingIntervalSeconds: pollingSeconds(), includeMetadata: true },
    async ([j]) => {
      if (!j) return;
      const started = Date.now();
      try {
        await handler(j.data ?? {});
        log.info("job.ok", { job: job.name, id: j.id, retry: j.retryCount, ms: Date.now() - started });
      } catch (err) {
        // pg-boss retries it (QUEUE_OPTIONS) until the limit, then keeps it as failed.
        log.error("job.failed", { job: job.name, id: j.id, retry: j.retryCount, err });
        throw err;
      }
    },
  );
}

/** Starts pg-boss, creates every declared queue, applies the schedules and, with `work`, registers the handlers. */
export async function startJobRuntime(opts: JobRuntimeOptions): Promise<JobRuntime> {
  const jobs = opts.jobs ?? declaredJobs();
  const boss = await getBoss(opts.work ? "work" : "send");
  await ensureQueues(
    boss,
    jobs.map((j) => j.name),
  );
  await applySchedules(boss, jobs);
  if (opts.work) for (const job of jobs) await register(boss, job);
  log.info("jobs.started", { work: opts.work, jobs: jobs.map((j) => j.name) });
  let stopping: Promise<void> | undefined;
  return {
    stop: (timeoutMs) => (stopping ??= stopBoss(timeoutMs).then(() => log.info("jobs.stopped", { work: opts.work }))),
  };
}

/** JOBS_IN_PROCESS: on unless "0"/"false"/"off"; off means this web process only enqueues and `npm run worker` works. */
export function jobsInProcess(env: Record<string, string | undefined> = process.env): boolean {
  return !/^(0|false|off|no)$/i.test(env.JOBS_IN_PROCESS ?? "");
}
