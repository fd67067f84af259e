// Issue #12's speed targets over HTTP, the pages as a browser gets them (production build, signed in):
// - the rates dashboard (/console/suggestions/stats) over 100,000 suggestions in one city, 20 cities in the
//   database: p95 < 200 ms at 20 clients;
// - a unit's inbox (/console/suggestions?tab=todo): p95 < 150 ms at 20 clients, each a different unit's account;
// - and, for the record, the public page of the year's rates.
// The data is scripts/suggestion-bench-data.ts's (the same as bench-suggestion-rates.ts, which measures the reads
// alone). Usage: npx tsx --conditions=react-server scripts/bench-suggestion-pages.ts [suggestions=100000]
import os from "node:os";
import { unsafePrisma } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import { signInCookie, startBenchDatabase, startBenchServer } from "./lib/bench-server";
import { runLoad } from "./lib/load";
import { BENCH_SLUG, seedSuggestionBench } from "./suggestion-bench-data";

const N = Number(process.argv[2] ?? 100_000);
const CLIENTS = 20;
const PASSWORD = "Bench-pass-2026";
const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");

const db = await startBenchDatabase();
try {
  const { tenantId, units } = await seedSuggestionBench(N);
  const passwordHash = await hashPassword(PASSWORD);
  const account = async (username: string, role: "deputyAffairs" | "unit", scopeId: string | null) => {
    const user = await unsafePrisma.user.create({
      data: { tenantId, username, displayName: username, passwordHash },
    });
    await unsafePrisma.roleAssignment.create({ data: { tenantId, userId: user.id, role, scopeId } });
  };
  await account("office", "deputyAffairs", null);
  for (const [i, u] of units.slice(0, CLIENTS).entries()) await account(`unit${i}`, "unit", u.id);

  const server = await startBenchServer();
  try {
    const office = await signInCookie(server.baseURL, BENCH_SLUG, "office", PASSWORD);
    const unitCookies: string[] = [];
    for (let i = 0; i < CLIENTS; i++)
      unitCookies.push(await signInCookie(server.baseURL, BENCH_SLUG, `unit${i}`, PASSWORD));
    const base = `${server.baseURL}/${BENCH_SLUG}`;
    const targets: [string, string, (c: number) => Record<string, string>][] = [
      [
        "rates dashboard /console/suggestions/stats (office)",
        `${base}/console/suggestions/stats`,
        () => ({ cookie: office }),
      ],
      [
        "a unit's inbox /console/suggestions?tab=todo (20 units)",
        `${base}/console/suggestions?tab=todo`,
        (c) => ({ cookie: unitCookies[c % CLIENTS]! }),
      ],
      ["public page /suggestions (no sign-in)", `${base}/suggestions`, () => ({})],
    ];
    console.log(
      `\nmachine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; date ${new Date().toISOString().slice(0, 16)}Z; ${N.toLocaleString("en")} suggestions in the city, 20 cities`,
    );
    console.log("| page | clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms | load avg after |");
    console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const [name, url, headers] of targets) {
      // Warm up: compile, connections, and each client's first visit (rendered by Next; later ones are the page
      // cache's until the city's next action — the figures with PAGE_CACHE=0 show what rendering every one costs).
      await runLoad(url, { concurrency: CLIENTS, total: CLIENTS, headers });
      for (const concurrency of [1, CLIENTS]) {
        const r = await runLoad(url, { concurrency, total: concurrency === 1 ? 30 : 400, headers });
        console.log(
          `| ${name} | ${concurrency} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${loadavg()} |`,
        );
      }
    }
  } finally {
    server.stop();
  }
} finally {
  await unsafePrisma.$disconnect();
  await db.stop();
}
