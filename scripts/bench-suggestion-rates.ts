// Issue #12 speed targets, measured (not a timed test): with 100,000 suggestions in one city (and 3,000 in each of
// 19 others: 20 cities in the database), the rates dashboard's data answers in < 200 ms p95 at 20 concurrent
// clients, and a unit's inbox in < 150 ms p95. Data from scripts/suggestion-bench-data.ts in a throwaway database.
// Measured through the module's own reads, 20 clients in one process sharing the app's connection pool as one
// server does:
// - suggestionStats: the dashboard's two grouped scans computed afresh every call (what a miss costs);
// - cachedSuggestionStats: what the page, the export, the public page and the API call — kept per city, recomputed
//   once after each action committed there (Tenant.actionVersion), and after 60 s in any case; measured
//   quiet, and with an action committing in the city every 250 ms during the run (a busy city);
// - the console page's reads (the kept figures, the years and sessions of its filters): the page without Next's
//   rendering, which needs a production build (not made on a shared machine);
// - suggestionStatsForApi + JSON.stringify: the public stats API's read and its serialisation;
// - listSuggestions(tab "todo" / "all") as 20 units' viewers, one per client: a unit's inbox (part 4's read).
// The dashboard query's plan is printed (EXPLAIN ANALYZE) for the record.
// Usage: npx tsx --conditions=react-server scripts/bench-suggestion-rates.ts [suggestions=100000]
import os from "node:os";
import { unsafePrisma } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import {
  cachedSuggestionStats,
  listSuggestions,
  suggestionStats,
  sessionsOfYear,
  suggestionStatsForApi,
  suggestionYears,
  type SuggestionViewer,
} from "@/lib/modules/suggestions";
import { startBenchDatabase } from "./lib/bench-server";
import { runCalls } from "./lib/load";
import { BENCH_SLUG, seedSuggestionBench } from "./suggestion-bench-data";

const N = Number(process.argv[2] ?? 100_000);
const CLIENTS = 20;

const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");

const db = await startBenchDatabase();
try {
  const { tenantId, year, units } = await seedSuggestionBench(N);
  const today = todayInShanghai();
  const q = { year, session: null, key: null };
  const ctx = { identity: null, locale: "zh-CN" as const, requestId: "bench", ip: "127.0.0.1" };
  const first = await suggestionStats(tenantId, q, today);
  console.log(
    `dashboard of ${year}: ${first.total.submitted} counted, ${first.total.assigned} assigned, 办复率 ${((first.total.replyRate ?? 0) * 100).toFixed(1)}%; rows: ${first.unit.length} units, ${first.category.length} categories, ${first.delegation.length} delegations, ${first.session.length} sessions, ${first.year.length} years, ${first.key.length} key/ordinary`,
  );
  const viewers: SuggestionViewer[] = units.slice(0, CLIENTS).map((u, i) => ({
    id: `00000000-0000-7000-8000-0000000001${String(i).padStart(2, "0")}`,
    roles: ["unit"],
    scopes: [{ role: "unit", scopeId: u.id }],
    deputyId: null,
  }));
  const inbox = await listSuggestions(tenantId, viewers[0]!, { tab: "todo" });
  console.log(`unit inbox (todo) page 1: ${inbox.rows.length} rows of ${inbox.total}`);

  let bumping = false;
  const bumper = async () => {
    while (bumping) {
      // unsafe: what every action does at commit (lib/action-version.ts), for the one bench tenant.
      await unsafePrisma.$executeRawUnsafe(
        `UPDATE "Tenant" SET "actionVersion" = "actionVersion" + 1 WHERE "id" = $1::uuid`,
        tenantId,
      );
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const targets: [string, (c: number) => Promise<unknown>, (() => void)?][] = [
    ["suggestionStats, computed every call (year)", () => suggestionStats(tenantId, q, today)],
    [
      "suggestionStats, computed every call (year, key only)",
      () => suggestionStats(tenantId, { ...q, key: "key" }, today),
    ],
    ["cachedSuggestionStats (the page's read), quiet city", () => cachedSuggestionStats(tenantId, q)],
    ["cachedSuggestionStats, an action every 250 ms", () => cachedSuggestionStats(tenantId, q)],
    [
      "the console page's reads (kept figures, years, sessions), quiet city",
      () =>
        Promise.all([cachedSuggestionStats(tenantId, q), suggestionYears(tenantId), sessionsOfYear(tenantId, year)]),
    ],
    [
      "public stats API read + JSON (GET /api/v1/{city}/suggestions/stats)",
      async () => JSON.stringify(await suggestionStatsForApi(BENCH_SLUG, { year: String(year) }, ctx)),
    ],
    [
      "unit inbox: listSuggestions tab=todo (20 units, one per client)",
      (c) => listSuggestions(tenantId, viewers[c]!, { tab: "todo" }),
    ],
    ["unit list: listSuggestions tab=all (20 units)", (c) => listSuggestions(tenantId, viewers[c]!, { tab: "all" })],
  ];
  console.log(
    `\nmachine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; load average ${loadavg()}; date ${new Date().toISOString().slice(0, 16)}Z; ${N.toLocaleString("en")} suggestions in the city, 20 cities; pool ${process.env.DATABASE_POOL_SIZE ?? 10}`,
  );
  console.log("| target | clients | calls | errors | calls/s | p50 ms | p95 ms | p99 ms | load avg after |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const [name, call] of targets) {
    const bump = name.includes("every 250 ms");
    await runCalls(call, 4, 20);
    for (const clients of [1, CLIENTS]) {
      if (bump) {
        bumping = true;
        void bumper();
      }
      const r = await runCalls(call, clients, clients === 1 ? 30 : 400);
      bumping = false;
      console.log(
        `| ${name} | ${clients} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${loadavg()} |`,
      );
    }
  }
  // unsafe: EXPLAIN of the dashboard's grouped scan of the one bench tenant (the statement of queries-stats.ts).
  const plan = await unsafePrisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN (ANALYZE, BUFFERS) SELECT s."leadUnitId", s."category", s."delegation", s."sessionId", s."isKey", count(*),
       count(*) FILTER (WHERE s."repliedOnTime"), count(s."satisfaction")
     FROM "Suggestion" s WHERE s."tenantId" = $1::uuid AND s."status" NOT IN ('DRAFT', 'WITHDRAWN', 'MERGED') AND s."year" = $2
     GROUP BY GROUPING SETS ((), (s."leadUnitId"), (s."category"), (s."delegation"), (s."sessionId"), (s."isKey"))`,
    tenantId,
    year,
  );
  console.log(`\nEXPLAIN dashboard grouped scan\n${plan.map((r) => `    ${r["QUERY PLAN"]}`).join("\n")}`);
  console.log(`load average at the end: ${loadavg()}`);
} finally {
  await unsafePrisma.$disconnect();
  await db.stop();
}
