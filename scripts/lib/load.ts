// A small closed-loop load generator: `concurrency` clients each send requests back to back for `total`
// requests in all, recording each latency. Loopback only (benchmarks never leave this machine).
export type LoadResult = {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

/** `headers` may differ per client (a function of the client's number), e.g. one signed-in user each. */
export async function runLoad(
  url: string,
  opts: {
    concurrency: number;
    total: number;
    headers?: Record<string, string> | ((client: number) => Record<string, string>);
    /** Stop sending after this many seconds, whatever `total` says (a run as long as something beside it). */
    seconds?: number;
    /** Each client starts a request at most this often (ms): a person reading between clicks, not a loop. */
    pace?: number;
  },
): Promise<LoadResult> {
  if (!/^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url)) throw new Error("load tests target loopback only");
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = opts.seconds === undefined ? undefined : started + opts.seconds * 1000;
  const client = async (_: unknown, n: number) => {
    const headers = typeof opts.headers === "function" ? opts.headers(n) : opts.headers;
    // Paced clients start spread over one interval, as people do, not all at the same instant.
    if (opts.pace) await new Promise((r) => setTimeout(r, (opts.pace! * n) / opts.concurrency));
    while (next < opts.total && (deadline === undefined || performance.now() < deadline)) {
      next++;
      const t0 = performance.now();
      const res = await fetch(url, { headers }).catch(() => null);
      if (res) await res.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (!res || !res.ok) errors++;
      const wait = opts.pace ? opts.pace - (performance.now() - t0) : 0;
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    requests: latencies.length,
    errors,
    seconds: round(seconds),
    rps: round(latencies.length / seconds),
    p50: round(q(0.5)),
    p95: round(q(0.95)),
    p99: round(q(0.99)),
    max: round(latencies.at(-1)!),
  };
}

export type CallStats = { requests: number; errors: number; rps: number; p50: number; p95: number; p99: number };

/** In-process: `clients` callers of `call` back to back, `total` calls in all; latency percentiles in ms. */
export async function runCalls(
  call: (client: number) => Promise<unknown>,
  clients: number,
  total: number,
): Promise<CallStats> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      while (next < total) {
        next++;
        const t0 = performance.now();
        await call(c).catch((err) => {
          errors++;
          if (errors === 1) console.error(err);
        });
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]! * 10) / 10;
  return {
    requests: latencies.length,
    errors,
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
  };
}
