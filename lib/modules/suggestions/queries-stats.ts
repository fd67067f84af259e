// The rates of a city's suggestions in a year (schemas-stats.ts has the formulas): one scan of the year's
// suggestions grouped by GROUPING SETS gives the total and the breakdowns per lead unit, category, delegation,
// session and key/ordinary at once, and a second, per year, the years side by side.
// A B reply is done (落实) once its follow-up has come (followUpDoneAt); the follow-up that solved it makes the
// suggestion's category A (follow-up-suggestion.ts), so 办结 counts A or followed-up, each suggestion once.
//
// Over 100,000 suggestions of a year that costs ~100 ms of a core: 20 people refreshing the dashboard on 2 cores
// would wait seconds. So the page, the export, the public page and the API read `cachedSuggestionStats`: the
// figures kept in this process per (city, query, day), stale once an action commits in the city
// (Tenant.actionVersion, bumped by every mutation path) or after 60 s (what no action changes: a job's writes).
// Stale figures are recomputed once, readers arriving meanwhile waiting for that one computation — never served
// the figures from before the action, because the page cache in front of Next (module.ts `cacheable`) keeps the
// page rendered after an action until the next one: figures a few seconds old would be pinned there for minutes.
// Chosen over a summary table kept in each move's transaction (every part's moves would have to maintain it) and
// over a snapshot table refreshed by a job (a job, a table, and minutes of staleness for the same reads).
import { cachedRead } from "@/lib/cache/data-cache";
import { forTenant, unsafePrisma } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/ids";
import {
  rankUnits,
  suggestionFigures,
  SUGGESTION_COUNTS,
  zeroSuggestionCounts,
  type SuggestionBreakdown,
  type SuggestionCount,
  type SuggestionStats,
  type SuggestionStatsQuery,
  type SuggestionStatsRow,
} from "./schemas-stats";
import { ASSIGNED_STATUSES, CLOCK_STATUSES } from "./workflow";

/** Kept figures are recomputed after this long at the latest, action or not. */
export const STATS_MAX_AGE_SECONDS = 60;

const list = (xs: readonly string[]) => Prisma.join(xs.map((x) => Prisma.sql`${x}::"SuggestionStatus"`));

function counts(today: string): Prisma.Sql {
  return Prisma.sql`
    count(*)::int AS "submitted",
    count(*) FILTER (WHERE s."status" IN (${list(ASSIGNED_STATUSES)}))::int AS "assigned",
    count(s."firstRepliedAt")::int AS "replied",
    count(*) FILTER (WHERE s."repliedOnTime")::int AS "repliedOnTime",
    count(*) FILTER (WHERE s."firstRepliedAt" IS NOT NULL AND s."replyCategory" = 'A')::int AS "a",
    count(*) FILTER (WHERE s."firstRepliedAt" IS NOT NULL AND s."replyCategory" = 'B')::int AS "b",
    count(*) FILTER (WHERE s."firstRepliedAt" IS NOT NULL AND s."replyCategory" = 'C')::int AS "c",
    count(*) FILTER (WHERE s."firstRepliedAt" IS NOT NULL AND s."followUpDoneAt" IS NOT NULL)::int AS "bDone",
    count(*) FILTER (WHERE s."firstRepliedAt" IS NOT NULL AND (s."replyCategory" = 'A' OR s."followUpDoneAt" IS NOT NULL))::int AS "done",
    count(s."satisfaction")::int AS "rated",
    count(*) FILTER (WHERE s."satisfaction" = 'SATISFIED')::int AS "satisfied",
    count(*) FILTER (WHERE s."satisfaction" = 'BASIC')::int AS "basic",
    count(*) FILTER (WHERE s."satisfaction" = 'UNSATISFIED')::int AS "unsatisfied",
    count(*) FILTER (WHERE s."status" IN (${list(CLOCK_STATUSES)}) AND s."dueOn" < ${today}::date)::int AS "overdue",
    count(*) FILTER (WHERE s."isKey")::int AS "keyCount"`;
}

type Row = Record<SuggestionCount, number> & { dim: SuggestionBreakdown | "total"; key: string };

