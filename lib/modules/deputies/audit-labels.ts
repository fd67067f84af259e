// Human names of the deputies module's audited objects (manifest `auditLabels`): a deputy is their name and term.
import { forTenant } from "@/lib/db";
import type { AuditLabeler } from "../define";

export const auditLabels: AuditLabeler = {
  Deputy: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).deputy.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, term: true },
    });
    return new Map(rows.map((d) => [d.id, `${d.name}（${d.term}）`]));
  },
};
