// Issue #13 speed target, measured (not a timed test): 200 voters cast their votes on one anonymous poll within
// 10 seconds, every ballot counted once, p99 < 200 ms. In-process through the one action path (executeAction:
// session → tenant → membership → zod → permission → transaction with the voter compare-and-set, the one UPDATE
// rewriting every tally row, the audit row), 200 clients at once (each one voter, one vote) sharing the app's
// connection pool as one server does; then 200 more attempts by the same voters (all must be refused) and a check
// that the tallies sum to exactly 200 per item. Runs in a throwaway database (scripts/lib/bench-server.ts).
// Usage: npx tsx --conditions=react-server scripts/bench-votes.ts [voters=200] [items=5]
import os from "node:os";
import { executeAction } from "@/lib/action";
import { forTenant, unsafePrisma } from "@/lib/db";
import { castVote, createPollInTx, getPollResults } from "@/lib/modules/votes";
import { closePollInTx } from "@/lib/modules/votes/face";
import { startBenchDatabase } from "./lib/bench-server";
import { runCalls } from "./lib/load";

const VOTERS = Number(process.argv[2] ?? 200);
const ITEMS = Number(process.argv[3] ?? 5);
const OPTIONS = ["SATISFIED", "BASIC", "UNSATISFIED"];
const WINDOW_MS = 8_000;

/** Each of `n` voters arrives at a random moment within the window (a room voting), latencies in ms. */
async function spreadCalls(call: () => Promise<unknown>, n: number, windowMs: number) {
  const latencies: number[] = [];
  let errors = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: n }, async () => {
      await new Promise((r) => setTimeout(r, Math.random() * windowMs));
      const t = performance.now();
      await call().catch(() => errors++);
      latencies.push(performance.now() - t);
    }),
  );
  latencies.sort((a, b) => a - b);
  const q = (p: number) => Math.round(latencies[Math.min(n - 1, Math.floor(p * n))]! * 10) / 10;
  const seconds = (performance.now() - t0) / 1000;
  return { requests: n, errors, rps: Math.round((n / seconds) * 10) / 10, p50: q(0.5), p95: q(0.95), p99: q(0.99) };
}

const db = await startBenchDatabase();
try {
  const tenant = await unsafePrisma.tenant.create({
    data: { slug: `bench-votes-${Date.now()}`, shortName: "压测", fullName: "压测市人大常委会", province: "测试省" },
  });
  const users = Array.from({ length: VOTERS }, (_, i) => ({
    id: crypto.randomUUID(),
    tenantId: tenant.id,
    username: `voter-${i}`,
    displayName: `代表${i}`,
    passwordHash: "bench-no-login",
  }));
  await unsafePrisma.user.createMany({ data: users });
  await unsafePrisma.roleAssignment.createMany({
    data: users.map((u) => ({ tenantId: tenant.id, userId: u.id, role: "leader" as const, scopeId: null })),
  });
  async function measure(spread: boolean) {
    const { pollId } = await forTenant(tenant.id).$transaction((tx) =>
      createPollInTx(tx, tenant.id, {
        kind: "SATISFACTION",
        secrecy: "ANONYMOUS",
        title: "满意度测评（压测）",
        optionSet: "SATISFACTION",
        items: Array.from({ length: ITEMS }, (_, i) => ({ label: `应询单位 ${i + 1}` })),
        voterUserIds: users.map((u) => u.id),
        createdById: null,
        open: true,
      }),
    );
    const items = await forTenant(tenant.id).pollItem.findMany({
      where: { tenantId: tenant.id, pollId },
      select: { id: true },
    });
    const ctxOf = (u: (typeof users)[number]) => ({
      identity: { kind: "tenant" as const, userId: u.id, tenantId: tenant.id, authAt: Date.now() },
      locale: "zh-CN" as const,
      requestId: "bench",
      ip: "127.0.0.1",
    });
    const choicesOf = (i: number) => Object.fromEntries(items.map((it, k) => [it.id, OPTIONS[(i + k) % 3]!]));
    let refused = 0;
    let taken = 0;
    const started = performance.now();
    const one = async () => {
      const i = taken++;
      const r = await executeAction(castVote, tenant.slug, { pollId, choices: choicesOf(i) }, ctxOf(users[i]!));
      if (!r.ok) {
        refused++;
        throw new Error(`${r.error.code} ${r.error.message}`);
      }
    };
    const stats = spread ? await spreadCalls(one, VOTERS, WINDOW_MS) : await runCalls(one, VOTERS, VOTERS);
    const wall = (performance.now() - started) / 1000;
    // Every voter again: each attempt must be refused.
    let again = 0;
    await Promise.all(
      users.map(async (u, i) => {
        const r = await executeAction(castVote, tenant.slug, { pollId, choices: choicesOf(i) }, ctxOf(u));
        if (r.ok) again++;
      }),
    );
    await forTenant(tenant.id).$transaction((tx) => closePollInTx(tx, tenant.id, pollId));
    const results = (await getPollResults(tenant.id, pollId))!;
    const sums = results.items.map((it) => Object.values(it.counts).reduce((a, b) => a + b, 0));
    const once = sums.every((s) => s === VOTERS) && results.voted === VOTERS && again === 0 && refused === 0;
    console.log(
      `bench-votes: ${VOTERS} voters × ${ITEMS} items on one poll, ${spread ? `arrivals spread over ${WINDOW_MS / 1000} s` : `all ${VOTERS} at once (burst)`}, cpus ${os.cpus().length}, load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(", ")}`,
    );
    console.log(
      `  all ${stats.requests} votes in ${wall.toFixed(2)} s (${stats.rps} votes/s), errors ${stats.errors}; p50 ${stats.p50} ms, p95 ${stats.p95} ms, p99 ${stats.p99} ms`,
    );
    console.log(
      `  counted once: ${once ? "yes" : "NO"} (voted ${results.voted}, per-item sums ${[...new Set(sums)].join("/")}, second attempts accepted ${again})`,
    );
    console.log(
      `  targets: within 10 s ${wall < 10 ? "met" : "MISSED"}; p99 < 200 ms ${stats.p99 < 200 ? "met" : "MISSED"}`,
    );
    if (!once) process.exitCode = 1;
  }
  // Cold (first requests: connections opened, code warmed), the burst, and warm.
  await measure(true);
  await measure(false);
  await measure(true);
} finally {
  await db.stop();
}
