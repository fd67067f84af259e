// Read side of the station registry: one station, the list with its filters, the stations each deputy is
// grouped into, the deputies of a station and the staff accounts that run it. All through the tenant guard.
import { forTenant } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { deputiesByIds, type DeputyBrief } from "@/lib/modules/deputies";
import { findRecipients } from "@/lib/modules/identity";
import { areaIndex } from "./queries-areas";
import type { StationKind, StationRole } from "./workflow";

const STATION_SELECT = {
  id: true,
  name: true,
  kind: true,
  areaId: true,
  address: true,
  openingHours: true,
  phone: true,
  intro: true,
  establishedOn: true,
  active: true,
} as const;

export type StationDetail = {
  id: string;
  name: string;
  kind: StationKind;
  areaId: string | null;
  areaPath: string | null;
  districtId: string | null;
  address: string;
  openingHours: string;
  phone: string;
  intro: string;
  establishedOn: string | null;
  active: boolean;
};

/** One station of the city, or null (unknown id, or another city's). */
export async function getStation(tenantId: string, id: string): Promise<StationDetail | null> {
  if (!isUuid(id)) return null;
  const row = await forTenant(tenantId).liaisonStation.findFirst({ where: { id }, select: STATION_SELECT });
  if (!row) return null;
  const area = row.areaId ? (await areaIndex(tenantId)).get(row.areaId) : undefined;
  return {
    ...row,
    establishedOn: row.establishedOn ? dateToDay(row.establishedOn) : null,
    areaPath: area?.path ?? null,
    districtId: area?.districtId ?? null,
  };
}

export type StationFilters = { district?: string; kind?: StationKind; active?: boolean; q?: string };
export type StationListRow = StationDetail & { deputies: number; areaOrder: number };

/** The stations (limited to `only` when given), filtered, active first, then by district and name. */
export async function listStations(
  tenantId: string,
  filters: StationFilters = {},
  only: string[] | null = null,
): Promise<StationListRow[]> {
  const db = forTenant(tenantId);
  const q = filters.q?.trim().slice(0, 50);
  const [rows, areas, counts] = await Promise.all([
    db.liaisonStation.findMany({
      where: {
        ...(only ? { id: { in: only.filter(isUuid) } } : {}),
        ...(filters.kind ? { kind: filters.kind } : {}),
        ...(filters.active !== undefined ? { active: filters.active } : {}),
        ...(q ? { OR: [{ name: { contains: q } }, { address: { contains: q } }] } : {}),
      },
      select: STATION_SELECT,
    }),
    areaIndex(tenantId),
    db.stationDeputy.groupBy({ by: ["stationId"], _count: { _all: true } }),
  ]);
  const count = new Map(counts.map((c) => [c.stationId, c._count._all]));
  return rows
    .map((row) => {
      const area = row.areaId ? areas.get(row.areaId) : undefined;
      return {
        ...row,
        establishedOn: row.establishedOn ? dateToDay(row.establishedOn) : null,
        areaPath: area?.path ?? null,
        districtId: area?.districtId ?? null,
        areaOrder: area ? areas.get(area.districtId)!.order : Number.MAX_SAFE_INTEGER,
        deputies: count.get(row.id) ?? 0,
      };
    })
    .filter((r) => !filters.district || r.districtId === filters.district)
    .sort(
      (a, b) =>
        Number(b.active) - Number(a.active) || a.areaOrder - b.areaOrder || a.name.localeCompare(b.name, "zh-CN"),
    );
}

/** The active stations each deputy is grouped into (deputies in none are absent), by station name. */
export async function stationNamesByDeputy(
  tenantId: string,
  deputyIds: string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const ids = [...new Set(deputyIds)].filter(isUuid);
  const out = new Map<string, { id: string; name: string }[]>();
  if (ids.length === 0) return out;
  const db = forTenant(tenantId);
  const links = await db.stationDeputy.findMany({
    where: { deputyId: { in: ids } },
    select: { deputyId: true, stationId: true },
  });
  const stations = await db.liaisonStation.findMany({
    where: { id: { in: [...new Set(links.map((l) => l.stationId))] }, active: true },
    select: { id: true, name: true },
  });
  const byId = new Map(stations.map((s) => [s.id, s]));
  for (const l of links) {
    const s = byId.get(l.stationId);
    if (s) (out.get(l.deputyId) ?? out.set(l.deputyId, []).get(l.deputyId)!).push(s);
  }
  for (const list of out.values()) list.sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  return out;
}

export type StationMember = { linkId: string; role: StationRole; deputy: DeputyBrief };

/** The deputies grouped into a station, 联络员 first, then by name. */
export async function stationDeputies(tenantId: string, stationId: string): Promise<StationMember[]> {
  if (!isUuid(stationId)) return [];
  const links = await forTenant(tenantId).stationDeputy.findMany({
    where: { stationId },
    select: { id: true, role: true, deputyId: true },
  });
  const deputies = await deputiesByIds(
    tenantId,
    links.map((l) => l.deputyId),
  );
  return links
    .flatMap((l) => {
      const deputy = deputies.get(l.deputyId);
      return deputy ? [{ linkId: l.id, role: l.role, deputy }] : [];
    })
    .sort(
      (a, b) =>
        Number(a.role !== "LIAISON") - Number(b.role !== "LIAISON") ||
        a.deputy.name.localeCompare(b.deputy.name, "zh-CN"),
    );
}

/** The staff accounts that run a station: active users whose `station` role is scoped to it. */
export async function stationStaff(tenantId: string, stationId: string) {
  if (!isUuid(stationId)) return [];
  return findRecipients(forTenant(tenantId), { roles: [{ role: "station", scopeId: stationId }] });
}

/** The city's stations for pickers and filters (id and name, active ones), by name. */
export async function stationChoices(tenantId: string, only: string[] | null = null) {
  const rows = await forTenant(tenantId).liaisonStation.findMany({
    where: { active: true, ...(only ? { id: { in: only.filter(isUuid) } } : {}) },
    select: { id: true, name: true },
  });
  return rows.sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}
