// Human names of the module's audited objects (manifest `auditLabels`): a suggestion is its number and title.
import { forTenant } from "@/lib/db";
import type { AuditLabeler } from "../define";

export const auditLabels: AuditLabeler = {
  Suggestion: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).suggestion.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, year: true, number: true, title: true },
    });
    return new Map(rows.map((s) => [s.id, s.number ? `〔${s.year}〕${s.number}号 · ${s.title}` : s.title]));
  },
  CongressSession: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).congressSession.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, name: true },
    });
    return new Map(rows.map((s) => [s.id, s.name]));
  },
};
