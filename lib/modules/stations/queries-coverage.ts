// Coverage of the city by its stations: per district, each street or township with the active stations serving
// it (a district's online station counts for the district, not its streets); stations nobody is grouped into;
// and the deputies in office no station groups — a set difference over ids, which stays fast at 50,000.
import { forTenant, unsafePrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { deputiesByIds, deputyIdsInOffice, type DeputyBrief } from "@/lib/modules/deputies";
import { areaIndex } from "./queries-areas";

export type CoverageStreet = { id: string; name: string; stations: { id: string; name: string }[] };
export type CoverageDistrict = {
  id: string;
  name: string;
  /** Stations serving the whole district (online ones). */
  stations: { id: string; name: string }[];
  streets: CoverageStreet[];
  uncovered: number;
};
export type Coverage = {
  districts: CoverageDistrict[];
  streets: number;
  uncoveredStreets: number;
  stationsWithoutDeputies: { id: string; name: string }[];
  deputiesInOffice: number;
  ungrouped: number;
  /** Some of the ungrouped deputies (at most `sample`, by name), to act on. */
  ungroupedSample: DeputyBrief[];
};

/** The stations that group anyone, and every deputy grouped somewhere: one row of two strings (cheap to ship). */
async function groupedIds(tenantId: string): Promise<{ stations: string[]; deputies: string[] }> {
  const rows = await unsafePrisma.$queryRaw<{ stations: string | null; deputies: string | null }[]>(Prisma.sql`
    SELECT string_agg(DISTINCT "stationId"::text, ',') AS stations, string_agg(DISTINCT "deputyId"::text, ',') AS deputies
      FROM "StationDeputy" WHERE "tenantId" = ${tenantId}::uuid`);
  const split = (s: string | null | undefined) => (s ? s.split(",") : []);
  return { stations: split(rows[0]?.stations), deputies: split(rows[0]?.deputies) };
}

export async function stationCoverage(tenantId: string, sample = 20): Promise<Coverage> {
  const db = forTenant(tenantId);
  const [areas, stations, grouped, inOffice] = await Promise.all([
    areaIndex(tenantId),
    db.liaisonStation.findMany({ where: { active: true }, select: { id: true, name: true, areaId: true } }),
    groupedIds(tenantId),
    deputyIdsInOffice(tenantId),
  ]);
  const byArea = new Map<string, { id: string; name: string }[]>();
  for (const s of stations.sort((a, b) => a.name.localeCompare(b.name, "zh-CN")))
    if (s.areaId) (byArea.get(s.areaId) ?? byArea.set(s.areaId, []).get(s.areaId)!).push({ id: s.id, name: s.name });
  const districts: CoverageDistrict[] = [];
  for (const a of areas.values()) {
    if (a.level === "DISTRICT")
      districts.push({ id: a.id, name: a.name, stations: byArea.get(a.id) ?? [], streets: [], uncovered: 0 });
  }
  const districtOf = new Map(districts.map((d) => [d.id, d]));
  for (const a of areas.values()) {
    if (a.level !== "STREET") continue;
    const d = districtOf.get(a.districtId);
    if (!d) continue;
    const here = byArea.get(a.id) ?? [];
    // A community-level station sits in a street too: it covers its street.
    const below = [...areas.values()].filter((c) => c.level === "COMMUNITY" && c.path.startsWith(`${a.path} / `));
    const all = [...here, ...below.flatMap((c) => byArea.get(c.id) ?? [])];
    d.streets.push({ id: a.id, name: a.name, stations: all });
    if (all.length === 0) d.uncovered++;
  }
  const withDeputies = new Set(grouped.stations);
  const groupedDeputies = new Set(grouped.deputies);
  const ungroupedIds = inOffice.filter((id) => !groupedDeputies.has(id));
  const briefs = await deputiesByIds(tenantId, ungroupedIds.slice(0, 500));
  return {
    districts,
    streets: districts.reduce((n, d) => n + d.streets.length, 0),
    uncoveredStreets: districts.reduce((n, d) => n + d.uncovered, 0),
    stationsWithoutDeputies: stations.filter((s) => !withDeputies.has(s.id)).map(({ id, name }) => ({ id, name })),
    deputiesInOffice: inOffice.length,
    ungrouped: ungroupedIds.length,
    ungroupedSample: [...briefs.values()].sort((a, b) => a.name.localeCompare(b.name, "zh-CN")).slice(0, sample),
  };
}
