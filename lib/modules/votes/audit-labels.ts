// Human names of polls in the audit log: their titles.
import { forTenant } from "@/lib/db";
import type { AuditLabeler } from "../define";

export const auditLabels: AuditLabeler = {
  Poll: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).poll.findMany({
      where: { tenantId, id: { in: ids } },
      select: { id: true, title: true },
    });
    return new Map(rows.map((r) => [r.id, r.title]));
  },
};
