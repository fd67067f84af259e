// The production server (`npm start`, the e2e suite and the benchmarks run it): Next's request handler behind a
// node:http server that answers two kinds of request itself — anonymous opinion POSTs (the consultation module's
// intake fast path), and console pages and public API answers it has cached (lib/cache) — and hands everything
// else to Next unchanged. It also runs the background jobs (lib/jobs) unless JOBS_IN_PROCESS=0. Both come compiled from lib/server-runtime.ts (.next/lianxin/server-runtime.mjs, made
// by `npm run build`): production loads no TypeScript. PAGE_CACHE=0 and LIANXIN_FAST_INTAKE=0 leave those
// requests to Next too.
// Usage: node scripts/server.mjs -p 3000   (after `npm run build`)
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { setTimeout } from "node:timers";
import { pathToFileURL } from "node:url";

// A production server whatever the shell says: React picks its development build when NODE_ENV is unset, and the
// Pages Router page (/{city}/consultations/{id}) then fails. Set before Next (and React) load, hence the import().
process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

const runtimeFile = path.join(process.cwd(), ".next", "lianxin", "server-runtime.mjs");
if (!existsSync(runtimeFile)) {
  console.error(`${runtimeFile} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const portArg = process.argv.indexOf("-p");
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 3000));
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";

const app = next({ dev: false, dir: process.cwd(), port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();
// After Next is ready: the runtime shares Next's request-scoped globals.
const runtime = await import(pathToFileURL(runtimeFile).href);
// Background jobs (lib/jobs) in this process by default; JOBS_IN_PROCESS=0 leaves them to `npm run worker`
// (queues and schedules are still declared here, so enqueueing works either way).
const jobs = await runtime.startJobRuntime({ work: runtime.jobsInProcess() });

const server = http.createServer((req, res) => {
  runtime.stampPeerAddress(req); // the client's address for Next's handlers (lib/peer-address.ts)
  if (runtime.handleOpinionIntake(req, res)) return;
  if (runtime.handleMessageIntake(req, res)) return;
  if (runtime.handleCachedRoute(req, res, handle)) return;
  void handle(req, res);
});
server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout, so they never reuse a closed socket
server.listen(port, hostname, () =>
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "server.listening", port })),
);

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Requests in flight and running jobs get up to 10 s to finish (what a job does not finish is retried by
    // another process later); idle keep-alive connections are closed at once so close() can complete.
    setTimeout(() => process.exit(0), 12_000).unref();
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    void Promise.allSettled([closed, jobs.stop(10_000)]).then(() => process.exit(0));
  });
}
