// What the public sees of the stations: the directory (by district and street), one station's page (hours,
// desk phone, next reception days, the deputies grouped there by name and level, the standard's summary, the
// last year's activity), and the city's calendar of reception days. Public fields only: never a deputy's contact.
// Reachable from the Pages Router (pages.ts), so nothing here may load a "server-only" module.
import { unsafePrisma } from "@/lib/db";
import { dateToDay, dayToDate, todayInShanghai, addShanghaiDays } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/ids";
import { DEPUTY_LEVELS, deputiesByIds, type DeputyLevel } from "@/lib/modules/deputies/pages";
import { getAreaTree } from "@/lib/modules/tenancy/pages";
import { STATION_ROLES, type StationKind, type StationRole } from "./workflow";

export type PublicStationRow = {
  id: string;
  name: string;
  kind: StationKind;
  address: string;
  openingHours: string;
  phone: string;
  street: string | null;
  districtId: string | null;
  district: string | null;
  deputies: number;
};
export type PublicDeputy = { id: string; name: string; level: DeputyLevel };
export type PublicReceptionDay = {
  id: string;
  stationId: string;
  stationName: string;
  day: string;
  startTime: string;
  endTime: string;
  theme: string;
  location: string;
  deputies: PublicDeputy[];
};
export type PublicStation = PublicStationRow & {
  intro: string;
  grouped: (PublicDeputy & { role: StationRole })[];
  upcoming: PublicReceptionDay[];
  standard: { name: string; met: number; total: number } | null;
  activity: { receptions: number; people: number; issues: number; since: string };
};
export type StationFilter = { districtId?: string; kind?: StationKind };

// A station serves a street (its parent is the district), a community (two levels up) or, online, the district
// itself; the district and street are read off whichever it is.
const STATIONS = (tenantId: string) => Prisma.sql`
  SELECT s."id"::text AS id, s."name", s."kind"::text AS kind, s."address", s."openingHours", s."phone", s."intro",
    CASE a."level" WHEN 'STREET' THEN a."name" WHEN 'COMMUNITY' THEN p."name" END AS street,
    (CASE a."level" WHEN 'DISTRICT' THEN a."id" WHEN 'STREET' THEN p."id" ELSE g."id" END)::text AS "districtId",
    CASE a."level" WHEN 'DISTRICT' THEN a."name" WHEN 'STREET' THEN p."name" ELSE g."name" END AS district,
    CASE a."level" WHEN 'DISTRICT' THEN a."sortOrder" WHEN 'STREET' THEN p."sortOrder" ELSE g."sortOrder" END AS dsort,
    CASE a."level" WHEN 'STREET' THEN a."sortOrder" WHEN 'COMMUNITY' THEN p."sortOrder" END AS ssort
  FROM "LiaisonStation" s
  LEFT JOIN "Area" a ON a."tenantId" = s."tenantId" AND a."id" = s."areaId"
  LEFT JOIN "Area" p ON p."tenantId" = a."tenantId" AND p."id" = a."parentId"
  LEFT JOIN "Area" g ON g."tenantId" = p."tenantId" AND g."id" = p."parentId"
  WHERE s."tenantId" = ${tenantId}::uuid AND s."active"`;

// Counted in the outer query, so only the rows kept (one page, one station) get their deputies counted.
const DEPUTIES = (tenantId: string) => Prisma.sql`(SELECT count(*) FROM "StationDeputy" sd
  WHERE sd."tenantId" = ${tenantId}::uuid AND sd."stationId" = st.id::uuid)::int AS deputies`;
const ORDER = Prisma.sql`ORDER BY dsort NULLS LAST, district NULLS LAST, ssort NULLS FIRST, street NULLS FIRST, name, id`;

type StationSqlRow = PublicStationRow & { intro: string };

function filterSql(filter: StationFilter) {
  const where = [Prisma.sql`TRUE`];
  if (filter.districtId) where.push(Prisma.sql`"districtId" = ${filter.districtId}`);
  if (filter.kind) where.push(Prisma.sql`kind = ${filter.kind}`);
  return Prisma.join(where, " AND ");
}

/** Active stations, by district, street and name; optionally one district's or one kind's. */
export async function listPublicStations(tenantId: string, filter: StationFilter = {}): Promise<PublicStationRow[]> {
  return (await listPublicStationsPage(tenantId, filter, { limit: null, offset: 0 })).rows;
}

