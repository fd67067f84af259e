// The activities part of the oversight audit labels: an activity is its year and title, a point its place, a
// problem its number and the start of its description.
import { forTenant } from "@/lib/db";
import type { AuditLabeler } from "../define";

export const activitiesLabels: AuditLabeler = {
  OversightActivity: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).oversightActivity.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, year: true, title: true },
    });
    return new Map(rows.map((a) => [a.id, `${a.year} · ${a.title}`]));
  },
  OversightPoint: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).oversightPoint.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, place: true },
    });
    return new Map(rows.map((p) => [p.id, p.place]));
  },
  OversightProblem: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).oversightProblem.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, seq: true, description: true },
    });
    return new Map(rows.map((p) => [p.id, `${p.seq}. ${p.description.slice(0, 40)}`]));
  },
};
