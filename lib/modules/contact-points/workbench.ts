// The contact points' items on the workbench: for a coordinator, each consultation handed to their point and not
// answered yet, due in N working days; for legislative staff, the consultations whose points have not all answered.
import { can } from "@/lib/authz";
import { todayInShanghai } from "@/lib/dates";
import { workingCalendar } from "@/lib/modules/calendar";
import type { WorkItem, WorkbenchSource } from "../define";
import { myOpenAssignments, outstandingByConsultation } from "./queries-workbench";

export const workbench: WorkbenchSource = async ({ tenant, member, now }) => {
  const staff = can(member.roles, "contactPoint.manage");
  const coordinator = can(member.roles, "contactPoint.submit");
  if (!staff && !coordinator) return [];
  const [calendar, mine, outstanding] = await Promise.all([
    workingCalendar(tenant.id),
    coordinator ? myOpenAssignments(tenant.id, member) : [],
    staff ? outstandingByConsultation(tenant.id) : [],
  ]);
  const today = todayInShanghai(now);
  // A due date on a day off moves to the next working day, as the reminders count it.
  const due = (dueOn: string) => {
    const day = calendar.addWorkingDays(dueOn, 0);
    const left = calendar.workingDaysBetweenChecked(today, day);
    return { day, workingDaysLeft: left.days, unconfirmedYears: left.unconfirmedYears };
  };
  const items: WorkItem[] = mine.map((a) => ({
    id: `contactPoints.assignment:${a.id}`,
    label: "contactPoints.workbench.assigned",
    values: { title: a.title, point: a.pointName },
    href: `/${tenant.slug}/console/my-point/${a.id}`,
    due: due(a.dueOn),
  }));
  for (const c of outstanding) {
    items.push({
      id: `contactPoints.outstanding:${c.consultationId}`,
      label: "contactPoints.workbench.outstanding",
      values: { title: c.title, count: c.points },
      count: c.points,
      href: `/${tenant.slug}/console/consultations/${c.consultationId}#contact-points`,
      due: due(c.dueOn),
    });
  }
  return items;
};
