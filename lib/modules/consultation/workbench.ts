// The consultation module's items on the workbench: consultations with opinions still to dispose, for the staff
// who dispose them (committee staff: their committee's regulations), with the working days until the window closes.
import { can } from "@/lib/authz";
import { todayInShanghai } from "@/lib/dates";
import { workingCalendar } from "@/lib/modules/calendar";
import { canActOnCommitteeRow } from "@/lib/modules/legislation";
import type { WorkItem, WorkbenchSource } from "../define";
import { consultationsWithPendingOpinions } from "./queries-workbench";

export const workbench: WorkbenchSource = async ({ tenant, member, now }) => {
  if (!can(member.roles, "consultation.dispose")) return [];
  const rows = (await consultationsWithPendingOpinions(tenant.id)).filter((c) =>
    canActOnCommitteeRow(member, c.committeeId),
  );
  if (rows.length === 0) return [];
  const calendar = await workingCalendar(tenant.id);
  const today = todayInShanghai(now);
  return rows.map((c): WorkItem => {
    const endsAt = new Date(c.endsAt);
    const open = endsAt > now;
    // The window's last day: an end at midnight belongs to the day before.
    const lastDay = todayInShanghai(new Date(endsAt.getTime() - 1));
    const left = calendar.workingDaysBetweenChecked(today, lastDay);
    return {
      id: `consultation.pending:${c.id}`,
      label: open ? "consultation.workbench.pendingOpen" : "consultation.workbench.pendingClosed",
      values: { title: c.title, count: c.pending },
      count: c.pending,
      href: `/${tenant.slug}/console/consultations/${c.id}/opinions?status=RECEIVED`,
      ...(open ? { due: { day: lastDay, workingDaysLeft: left.days, unconfirmedYears: left.unconfirmedYears } } : {}),
    };
  });
};
