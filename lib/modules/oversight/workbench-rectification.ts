// Rectification on the workbench: for a unit, its tasks to handle and those overdue; for a committee member or an
// admin, the tasks submitted for acceptance on the activities they manage.
import { can } from "@/lib/authz";
import { forTenant } from "@/lib/db";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import type { WorkItem, WorkbenchSource } from "../define";
import { viewerCommitteeIds, viewerUnitIds } from "./policy";
import { TASK_CLOCK_STATUSES } from "./rectification-workflow";

export const rectificationWork: WorkbenchSource = async ({ tenant, member, now }) => {
  const db = forTenant(tenant.id);
  const list = `/${tenant.slug}/console/rectification`;
  const items: WorkItem[] = [];
  const counted = (id: string, count: number, href: string) => {
    if (count > 0)
      items.push({
        id: `rectification.${id}`,
        label: `oversightRectification.workbench.${id}`,
        values: { count },
        count,
        href,
      });
  };
  const today = dayToDate(todayInShanghai(now));
  const units = viewerUnitIds(member);
  if (can(member.roles, "rectification.handle") && units.length) {
    const where = { unitId: { in: units }, status: { in: [...TASK_CLOCK_STATUSES] } };
    const [open, overdue] = await Promise.all([
      db.rectificationTask.count({ where }),
      db.rectificationTask.count({ where: { ...where, dueOn: { lt: today } } }),
    ]);
    counted("toHandle", open, `${list}?status=open`);
    counted("overdue", overdue, `${list}?status=open`);
  }
  if (can(member.roles, "rectification.manage")) {
    const activityWhere = member.roles.includes("admin")
      ? {}
      : { activityId: { in: await managedActivityIds(tenant.id, viewerCommitteeIds(member)) } };
    counted(
      "toAccept",
      await db.rectificationTask.count({ where: { ...activityWhere, status: "SUBMITTED" } }),
      `${list}?status=SUBMITTED`,
    );
  }
  return items;
};

async function managedActivityIds(tenantId: string, committees: string[]) {
  const rows = await forTenant(tenantId).oversightActivity.findMany({
    where: { OR: [{ committeeId: null }, { committeeId: { in: committees } }] },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
