// What the due-date reminder scan reads: assignments not yet submitted that fall due by a given day, with their
// active point.
import { forTenant } from "@/lib/db";
import { dateToDay, dayToDate } from "@/lib/dates";

export type DueAssignment = {
  id: string;
  consultationId: string;
  dueOn: string;
  point: { id: string; name: string; coordinatorId: string | null };
};

/** Unsubmitted assignments of active points due on or before `day` (a Shanghai day), earliest first. */
export async function unsubmittedAssignmentsDueBy(tenantId: string, day: string): Promise<DueAssignment[]> {
  const db = forTenant(tenantId);
  const rows = await db.consultationAssignment.findMany({
    where: { submittedAt: null, dueOn: { lte: dayToDate(day) } },
    select: { id: true, consultationId: true, contactPointId: true, dueOn: true },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  });
  if (rows.length === 0) return [];
  const points = await db.contactPoint.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.contactPointId))] }, active: true },
    select: { id: true, name: true, coordinatorId: true },
  });
  const byId = new Map(points.map((p) => [p.id, p]));
  return rows.flatMap((r) => {
    const point = byId.get(r.contactPointId);
    return point ? [{ id: r.id, consultationId: r.consultationId, dueOn: dateToDay(r.dueOn), point }] : [];
  });
}
