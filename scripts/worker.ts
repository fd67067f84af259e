// `npm run worker`: a process that only runs background jobs (lib/jobs), for a deployment that sets
// JOBS_IN_PROCESS=0 on its web processes or wants more workers. Run as many as you like against one DATABASE_URL:
// each job runs on one of them. SIGTERM or SIGINT (Ctrl-C) stops taking jobs and lets running ones finish.
import { startJobRuntime } from "@/lib/jobs";
import { log } from "@/lib/log";

async function main() {
  if (!process.env.DATABASE_URL) {
    console.error("[lianxin] npm run worker needs DATABASE_URL (the database `npm start` or your server uses)");
    process.exit(1);
  }
  const runtime = await startJobRuntime({ work: true });
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log.info("worker.stopping", { signal });
      runtime.stop().then(
        () => process.exit(0),
        (err) => {
          log.error("worker.stop_failed", { err });
          process.exit(1);
        },
      );
    });
  }
  log.info("worker.ready", { pid: process.pid });
}

main().catch((err) => {
  log.error("worker.start_failed", { err });
  process.exit(1);
});
