// A worker process for tests/integration/jobs.test.ts: the real job runtime (lib/jobs, as `npm run worker` starts
// it) with one test job instead of the manifests', which records every run in a table (JOB_TEST_TABLE) with the
// worker's pid, so the test can count runs across processes. SIGTERM stops it the way scripts/worker.ts does.
import pg from "pg";
import { startJobRuntime } from "@/lib/jobs";

const table = process.env.JOB_TEST_TABLE;
if (!table || !/^[a-z_][a-z0-9_.]*$/.test(table)) throw new Error("JOB_TEST_TABLE must name the runs table");
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });

const runtime = await startJobRuntime({
  work: true,
  jobs: [
    {
      name: "test.count",
      load: async () => async (data) => {
        // A run takes a moment, so two workers polling together would both see the job if locking failed.
        await new Promise((r) => setTimeout(r, 200));
        await pool.query(`INSERT INTO ${table} (token, pid) VALUES ($1, $2)`, [String(data.token), process.pid]);
      },
    },
  ],
});
process.on("SIGTERM", () => {
  void runtime
    .stop()
    .then(() => pool.end())
    .then(() => process.exit(0));
});
console.log(`job-worker ready ${process.pid}`);