/** One page of the active stations (the API's), in the directory's order, and how many match in all. */
export async function listPublicStationsPage(
  tenantId: string,
  filter: StationFilter,
  page: { limit: number | null; offset: number },
): Promise<{ rows: PublicStationRow[]; total: number }> {
  const where = filterSql(filter);
  const [rows, [count]] = await Promise.all([
    unsafePrisma.$queryRaw<(StationSqlRow & { dsort: number; ssort: number })[]>(Prisma.sql`
      SELECT st.*, ${DEPUTIES(tenantId)} FROM (
        SELECT * FROM (${STATIONS(tenantId)}) st WHERE ${where} ${ORDER} LIMIT ${page.limit} OFFSET ${page.offset}
      ) st ${ORDER}`),
    unsafePrisma.$queryRaw<{ n: number }[]>(Prisma.sql`
      SELECT count(*)::int AS n FROM (${STATIONS(tenantId)}) st WHERE ${where}`),
  ]);
  return { total: count?.n ?? 0, rows: rows.map(({ intro: _intro, dsort: _d, ssort: _s, ...row }) => row) };
}

/** How many active stations each district has (stations without one last), in the directory's order: the
 *  directory's overview of a large city, without reading every station. */
export async function countPublicStationsByDistrict(
  tenantId: string,
  filter: StationFilter = {},
): Promise<{ districtId: string | null; district: string | null; count: number }[]> {
  return unsafePrisma.$queryRaw(Prisma.sql`
    SELECT "districtId", district, count(*)::int AS count FROM (${STATIONS(tenantId)}) st WHERE ${filterSql(filter)}
    GROUP BY "districtId", district, dsort ORDER BY dsort NULLS LAST, district NULLS LAST`);
}

/** The city's districts, for the directory's filter. */
export async function listStationDistricts(tenantId: string): Promise<{ id: string; name: string }[]> {
  return (await getAreaTree(tenantId)).filter((a) => a.level === "DISTRICT").map((a) => ({ id: a.id, name: a.name }));
}

/** Non-cancelled reception days of active stations in [from, to], by date and time (a station's, or the city's). */
export async function listReceptionDays(
  tenantId: string,
  opts: { from: string; to: string; stationId?: string; districtId?: string; limit?: number },
): Promise<PublicReceptionDay[]> {
  const where = [
    Prisma.sql`d."tenantId" = ${tenantId}::uuid`,
    Prisma.sql`NOT d."cancelled"`,
    Prisma.sql`d."day" BETWEEN ${opts.from}::date AND ${opts.to}::date`,
  ];
  if (opts.stationId) where.push(Prisma.sql`d."stationId" = ${opts.stationId}::uuid`);
  const district = opts.districtId ? Prisma.sql`AND st."districtId" = ${opts.districtId}` : Prisma.empty;
  const rows = await unsafePrisma.$queryRaw<(Omit<PublicReceptionDay, "deputies"> & { deputyIds: string[] })[]>(
    Prisma.sql`
    SELECT d."id"::text AS id, d."stationId"::text AS "stationId", st.name AS "stationName",
      to_char(d."day", 'YYYY-MM-DD') AS day, d."startTime", d."endTime", d."theme",
      coalesce(nullif(d."location", ''), st.address) AS location, d."deputyIds"::text[] AS "deputyIds"
    FROM "ReceptionDay" d JOIN (${STATIONS(tenantId)}) st ON st.id = d."stationId"::text ${district}
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY d."day", d."startTime", st.name, d."id"
    LIMIT ${opts.limit ?? 500}`,
  );
  const names = await deputiesByIds(
    tenantId,
    rows.flatMap((r) => r.deputyIds),
  );
  return rows.map(({ deputyIds, ...r }) => ({
    ...r,
    deputies: deputyIds.flatMap((id) => {
      const d = names.get(id);
      return d ? [{ id: d.id, name: d.name, level: d.level }] : [];
    }),
  }));
}

