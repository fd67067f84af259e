// Statistics of citizens' messages over a period (a year by default, or from–to), per station, deputy, unit,
// category or district: the messages received in the period and what became of them — accepted, replied, replied
// by the deadline, overdue now, rated (满意 / 基本满意 / 不满意) and the satisfaction rate 满意率 = (满意 + 基本满意)
// / rated, reopened after 不满意, closed by themselves unrated (apart from the rated ones), and the working days
// from receipt to the first reply (average and median, on the city's calendar). Two grouped scans: the counts, and
// the (received day, replied day) pairs the reply times are computed from. Station staff see their stations only.
import { forTenant, unsafePrisma } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/ids";
import { workingCalendar } from "@/lib/modules/calendar";
import { deputiesByIds } from "@/lib/modules/deputies";
import {
  COUNT_FIGURES,
  replyDays,
  satisfactionRate,
  type CountFigure,
  type MessageStats,
  type MessageStatsFigures,
  type MessageStatsQuery,
  type MessageStatsRow,
  type MessageStatsView,
} from "./stats-query";

function keyOf(view: MessageStatsView): Prisma.Sql {
  switch (view) {
    case "station":
      return Prisma.sql`m."stationId"::text`;
    case "deputy":
      return Prisma.sql`coalesce(m."deputyId"::text, '')`;
    case "unit":
      return Prisma.sql`coalesce(m."unitId"::text, '')`;
    case "category":
      return Prisma.sql`m."category"`;
    case "area":
      // The district a message's area belongs to (it may name the district itself, a street or a community).
      return Prisma.sql`coalesce(CASE a."level" WHEN 'DISTRICT' THEN a."id" WHEN 'STREET' THEN pa."id" ELSE ga."id" END::text, '')`;
  }
}

type CountRow = Record<CountFigure, number> & { key: string };
type PairRow = { key: string; received: string; replied: string; n: number };

/** Days to the midnight (Shanghai) that starts `day`. */
const startOf = (day: string) => new Date(`${day}T00:00:00+08:00`);
const dayAfter = (day: string) => new Date(startOf(day).getTime() + 86_400_000);

