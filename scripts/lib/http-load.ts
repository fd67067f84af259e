// A lean load generator for write benchmarks: node:http with keep-alive sockets (cheaper per request than fetch,
// so the generator takes less of the 2 cores it shares with the server). Each of `concurrency` clients sends
// `make(i)` requests until `total` are sent; statuses and latencies are recorded.
// - Without `rate`: a closed loop, each client back to back: the most the server can take, and the latency at
//   that saturation (mostly queueing).
// - With `rate` (requests a second, all clients together): request i is due at start + i / rate and goes out
//   then on a free client. Its latency counts from when it was due, so a server falling behind shows in the
//   figures instead of slowing the schedule down (no coordinated omission).
import http from "node:http";

export type HttpLoadRequest = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };
export type HttpLoadResult = {
  requests: number;
  seconds: number;
  rps: number;
  statuses: Record<number, number>;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

export async function runHttpLoad(
  baseURL: string,
  opts: { concurrency: number; total: number; rate?: number; make: (i: number) => HttpLoadRequest },
): Promise<HttpLoadResult> {
  const url = new URL(baseURL);
  if (!["localhost", "127.0.0.1"].includes(url.hostname)) throw new Error("load tests target loopback only");
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const send = (r: HttpLoadRequest) =>
    new Promise<number>((resolve) => {
      const body = r.body === undefined ? undefined : Buffer.from(r.body);
      const req = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: r.method,
          path: r.path,
          headers: { ...r.headers, ...(body ? { "content-length": String(body.length) } : {}) },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", () => resolve(0));
      req.end(body);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (next < opts.total) {
        const i = next++;
        const due = opts.rate ? started + (i * 1000) / opts.rate : performance.now();
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const status = await send(opts.make(i));
        latencies.push(performance.now() - due);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    requests: latencies.length,
    seconds: round(seconds),
    rps: round(latencies.length / seconds),
    statuses,
    p50: round(q(0.5)),
    p95: round(q(0.95)),
    p99: round(q(0.99)),
    max: round(latencies.at(-1)!),
  };
}
