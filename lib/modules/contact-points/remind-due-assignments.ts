// The daily reminder of contact points' due dates (job "contactPoints.dueReminders", 08:00 Shanghai): for each
// assignment not yet submitted while its consultation still takes opinions, the point's coordinators hear three
// working days before the due date, one working day before (or on the day), and once it has passed — then the
// legislative staff hear too. Working days come from the city's calendar; a due date on a day off counts as the
// next working day, as every deadline does. Each reminder's dedupe key is assignment:<id>:<due date>:<level>, so
// the scan may run any number of times (retries, several workers, a re-run by hand) and tells each person once;
// a moved due date starts afresh.
import { forTenant } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { forEachCity, scanScope } from "@/lib/jobs";
import { workingCalendar, type WorkingCalendar } from "@/lib/modules/calendar";
import { acceptsOpinions, consultationsByIds } from "@/lib/modules/consultation";
import { notify } from "@/lib/modules/notifications";
import { unsubmittedAssignmentsDueBy, type DueAssignment } from "./queries-reminders";

export const DUE_REMINDERS_JOB = "contactPoints.dueReminders";
export const ASSIGNMENT_DUE_KIND = "contactPoints.assignmentDue";

export type DueLevel = "d3" | "d1" | "overdue";

/** Which reminder is due for a deadline today: none further out than three working days. */
export function dueLevel(cal: WorkingCalendar, today: string, dueOn: string): { level: DueLevel; left: number } | null {
  const effective = cal.addWorkingDays(dueOn, 0);
  if (effective < today) return { level: "overdue", left: -cal.workingDaysBetween(effective, today) };
  const left = cal.workingDaysBetween(today, effective);
  if (left <= 1) return { level: "d1", left };
  if (left <= 3) return { level: "d3", left };
  return null;
}

async function remind(tenantId: string, a: DueAssignment, title: string, level: DueLevel, left: number) {
  const dedupeKey = `assignment:${a.id}:${a.dueOn}:${level}`;
  const values = { title, point: a.point.name, days: left, dueOn: { day: a.dueOn } };
  const messageKey =
    level === "overdue"
      ? "contactPoints.reminders.overdue"
      : left === 0
        ? "contactPoints.reminders.dueToday"
        : "contactPoints.reminders.dueIn";
  return forTenant(tenantId).$transaction(async (tx) => {
    const coordinators = await notify(tx, tenantId, {
      userIds: a.point.coordinatorId ? [a.point.coordinatorId] : [],
      roles: [{ role: "contactPoint", scopeId: a.point.id }],
      kind: ASSIGNMENT_DUE_KIND,
      messageKey,
      values,
      href: `/console/my-point/${a.id}`,
      dedupeKey,
    });
    if (level !== "overdue") return coordinators.created.length;
    const staff = await notify(tx, tenantId, {
      roles: ["legislative"],
      kind: ASSIGNMENT_DUE_KIND,
      messageKey: "contactPoints.reminders.overdueStaff",
      values,
      href: `/console/consultations/${a.consultationId}`,
      dedupeKey,
    });
    return coordinators.created.length + staff.created.length;
  });
}

/** One scan of one city as of `now`; answers how many notifications it created. */
export async function remindDueAssignmentsIn(tenantId: string, now: Date = new Date()): Promise<number> {
  const cal = await workingCalendar(tenantId);
  const today = todayInShanghai(now);
  // Every due date up to three working days out (a later one needs no reminder yet).
  const assignments = await unsubmittedAssignmentsDueBy(tenantId, cal.addWorkingDays(today, 3));
  if (assignments.length === 0) return 0;
  const consultations = await consultationsByIds(
    tenantId,
    assignments.map((a) => a.consultationId),
  );
  let created = 0;
  for (const a of assignments) {
    const c = consultations.get(a.consultationId);
    // Once a consultation closes nothing can be sent any more, so there is nothing to chase.
    if (!c || !acceptsOpinions(c, now)) continue;
    const due = dueLevel(cal, today, a.dueOn);
    if (due) created += await remind(tenantId, a, c.title, due.level, due.left);
  }
  return created;
}

/** The job's handler: every active city (or the one in `data.tenantId`), as of now (or `data.now`). */
export async function remindDueAssignments(data: Record<string, unknown>): Promise<void> {
  await forEachCity(await scanScope(data), "contactPoints.dueReminders", remindDueAssignmentsIn);
}
