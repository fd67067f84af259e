// Human names of the stations module's audited objects (manifest `auditLabels`): a station's name; a record is
// its station and date; a schedule its station and title; a day its station and date; evidence its station and
// item; the standard's items their labels.
import { forTenant } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import type { AuditLabeler } from "../define";

async function names(tenantId: string, ids: string[]): Promise<Map<string, string>> {
  const rows = await forTenant(tenantId).liaisonStation.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((s) => [s.id, s.name]));
}

/** Rows that belong to a station, labelled "<station> · <detail>" (one query for their stations' names). */
async function withStation<R extends { id: string; stationId: string }>(
  tenantId: string,
  rows: R[],
  detail: (row: R) => string,
): Promise<Map<string, string>> {
  const station = await names(
    tenantId,
    rows.map((r) => r.stationId),
  );
  return new Map(rows.map((r) => [r.id, `${station.get(r.stationId) ?? ""} · ${detail(r)}`]));
}

export const auditLabels: AuditLabeler = {
  LiaisonStation: (tenantId, ids) => names(tenantId, ids),
  ReceptionRecord: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).receptionRecord.findMany({
      where: { id: { in: ids } },
      select: { id: true, stationId: true, day: true },
    });
    return withStation(tenantId, rows, (r) => dateToDay(r.day));
  },
  ReceptionSchedule: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).receptionSchedule.findMany({
      where: { id: { in: ids } },
      select: { id: true, stationId: true, title: true },
    });
    return withStation(tenantId, rows, (r) => r.title);
  },
  ReceptionDay: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).receptionDay.findMany({
      where: { id: { in: ids } },
      select: { id: true, stationId: true, day: true },
    });
    return withStation(tenantId, rows, (r) => dateToDay(r.day));
  },
  StationEvidence: async (tenantId, ids) => {
    const db = forTenant(tenantId);
    const rows = await db.stationEvidence.findMany({
      where: { id: { in: ids } },
      select: { id: true, stationId: true, itemId: true },
    });
    const items = await db.stationStandardItem.findMany({
      where: { id: { in: rows.map((r) => r.itemId) } },
      select: { id: true, label: true },
    });
    const label = new Map(items.map((i) => [i.id, i.label]));
    return withStation(tenantId, rows, (r) => label.get(r.itemId) ?? "");
  },
};
