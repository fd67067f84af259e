// Human names of the module's audited objects (manifest `auditLabels`): a message is its receipt code and title
// (never the citizen's name or contact).
import { forTenant } from "@/lib/db";
import type { AuditLabeler } from "../define";

export const auditLabels: AuditLabeler = {
  CitizenMessage: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).citizenMessage.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, receiptCode: true, title: true },
    });
    return new Map(rows.map((m) => [m.id, `${m.receiptCode} · ${m.title}`]));
  },
};
