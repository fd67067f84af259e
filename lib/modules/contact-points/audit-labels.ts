// Human names of the contact-points module's audited objects (manifest `auditLabels`): a point's name; an
// assignment is its point and its due date (the consultation's title is the consultation module's to name).
import { dateToDay } from "@/lib/dates";
import { forTenant } from "@/lib/db";
import type { AuditLabeler } from "../define";

export const auditLabels: AuditLabeler = {
  ContactPoint: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).contactPoint.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true },
    });
    return new Map(rows.map((p) => [p.id, p.name]));
  },
  ConsultationAssignment: async (tenantId, ids) => {
    const db = forTenant(tenantId);
    const assignments = await db.consultationAssignment.findMany({
      where: { id: { in: ids } },
      select: { id: true, contactPointId: true, dueOn: true },
    });
    const points = await db.contactPoint.findMany({
      where: { id: { in: [...new Set(assignments.map((a) => a.contactPointId))] } },
      select: { id: true, name: true },
    });
    const name = new Map(points.map((p) => [p.id, p.name]));
    return new Map(assignments.map((a) => [a.id, `${name.get(a.contactPointId) ?? ""} · ${dateToDay(a.dueOn)}`]));
  },
};
