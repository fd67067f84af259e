// Human names of the identity module's audited objects (manifest `auditLabels`): a user is their name and username.
import { forTenant } from "@/lib/db";
import type { AuditLabeler } from "../define";

export const auditLabels: AuditLabeler = {
  User: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).user.findMany({
      where: { id: { in: ids } },
      select: { id: true, displayName: true, username: true },
    });
    return new Map(rows.map((u) => [u.id, `${u.displayName} · ${u.username}`]));
  },
};