/** The figures, computed now (the tests' and the benchmark's entry; pages read cachedSuggestionStats). */
export async function suggestionStats(
  tenantId: string,
  q: SuggestionStatsQuery,
  today: string,
): Promise<SuggestionStats> {
  const t = Prisma.sql`${tenantId}::uuid`;
  const session = q.session && isUuid(q.session) ? q.session : null;
  const others = Prisma.sql`s."tenantId" = ${t} AND s."status" NOT IN ('DRAFT', 'WITHDRAWN', 'MERGED')
    ${session ? Prisma.sql`AND s."sessionId" = ${session}::uuid` : Prisma.empty}
    ${q.key ? Prisma.sql`AND s."isKey" = ${q.key === "key"}` : Prisma.empty}`;
  const [grouped, years] = await Promise.all([
    unsafePrisma.$queryRaw<Row[]>(Prisma.sql`
      SELECT CASE WHEN GROUPING(s."leadUnitId") = 0 THEN 'unit'
                  WHEN GROUPING(s."category") = 0 THEN 'category'
                  WHEN GROUPING(s."delegation") = 0 THEN 'delegation'
                  WHEN GROUPING(s."sessionId") = 0 THEN 'session'
                  WHEN GROUPING(s."isKey") = 0 THEN 'key'
                  ELSE 'total' END AS "dim",
        coalesce(CASE WHEN GROUPING(s."leadUnitId") = 0 THEN s."leadUnitId"::text
                      WHEN GROUPING(s."category") = 0 THEN s."category"
                      WHEN GROUPING(s."delegation") = 0 THEN s."delegation"
                      WHEN GROUPING(s."sessionId") = 0 THEN s."sessionId"::text
                      WHEN GROUPING(s."isKey") = 0 THEN CASE WHEN s."isKey" THEN 'key' ELSE 'ordinary' END END, '') AS "key",
        ${counts(today)}
      FROM "Suggestion" s
      WHERE ${others} AND s."year" = ${q.year}
      GROUP BY GROUPING SETS ((), (s."leadUnitId"), (s."category"), (s."delegation"), (s."sessionId"), (s."isKey"))`),
    unsafePrisma.$queryRaw<Row[]>(Prisma.sql`
      SELECT 'year' AS "dim", s."year"::text AS "key", ${counts(today)}
      FROM "Suggestion" s WHERE ${others}
      GROUP BY s."year"`),
  ]);
  const rows = [...grouped, ...years];
  const labels = await labelsOf(tenantId, rows);
  const of = (dim: SuggestionBreakdown) =>
    rows
      .filter((r) => r.dim === dim)
      .map((r): SuggestionStatsRow => ({ key: r.key, label: labels.get(r.key) ?? r.key, ...figuresOf(r) }));
  const byCount = (a: SuggestionStatsRow, b: SuggestionStatsRow) =>
    b.submitted - a.submitted || a.label.localeCompare(b.label, "zh-CN");
  const total = grouped.find((r) => r.dim === "total");
  return {
    query: { ...q, session },
    today,
    total: suggestionFigures(total ? figuresOf(total) : zeroSuggestionCounts()),
    // Suggestions not yet assigned have no lead unit: left out of the ranking (they are in the total).
    unit: rankUnits(of("unit").filter((r) => r.key !== "")),
    category: of("category").sort(byCount),
    delegation: of("delegation").sort(byCount),
    session: of("session").sort(byCount),
    year: of("year").sort((a, b) => Number(b.key) - Number(a.key)),
    key: of("key").sort((a, b) => a.key.localeCompare(b.key)),
  };
}

function figuresOf(r: Row) {
  return suggestionFigures(
    Object.fromEntries(SUGGESTION_COUNTS.map((f) => [f, r[f]])) as Record<SuggestionCount, number>,
  );
}

/** Names of the units and sessions among the rows' keys. */
async function labelsOf(tenantId: string, rows: Row[]): Promise<Map<string, string>> {
  const ids = (dim: string) => [...new Set(rows.filter((r) => r.dim === dim && isUuid(r.key)).map((r) => r.key))];
  const db = forTenant(tenantId);
  const [units, sessions] = await Promise.all([
    db.unit.findMany({ where: { id: { in: ids("unit") } }, select: { id: true, name: true } }),
    db.congressSession.findMany({ where: { id: { in: ids("session") } }, select: { id: true, name: true } }),
  ]);
  return new Map([...units, ...sessions].map((r) => [r.id, r.name]));
}

type Kept = { value: SuggestionStats; version: number; storedAt: number };
const kept = new Map<string, Kept>();
const computing = new Map<string, Promise<SuggestionStats>>();
// A city-year's figures are some 30 KB (60 units, a dozen delegations …): 200 of them at most, the oldest dropped.
const MAX_KEPT = 200;

/** The tenant's action version (one indexed row: the cost of a hit). */
async function actionVersion(tenantId: string): Promise<number | null> {
  const row = await unsafePrisma.tenant.findUnique({ where: { id: tenantId }, select: { actionVersion: true } });
  return row?.actionVersion ?? null;
}

/**
 * The figures as every page shows them (see the head of this file): kept until an action commits in the city, at
 * most STATS_MAX_AGE_SECONDS old; concurrent readers of stale figures share one computation.
 * `DATA_CACHE=0` turns keeping off (every call computes).
 */
export async function cachedSuggestionStats(
  tenantId: string,
  q: SuggestionStatsQuery,
  now = new Date(),
): Promise<SuggestionStats> {
  const today = todayInShanghai(now);
  if (process.env.DATA_CACHE === "0") return suggestionStats(tenantId, q, today);
  const version = await actionVersion(tenantId);
  if (version === null) return suggestionStats(tenantId, q, today);
  const key = JSON.stringify([tenantId, q.year, q.session, q.key, today]);
  const hit = kept.get(key);
  if (hit && hit.version === version && now.getTime() - hit.storedAt <= STATS_MAX_AGE_SECONDS * 1000) return hit.value;
  // One computation per figures and version: one started before the last action does not answer after it.
  const run = `${key}@${version}`;
  const running = computing.get(run);
  if (running) return running;
  const fresh = suggestionStats(tenantId, q, today).then((value) => {
    const current = kept.get(key);
    if (!current || current.version <= version) {
      kept.delete(key);
      kept.set(key, { value, version, storedAt: now.getTime() });
      if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
    }
    return value;
  });
  computing.set(run, fresh);
  void fresh.finally(() => computing.delete(run)).catch(() => {});
  return fresh;
}

/** For tests: forget every kept figure. */
export function forgetKeptSuggestionStats(): void {
  kept.clear();
}

/** The years a city has suggestions in, newest first (the filters' choices): a scan of the city's index, kept
 *  until an action commits in the city (lib/cache/data-cache.ts), at most 5 minutes. */
export const suggestionYears = cachedRead("suggestion-years", 300, async (tenantId: string): Promise<number[]> => {
  const rows = await forTenant(tenantId).suggestion.groupBy({ by: ["year"], orderBy: { year: "desc" } });
  return rows.map((r) => r.year);
});

/** The city's sessions of a year (the session filter). */
export async function sessionsOfYear(tenantId: string, year: number) {
  return forTenant(tenantId).congressSession.findMany({
    where: { year },
    orderBy: [{ opensOn: "asc" }],
    select: { id: true, name: true, year: true },
  });
}
