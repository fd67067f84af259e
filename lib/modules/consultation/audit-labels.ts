// Human names of the consultation module's audited objects (manifest `auditLabels`): a consultation's title, and
// an opinion's opening words (never its submitter's name or contact).
import { forTenant } from "@/lib/db";
import type { AuditLabeler } from "../define";

const EXCERPT = 24;

export const auditLabels: AuditLabeler = {
  Consultation: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).consultation.findMany({
      where: { id: { in: ids } },
      select: { id: true, title: true },
    });
    return new Map(rows.map((c) => [c.id, c.title]));
  },
  Opinion: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).opinion.findMany({
      where: { id: { in: ids } },
      select: { id: true, content: true },
    });
    return new Map(
      rows.map((o) => {
        const text = o.content.replace(/\s+/g, " ").trim();
        return [o.id, text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text];
      }),
    );
  },
};
