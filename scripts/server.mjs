// The production server (`npm start`, the e2e suite and the benchmarks run it): Next's request handler behind a
// node:http server that answers two kinds of request itself — anonymous opinion POSTs (lib/modules/consultation/
// intake-http.ts), and signed-in console pages it has cached for that user (lib/page-cache) — and hands
// everything else to Next unchanged.
// Plain JavaScript on purpose: only those two modules' TypeScript is loaded through tsx (`tsImport`, scoped to
// their module trees). Running the whole server under tsx's global loader slowed every Next request (about 5 ms each).
// Usage: node scripts/server.mjs -p 3000   (after `next build`)
import http from "node:http";
import { setTimeout } from "node:timers";
import { tsImport } from "tsx/esm/api";

// A production server whatever the shell says: React picks its development build when NODE_ENV is unset, and the
// Pages Router page (/{city}/consultations/{id}) then fails. Set before Next (and React) load, hence the import().
process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

const { handleOpinionIntake } = await tsImport("../lib/modules/consultation/intake-http.ts", import.meta.url);
const { handleCachedRoute } = await tsImport("../lib/page-cache/index.ts", import.meta.url);

const portArg = process.argv.indexOf("-p");
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 3000));
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";

const app = next({ dev: false, dir: process.cwd(), port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  if (handleOpinionIntake(req, res)) return;
  if (handleCachedRoute(req, res, handle)) return;
  void handle(req, res);
});
server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout, so they never reuse a closed socket
server.listen(port, hostname, () =>
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "server.listening", port })),
);

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close();
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
