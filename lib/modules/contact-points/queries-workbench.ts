// What the workbench shows of contact points: assignments whose consolidated opinions are not in yet.
import { forTenant } from "@/lib/db";
import type { Member } from "@/lib/member";
import { dateToDay } from "@/lib/dates";
import { openConsultationTitles } from "@/lib/modules/consultation";
import { scopedPointIds } from "./policy";

type Open = { id: string; consultationId: string; contactPointId: string; dueOn: string; title: string };

/** Assignments not yet submitted on consultations still taking opinions, earliest due first. (Only those: old
 *  unanswered assignments of closed consultations must not crowd out the current ones.) */
async function openAssignments(tenantId: string, pointIds?: string[]): Promise<Open[]> {
  const open = await openConsultationTitles(tenantId);
  if (open.size === 0) return [];
  const rows = await forTenant(tenantId).consultationAssignment.findMany({
    where: {
      submittedAt: null,
      consultationId: { in: [...open.keys()] },
      ...(pointIds ? { contactPointId: { in: pointIds } } : {}),
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    consultationId: r.consultationId,
    contactPointId: r.contactPointId,
    dueOn: dateToDay(r.dueOn),
    title: open.get(r.consultationId)!,
  }));
}

/** The coordinator's own points' open assignments, with the point's name. */
export async function myOpenAssignments(tenantId: string, member: Pick<Member, "id" | "roles" | "scopes">) {
  if (!member.roles.includes("contactPoint")) return [];
  const points = await forTenant(tenantId).contactPoint.findMany({
    where: { OR: [{ coordinatorId: member.id }, { id: { in: scopedPointIds(member) } }] },
    select: { id: true, name: true },
  });
  if (points.length === 0) return [];
  const name = new Map(points.map((p) => [p.id, p.name]));
  return (
    await openAssignments(
      tenantId,
      points.map((p) => p.id),
    )
  ).map((a) => ({ ...a, pointName: name.get(a.contactPointId)! }));
}

/** Per consultation, how many points have not sent their opinions yet and the earliest due date. */
export async function outstandingByConsultation(tenantId: string) {
  const byConsultation = new Map<string, { consultationId: string; title: string; points: number; dueOn: string }>();
  for (const a of await openAssignments(tenantId)) {
    const entry = byConsultation.get(a.consultationId);
    if (entry) entry.points++;
    else
      byConsultation.set(a.consultationId, {
        consultationId: a.consultationId,
        title: a.title,
        points: 1,
        dueOn: a.dueOn,
      });
  }
  return [...byConsultation.values()];
}
