// Background jobs (issue #9 item 6b) against real PostgreSQL and real worker processes: a job scheduled before a
// restart runs after it, exactly once, with two worker processes sharing the queue; jobs sent while every worker
// is down wait in PostgreSQL and run when one comes back; the queues carry the retry policy; schedules are
// applied from the manifests only. Each test file run uses its own pg-boss schema, so no other test's jobs mix in.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { applySchedules, declaredJobs, jobsInProcess, QUEUE_OPTIONS, sendJob, startJobRuntime } from "@/lib/jobs";
import { uniqueSuffix } from "../factories";
import { startChild, waitFor, type Child } from "../support/processes";

const suffix = uniqueSuffix(8);
const schema = `pgboss_t_${suffix}`;
const runs = `jobtest_${suffix}.runs`;
let pool: pg.Pool;
const children: Child[] = [];

beforeAll(async () => {
  process.env.JOBS_SCHEMA = schema;
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  await pool.query(`CREATE SCHEMA jobtest_${suffix}`);
  await pool.query(
    `CREATE TABLE ${runs} (token TEXT NOT NULL, pid INT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now())`,
  );
});

afterAll(async () => {
  await Promise.all(children.map((c) => c.stop()));
  // This file's schemas only (a run against DATABASE_URL must not leave them behind).
  await pool.query(`DROP SCHEMA IF EXISTS jobtest_${suffix} CASCADE`);
  await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
});

function worker(): Promise<Child> {
  return startChild(
    "tests/support/job-worker.ts",
    {
      DATABASE_URL: process.env.DATABASE_URL!,
      JOBS_SCHEMA: schema,
      JOBS_POLL_SECONDS: "0.5",
      JOB_TEST_TABLE: runs,
      LOG_LEVEL: "warn",
    },
    /job-worker ready/,
  ).then((c) => (children.push(c), c));
}

async function runsOf(token: string): Promise<{ pid: number }[]> {
  return (await pool.query<{ pid: number }>(`SELECT pid FROM ${runs} WHERE token = $1`, [token])).rows;
}

async function jobState(id: string): Promise<string | null> {
  const { rows } = await pool.query<{ state: string }>(
    `SELECT state::text FROM ${schema}.job WHERE id = $1 UNION ALL SELECT state::text FROM ${schema}.archive WHERE id = $1`,
    [id],
  );
  return rows[0]?.state ?? null;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("jobs across worker processes", () => {
  test("a job scheduled before a restart runs after it, once, with two worker processes", async () => {
    const first = await worker();
    // Due in 6 seconds: the worker that saw it sent is stopped well before then.
    const id = await sendJob("test.count", { token: "before-restart" }, { startAfter: 6 });
    expect(await jobState(id)).toBe("created");
    expect(await first.stop()).toBe(0);

    const [a, b] = await Promise.all([worker(), worker()]);
    await waitFor(async () => (await runsOf("before-restart")).length > 0, 30_000, "the job to run");
    await waitFor(async () => (await jobState(id)) === "completed", 10_000, "the job to complete");
    await pause(2_000); // time for a second, wrong run to show up
    expect(await runsOf("before-restart")).toHaveLength(1);
    expect([a.proc.pid, b.proc.pid]).toContain((await runsOf("before-restart"))[0]!.pid);

    // Many at once: each runs exactly once, whichever worker takes it.
    const tokens = Array.from({ length: 12 }, (_, i) => `batch-${i}`);
    const ids = await Promise.all(tokens.map((token) => sendJob("test.count", { token })));
    await waitFor(
      async () => (await Promise.all(ids.map(jobState))).every((s) => s === "completed"),
      40_000,
      "the batch to complete",
    );
    await pause(1_000);
    for (const token of tokens) expect(await runsOf(token), token).toHaveLength(1);

    // Every worker down: a job sent now waits in PostgreSQL, and a worker started later runs it.
    expect(await Promise.all([a.stop(), b.stop()])).toEqual([0, 0]);
    const later = await sendJob("test.count", { token: "while-down" });
    await pause(1_500);
    expect(await runsOf("while-down")).toHaveLength(0);
    expect(await jobState(later)).toBe("created");
    const c = await worker();
    await waitFor(async () => (await jobState(later)) === "completed", 30_000, "the waiting job to complete");
    expect(await runsOf("while-down")).toEqual([{ pid: c.proc.pid }]);
    expect(await c.stop()).toBe(0);
  }, 180_000);
});

describe("queues and schedules", () => {
  test("every declared job gets a queue with retries and backoff; cron schedules come from the manifests", async () => {
    const jobs = declaredJobs();
    expect(jobs.map((j) => j.name)).toEqual(
      expect.arrayContaining(["notifications.email", "contactPoints.dueReminders", "consultation.closingReminders"]),
    );
    const runtime = await startJobRuntime({ work: false });
    try {
      const { rows: queues } = await pool.query<{ name: string; retry_limit: number; retry_backoff: boolean }>(
        `SELECT name, retry_limit, retry_backoff FROM ${schema}.queue`,
      );
      for (const job of jobs) {
        expect(
          queues.find((q) => q.name === job.name),
          job.name,
        ).toMatchObject({
          retry_limit: QUEUE_OPTIONS.retryLimit,
          retry_backoff: true,
        });
      }
      const { rows: schedules } = await pool.query<{ name: string; cron: string; timezone: string }>(
        `SELECT name, cron, timezone FROM ${schema}.schedule ORDER BY name`,
      );
      expect(schedules).toEqual(
        jobs
          .filter((j) => j.cron)
          .map((j) => ({ name: j.name, cron: j.cron, timezone: "Asia/Shanghai" }))
          .sort((x, y) => x.name.localeCompare(y.name)),
      );

      // A schedule no manifest declares any more is removed the next time schedules are applied.
      const { default: PgBoss } = await import("pg-boss");
      const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema, max: 1 });
      await boss.start();
      await boss.createQueue("test.gone");
      await boss.schedule("test.gone", "0 3 * * *", {}, { tz: "Asia/Shanghai" });
      await applySchedules(boss, jobs);
      expect((await boss.getSchedules()).map((s) => s.name)).not.toContain("test.gone");
      await boss.stop({ graceful: false });
    } finally {
      await runtime.stop();
    }
  }, 60_000);

  test("JOBS_IN_PROCESS is on unless it says 0", () => {
    expect(jobsInProcess({})).toBe(true);
    expect(jobsInProcess({ JOBS_IN_PROCESS: "1" })).toBe(true);
    for (const off of ["0", "false", "off"]) expect(jobsInProcess({ JOBS_IN_PROCESS: off })).toBe(false);
  });
});