/** The public station page's data; null for an unknown id, an inactive station or another city's. */
export async function getPublicStation(tenantId: string, id: string, now = new Date()): Promise<PublicStation | null> {
  if (!isUuid(id)) return null;
  const [row] = await unsafePrisma.$queryRaw<StationSqlRow[]>(Prisma.sql`
    SELECT id, name, kind, address, "openingHours", phone, intro, street, "districtId", district, ${DEPUTIES(tenantId)}
    FROM (${STATIONS(tenantId)}) st WHERE id = ${id}`);
  if (!row) return null;
  const today = todayInShanghai(now);
  const since = dateToDay(addShanghaiDays(dayToDate(today), -365));
  const [grouped, upcoming, standard, activity] = await Promise.all([
    groupedDeputies(tenantId, id),
    listReceptionDays(tenantId, {
      stationId: id,
      from: today,
      to: dateToDay(addShanghaiDays(dayToDate(today), 366)),
      limit: 6,
    }),
    standardSummary(tenantId, id),
    activitySince(tenantId, id, since),
  ]);
  return { ...row, grouped, upcoming, standard, activity: { ...activity, since } };
}

async function groupedDeputies(tenantId: string, stationId: string) {
  const links = await unsafePrisma.stationDeputy.findMany({
    where: { tenantId, stationId },
    select: { deputyId: true, role: true },
  });
  const deputies = await deputiesByIds(
    tenantId,
    links.map((l) => l.deputyId),
  );
  return links
    .flatMap((l) => {
      const d = deputies.get(l.deputyId);
      // A deputy whose term ended is no longer shown as sitting in the station.
      return d && d.status === "IN_OFFICE" ? [{ id: d.id, name: d.name, level: d.level, role: l.role }] : [];
    })
    .sort(
      (a, b) =>
        STATION_ROLES.indexOf(a.role) - STATION_ROLES.indexOf(b.role) ||
        DEPUTY_LEVELS.indexOf(a.level) - DEPUTY_LEVELS.indexOf(b.level) ||
        a.name.localeCompare(b.name, "zh-CN"),
    );
}

/** The city's standard (its active items) and how many this station has met. */
async function standardSummary(tenantId: string, stationId: string) {
  const [row] = await unsafePrisma.$queryRaw<{ name: string | null; met: number; total: number }[]>(Prisma.sql`
    SELECT min(i."standard") AS name, count(*)::int AS total, count(e."id") FILTER (WHERE e."met")::int AS met
    FROM "StationStandardItem" i
    LEFT JOIN "StationEvidence" e ON e."tenantId" = i."tenantId" AND e."itemId" = i."id"
      AND e."stationId" = ${stationId}::uuid
    WHERE i."tenantId" = ${tenantId}::uuid AND i."active"`);
  return row && row.total > 0 ? { name: row.name ?? "", met: row.met, total: row.total } : null;
}

/** Receptions held, people received and issues raised at a station since a day. */
async function activitySince(tenantId: string, stationId: string, since: string) {
  const [row] = await unsafePrisma.$queryRaw<{ receptions: number; people: number; issues: number }[]>(Prisma.sql`
    SELECT count(*)::int AS receptions, coalesce(sum(r."peopleReceived"), 0)::int AS people,
      (SELECT count(*) FROM "ReceptionIssue" i JOIN "ReceptionRecord" r2
          ON r2."tenantId" = i."tenantId" AND r2."id" = i."recordId"
        WHERE i."tenantId" = ${tenantId}::uuid AND r2."stationId" = ${stationId}::uuid
          AND r2."day" >= ${since}::date)::int AS issues
    FROM "ReceptionRecord" r
    WHERE r."tenantId" = ${tenantId}::uuid AND r."stationId" = ${stationId}::uuid AND r."day" >= ${since}::date`);
  return row ?? { receptions: 0, people: 0, issues: 0 };
}

/** A station's reception schedules, for the poster's "every month on the 15th" line. */
export async function listActiveSchedules(tenantId: string, stationId: string) {
  return unsafePrisma.receptionSchedule.findMany({
    where: { tenantId, stationId, active: true },
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
    select: {
      kind: true,
      dayOfMonth: true,
      weekOfMonth: true,
      weekday: true,
      everyMonths: true,
      startsOn: true,
      startTime: true,
      endTime: true,
      theme: true,
    },
  });
}
export type ScheduleBrief = Awaited<ReturnType<typeof listActiveSchedules>>[number];
