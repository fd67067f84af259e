// The activities part of the oversight workbench: a unit's reports owed on deliberation opinions (each with its
// deadline in working days, overdue ones negative), and for who manages oversight the activities of the plan
// still planned in the current quarter or earlier.
import { forTenant } from "@/lib/db";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import { workingCalendar } from "@/lib/modules/calendar";
import type { WorkbenchSource, WorkItem } from "../define";
import { managesActivity, viewerCommitteeIds, viewerUnitIds } from "./policy";

const MAX_ITEMS = 20;

export const activitiesWork: WorkbenchSource = async ({ tenant, member, now }) => {
  const items: WorkItem[] = [];
  const db = forTenant(tenant.id);
  const base = `/${tenant.slug}/console/oversight`;
  const today = todayInShanghai(now);
  const units = member.roles.includes("unit") ? viewerUnitIds(member) : [];
  if (units.length) {
    const owed = await db.oversightUnitReport.findMany({
      where: { unitId: { in: units }, reportedAt: null },
      orderBy: { dueOn: "asc" },
      take: MAX_ITEMS,
    });
    if (owed.length) {
      const activities = await db.oversightActivity.findMany({
        where: { id: { in: owed.map((o) => o.activityId) } },
        select: { id: true, title: true },
      });
      const title = new Map(activities.map((a) => [a.id, a.title]));
      const cal = await workingCalendar(tenant.id);
      for (const o of owed) {
        const due = dateToDay(o.dueOn);
        const left = due >= today ? cal.workingDaysBetween(today, due) : -cal.workingDaysBetween(due, today);
        items.push({
          id: `oversight.reportBack:${o.id}`,
          label: "oversightActivities.workbench.reportBack",
          values: { title: title.get(o.activityId) ?? "" },
          href: `${base}/${o.activityId}`,
          due: { day: due, workingDaysLeft: left, unconfirmedYears: cal.unconfirmedYears(today, due) },
        });
      }
    }
  }
  if (member.roles.includes("admin") || member.roles.includes("committee")) {
    const year = Number(today.slice(0, 4));
    const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
    const committees = member.roles.includes("admin") ? null : viewerCommitteeIds(member);
    const planned = await db.oversightActivity.findMany({
      where: {
        status: "PLANNED",
        AND: [
          { OR: [{ year: { lt: year } }, { year, plannedQuarter: { lte: quarter } }] },
          committees ? { OR: [{ committeeId: { in: committees } }, { committeeId: null }] } : {},
        ],
      },
      orderBy: [{ year: "asc" }, { plannedQuarter: "asc" }],
      select: { id: true, title: true, committeeId: true },
      take: MAX_ITEMS,
    });
    for (const a of planned.filter((p) => managesActivity(member, p)))
      items.push({
        id: `oversight.planned:${a.id}`,
        label: "oversightActivities.workbench.planned",
        values: { title: a.title },
        href: `${base}/${a.id}`,
      });
  }
  return items;
};
