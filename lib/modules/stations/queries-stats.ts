// Statistics of the stations per district, per street and per station over a period: deputies grouped, receptions
// held, people received, issues raised and solved. Three grouped scans (records, issues, grouping) joined to the
// stations' places, whatever the city's size; station staff see their own stations only (`only`).
import { z } from "zod";
import { unsafePrisma } from "@/lib/db";
import { addShanghaiDays, dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";

export const STATS_VIEWS = ["district", "street", "station"] as const;
export type StatsView = (typeof STATS_VIEWS)[number];

const day = z.iso.date();
export const stationStatsQuerySchema = z.object({
  view: z.enum(STATS_VIEWS).default("district"),
  from: day.optional(),
  to: day.optional(),
  district: z.uuid().optional(),
});
export type StationStatsQuery = { view: StatsView; from: string; to: string; district?: string };

export type StatsRow = {
  key: string;
  label: string;
  /** The district of a street or station row. */
  district: string | null;
  stations: number;
  deputies: number;
  receptions: number;
  people: number;
  issues: number;
  solved: number;
};

/** The query with its period filled in: the last 12 months unless given (from after to is swapped). */
export function statsPeriod(q: z.infer<typeof stationStatsQuerySchema>, now = new Date()): StationStatsQuery {
  const today = todayInShanghai(now);
  const to = q.to ?? today;
  const from = q.from ?? dateToDay(addShanghaiDays(dayToDate(to), -364));
  return { view: q.view, district: q.district, ...(from <= to ? { from, to } : { from: to, to: from }) };
}

export async function stationStats(tenantId: string, q: StationStatsQuery, only: string[] | null): Promise<StatsRow[]> {
  if (only && only.length === 0) return [];
  const t = Prisma.sql`${tenantId}::uuid`;
  const scope = only ? Prisma.sql`AND s."id" = ANY(${only}::uuid[])` : Prisma.empty;
  const inDistrict = q.district ? Prisma.sql`AND p."districtId" = ${q.district}::uuid` : Prisma.empty;
  const key =
    q.view === "district"
      ? Prisma.sql`p."districtId"::text`
      : q.view === "street"
        ? Prisma.sql`coalesce(p."streetId", p."districtId")::text`
        : Prisma.sql`p."id"::text`;
  const label =
    q.view === "district"
      ? Prisma.sql`min(p."district")`
      : q.view === "street"
        ? Prisma.sql`min(coalesce(p."street", p."district"))`
        : Prisma.sql`min(p."name")`;
  return unsafePrisma.$queryRaw<StatsRow[]>(Prisma.sql`
    WITH places AS (
      SELECT s."id", s."name",
        CASE a."level" WHEN 'STREET' THEN a."id" WHEN 'COMMUNITY' THEN pa."id" END AS "streetId",
        CASE a."level" WHEN 'STREET' THEN a."name" WHEN 'COMMUNITY' THEN pa."name" END AS street,
        CASE a."level" WHEN 'DISTRICT' THEN a."id" WHEN 'STREET' THEN pa."id" ELSE ga."id" END AS "districtId",
        CASE a."level" WHEN 'DISTRICT' THEN a."name" WHEN 'STREET' THEN pa."name" ELSE ga."name" END AS district,
        CASE a."level" WHEN 'DISTRICT' THEN a."sortOrder" WHEN 'STREET' THEN pa."sortOrder" ELSE ga."sortOrder" END AS dsort
      FROM "LiaisonStation" s
      LEFT JOIN "Area" a ON a."tenantId" = s."tenantId" AND a."id" = s."areaId"
      LEFT JOIN "Area" pa ON pa."tenantId" = a."tenantId" AND pa."id" = a."parentId"
      LEFT JOIN "Area" ga ON ga."tenantId" = pa."tenantId" AND ga."id" = pa."parentId"
      WHERE s."tenantId" = ${t} ${scope}),
    rec AS (
      SELECT "stationId", count(*) AS receptions, sum("peopleReceived") AS people
      FROM "ReceptionRecord" WHERE "tenantId" = ${t} AND "day" BETWEEN ${q.from}::date AND ${q.to}::date
      GROUP BY 1),
    iss AS (
      SELECT r."stationId", count(*) AS issues, count(*) FILTER (WHERE i."status" = 'SOLVED') AS solved
      FROM "ReceptionIssue" i
      JOIN "ReceptionRecord" r ON r."tenantId" = i."tenantId" AND r."id" = i."recordId"
      WHERE i."tenantId" = ${t} AND r."day" BETWEEN ${q.from}::date AND ${q.to}::date
      GROUP BY 1)
    SELECT coalesce(${key}, '') AS key, coalesce(${label}, '') AS label,
      ${q.view === "district" ? Prisma.sql`NULL` : Prisma.sql`min(p.district)`} AS district,
      count(DISTINCT p."id")::int AS stations,
      (SELECT count(DISTINCT sd."deputyId") FROM "StationDeputy" sd
        WHERE sd."tenantId" = ${t} AND sd."stationId" = ANY(array_agg(p."id")))::int AS deputies,
      coalesce(sum(rec.receptions), 0)::int AS receptions, coalesce(sum(rec.people), 0)::int AS people,
      coalesce(sum(iss.issues), 0)::int AS issues, coalesce(sum(iss.solved), 0)::int AS solved
    FROM places p
    LEFT JOIN rec ON rec."stationId" = p."id"
    LEFT JOIN iss ON iss."stationId" = p."id"
    WHERE TRUE ${inDistrict}
    GROUP BY 1
    ORDER BY min(p.dsort) NULLS LAST, min(p.district) NULLS LAST, 2`);
}
