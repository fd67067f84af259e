// What the workbench asks of the stations: reception days already held (or today) without a record, open issues
// per station, and stations whose checklist is not complete.
import { forTenant } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { completionByStation } from "./queries-standard";

/** Days from `from` to `today` at the given stations (all when null), not cancelled, without a record. */
export async function daysWithoutRecord(tenantId: string, stationIds: string[] | null, from: string, today: string) {
  const db = forTenant(tenantId);
  const days = await db.receptionDay.findMany({
    where: {
      cancelled: false,
      day: { gte: dayToDate(from), lte: dayToDate(today) },
      ...(stationIds ? { stationId: { in: stationIds.filter(isUuid) } } : {}),
    },
    select: { id: true, stationId: true, day: true, theme: true },
    orderBy: { day: "asc" },
    take: 200,
  });
  const recorded = await db.receptionRecord.findMany({
    where: { receptionDayId: { in: days.map((d) => d.id) } },
    select: { receptionDayId: true },
  });
  const done = new Set(recorded.map((r) => r.receptionDayId));
  return days.filter((d) => !done.has(d.id));
}

/** Issues not solved yet, counted per station. */
export async function openIssuesByStation(tenantId: string, stationIds: string[] | null): Promise<Map<string, number>> {
  const db = forTenant(tenantId);
  const issues = await db.receptionIssue.findMany({
    where: { status: { not: "SOLVED" } },
    select: { recordId: true },
  });
  if (issues.length === 0) return new Map();
  const records = await db.receptionRecord.findMany({
    where: {
      id: { in: [...new Set(issues.map((i) => i.recordId))] },
      ...(stationIds ? { stationId: { in: stationIds.filter(isUuid) } } : {}),
    },
    select: { id: true, stationId: true },
  });
  const stationOf = new Map(records.map((r) => [r.id, r.stationId]));
  const out = new Map<string, number>();
  for (const i of issues) {
    const s = stationOf.get(i.recordId);
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

/** Active stations whose checklist has items not met. */
export async function stationsMissingEvidence(tenantId: string): Promise<number> {
  const [{ total, met }, stations] = await Promise.all([
    completionByStation(tenantId),
    forTenant(tenantId).liaisonStation.findMany({ where: { active: true }, select: { id: true } }),
  ]);
  if (total === 0) return 0;
  return stations.filter((s) => (met.get(s.id) ?? 0) < total).length;
}

/** Station names by id. */
export async function stationNames(tenantId: string, ids: string[]): Promise<Map<string, string>> {
  const rows = await forTenant(tenantId).liaisonStation.findMany({
    where: { id: { in: [...new Set(ids)].filter(isUuid) } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((r) => [r.id, r.name]));
}