export async function messageStats(
  tenantId: string,
  q: MessageStatsQuery,
  only: string[] | null,
  now = new Date(),
): Promise<MessageStats> {
  const empty = figures(zeroCounts(), []);
  if (only && only.filter(isUuid).length === 0) return { query: q, rows: [], total: empty };
  const t = Prisma.sql`${tenantId}::uuid`;
  const today = todayInShanghai(now);
  const scope = only ? Prisma.sql`AND m."stationId" = ANY(${only.filter(isUuid)}::uuid[])` : Prisma.empty;
  const areas =
    q.view === "area"
      ? Prisma.sql`LEFT JOIN "Area" a ON a."tenantId" = m."tenantId" AND a."id" = m."areaId"
          LEFT JOIN "Area" pa ON pa."tenantId" = a."tenantId" AND pa."id" = a."parentId"
          LEFT JOIN "Area" ga ON ga."tenantId" = pa."tenantId" AND ga."id" = pa."parentId"`
      : Prisma.empty;
  const base = Prisma.sql`
    WITH msg AS (
      SELECT m.*, ${keyOf(q.view)} AS key
      FROM "CitizenMessage" m ${areas}
      WHERE m."tenantId" = ${t} AND m."createdAt" >= ${startOf(q.from)} AND m."createdAt" < ${dayAfter(q.to)} ${scope}),
    acc AS (
      SELECT DISTINCT e."messageId" AS id FROM "CitizenMessageEvent" e JOIN msg ON msg."id" = e."messageId"
      WHERE e."tenantId" = ${t} AND e."kind" = 'accept')`;
  const [counts, pairs] = await Promise.all([
    unsafePrisma.$queryRaw<CountRow[]>(Prisma.sql`${base}
      SELECT msg.key,
        count(*)::int AS received,
        count(*) FILTER (WHERE acc.id IS NOT NULL OR msg."status" NOT IN ('SUBMITTED', 'RETURNED', 'MERGED'))::int AS accepted,
        count(*) FILTER (WHERE msg."firstRepliedAt" IS NOT NULL OR msg."releasedAt" IS NOT NULL)::int AS replied,
        count(*) FILTER (WHERE msg."repliedOnTime")::int AS "repliedOnTime",
        count(*) FILTER (WHERE msg."status" IN ('TRANSFERRED', 'HANDBACK_REQUESTED') AND msg."dueOn" < ${today}::date)::int AS overdue,
        count(msg."rating")::int AS rated,
        count(*) FILTER (WHERE msg."rating" = 'SATISFIED')::int AS satisfied,
        count(*) FILTER (WHERE msg."rating" = 'BASIC')::int AS basic,
        count(*) FILTER (WHERE msg."rating" = 'UNSATISFIED')::int AS unsatisfied,
        count(*) FILTER (WHERE msg."reopenCount" > 0)::int AS reopened,
        count(*) FILTER (WHERE msg."autoClosed")::int AS "autoClosed"
      FROM msg LEFT JOIN acc ON acc.id = msg."id"
      GROUP BY 1`),
    unsafePrisma.$queryRaw<PairRow[]>(Prisma.sql`${base}
      SELECT msg.key,
        to_char(msg."createdAt" AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS received,
        to_char(coalesce(msg."firstRepliedAt", msg."releasedAt") AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS replied,
        count(*)::int AS n
      FROM msg
      WHERE coalesce(msg."firstRepliedAt", msg."releasedAt") IS NOT NULL
      GROUP BY 1, 2, 3`),
  ]);
  const cal = await workingCalendar(tenantId);
  const times = new Map<string, [number, number][]>();
  for (const p of pairs) {
    const list = times.get(p.key) ?? [];
    list.push([Math.max(0, cal.workingDaysBetween(p.received, p.replied)), p.n]);
    times.set(p.key, list);
  }
  const labels = await labelsOf(
    tenantId,
    q.view,
    counts.map((c) => c.key),
  );
  const rows = counts
    .map((c): MessageStatsRow => ({
      key: c.key,
      label: labels.get(c.key) ?? c.key,
      ...figures(c, times.get(c.key) ?? []),
    }))
    .sort((a, b) => b.received - a.received || a.label.localeCompare(b.label, "zh-CN"));
  const sums = zeroCounts();
  for (const c of counts) for (const f of COUNT_FIGURES) sums[f] += c[f];
  return { query: q, rows, total: figures(sums, [...times.values()].flat()) };
}

function zeroCounts(): Record<CountFigure, number> {
  return Object.fromEntries(COUNT_FIGURES.map((f) => [f, 0])) as Record<CountFigure, number>;
}

/** The counts with their rate and the reply times ([working days, how many messages]) averaged and their median. */
function figures(c: Record<CountFigure, number>, times: [number, number][]): MessageStatsFigures {
  const counts = Object.fromEntries(COUNT_FIGURES.map((f) => [f, c[f]])) as Record<CountFigure, number>;
  return { ...counts, satisfactionRate: satisfactionRate(counts), ...replyDays(times) };
}

async function labelsOf(tenantId: string, view: MessageStatsView, keys: string[]): Promise<Map<string, string>> {
  const ids = keys.filter(isUuid);
  const db = forTenant(tenantId);
  const named = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));
  const where = { id: { in: ids } };
  const select = { id: true, name: true } as const;
  switch (view) {
    case "station":
      return named(await db.liaisonStation.findMany({ where, select }));
    case "deputy":
      return new Map([...(await deputiesByIds(tenantId, ids))].map(([id, d]) => [id, d.name]));
    case "unit":
      return named(await db.unit.findMany({ where, select }));
    case "area":
      return named(await db.area.findMany({ where, select }));
    case "category":
      return new Map(keys.map((k) => [k, k]));
  }
}
