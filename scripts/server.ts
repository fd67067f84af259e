// The production server (`npm start`, the e2e suite and the benchmarks run it): Next's request handler behind a
// node:http server that answers one hot route itself — anonymous opinion POSTs (lib/modules/consultation/
// intake-http.ts) — and hands everything else to Next unchanged.
// Usage: tsx scripts/server.ts -p 3000   (after `next build`)
import http from "node:http";
import next from "next";
import { handleOpinionIntake } from "@/lib/modules/consultation/intake-http";

const portArg = process.argv.indexOf("-p");
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 3000));
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";

const app = next({ dev: false, dir: process.cwd(), port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  if (handleOpinionIntake(req, res)) return;
  void handle(req, res);
});
server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout, so they never reuse a closed socket
server.listen(port, hostname, () => console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "server.listening", port })));

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    server.close();
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
