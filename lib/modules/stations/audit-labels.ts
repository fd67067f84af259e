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

export const auditLabels: AuditLabeler = {
  LiaisonStation: (tenantId, ids) => names(tenantId, ids),
  ReceptionRecord: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).receptionRecord.findMany({
      where: { id: { in: ids } },
      select: { id: true, stationId: true, day: true },
    });
    const station = await names(
      tenantId,
      rows.map((r) => r.stationId),
    );
    return new Map(rows.map((r) => [r.id, `${station.get(r.stationId) ?? ""} · ${dateToDay(r.day)}`]));
  },
  ReceptionSchedule: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).receptionSchedule.findMany({
      where: { id: { in: ids } },
      select: { id: true, stationId: true, title: true },
    });
    const station = await names(
      tenantId,
      rows.map((r) => r.stationId),
    );
    return new Map(rows.map((r) => [r.id, `${station.get(r.stationId) ?? ""} · ${r.title}`]));
  },
  ReceptionDay: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).receptionDay.findMany({
      where: { id: { in: ids } },
      select: { id: true, stationId: true, day: true },
    });
    const station = await names(
      tenantId,
      rows.map((r) => r.stationId),
    );
    return new Map(rows.map((r) => [r.id, `${station.get(r.stationId) ?? ""} · ${dateToDay(r.day)}`]));
  },
  StationEvidence: async (tenantId, ids) => {
    const db = forTenant(tenantId);
    const rows = await db.stationEvidence.findMany({
      where: { id: { in: ids } },
      select: { id: true, stationId: true, itemId: true },
    });
    const [station, items] = await Promise.all([
      names(
        tenantId,
        rows.map((r) => r.stationId),
      ),
      db.stationStandardItem.findMany({
        where: { id: { in: rows.map((r) => r.itemId) } },
        select: { id: true, label: true },
      }),
    ]);
    const label = new Map(items.map((i) => [i.id, i.label]));
    return new Map(rows.map((r) => [r.id, `${station.get(r.stationId) ?? ""} · ${label.get(r.itemId) ?? ""}`]));
  },
};
