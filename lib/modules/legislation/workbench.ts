// The legislation module's items on the workbench: proposals awaiting screening (legislative staff) and the
// member's own proposals with their progress (deputies, units, committees who proposed).
import { can } from "@/lib/authz";
import type { WorkItem, WorkbenchSource } from "../define";
import { OPEN_STATUSES } from "./proposal-workflow";
import { listMyProposals, proposalsAwaitingScreening } from "./queries-workbench";

export const workbench: WorkbenchSource = async ({ tenant, member }) => {
  const items: WorkItem[] = [];
  const base = `/${tenant.slug}/console/legislation`;
  if (can(member.roles, "legislation.manage")) {
    for (const c of await proposalsAwaitingScreening(tenant.id)) {
      const count = c.submitted + c.screening;
      items.push({
        id: `legislation.screening:${c.callId}`,
        label: "legislation.workbench.screening",
        values: { call: c.title, count, submitted: c.submitted },
        count,
        href: `${base}/calls/${c.callId}?status=${c.submitted > 0 ? "SUBMITTED" : "SCREENING"}`,
      });
    }
  }
  if (can(member.roles, "proposal.submit")) {
    const mine = await listMyProposals(tenant.id, member.id);
    if (mine.length > 0) {
      const open = mine.filter((p) => (OPEN_STATUSES as string[]).includes(p.status)).length;
      items.push({
        id: "legislation.mine",
        label: "legislation.workbench.myProposals",
        values: { count: mine.length, open, decided: mine.length - open },
        count: mine.length,
        href: `${base}/my-proposals`,
      });
    }
  }
  return items;
};
