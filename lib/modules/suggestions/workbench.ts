// The suggestions on the workbench, per role, each linking to the list's tab (or the suggestion): for the office,
// the ones to review, to assign, the hand-back requests and the overdue ones; for a deputy, the invitations to
// co-sign, the replies to rate and their drafts; for a unit, each part it owes with its deadline, the nearest
// first (a reply, a view, a B reply's follow-up); for a leader, the key ones overdue and their own still open.
import { todayInShanghai } from "@/lib/dates";
import type { WorkItem, WorkbenchSource } from "../define";
import { isOffice, viewerUnitIds } from "./policy";
import { listSuggestions } from "./queries-list";
import { loadViewer } from "./queries-viewer";
import {
  countOverdueSuggestions,
  countOwnDrafts,
  countSupervisedOpen,
  countSuggestionsByStatus,
  deputyCounts,
} from "./queries-workbench";

/** A unit's parts shown one by one; the rest are one item linking to its inbox. */
export const UNIT_ITEMS = 10;

export const workbench: WorkbenchSource = async ({ tenant, member, now }) => {
  const list = `/${tenant.slug}/console/suggestions`;
  const items: WorkItem[] = [];
  const counted = (id: string, count: number, href: string) => {
    if (count > 0)
      items.push({ id: `suggestions.${id}`, label: `suggestionsOps.workbench.${id}`, values: { count }, count, href });
  };
  const today = todayInShanghai(now);
  const viewer = await loadViewer(member);

  if (isOffice(member)) {
    const [byStatus, overdue, drafts] = await Promise.all([
      countSuggestionsByStatus(tenant.id, ["SUBMITTED", "REVIEWED", "HANDBACK_REQUESTED"]),
      countOverdueSuggestions(tenant.id, today),
      countOwnDrafts(tenant.id, member.id),
    ]);
    counted("toReview", byStatus.get("SUBMITTED") ?? 0, `${list}?tab=SUBMITTED`);
    counted("toAssign", byStatus.get("REVIEWED") ?? 0, `${list}?tab=REVIEWED`);
    counted("handback", byStatus.get("HANDBACK_REQUESTED") ?? 0, `${list}?tab=HANDBACK_REQUESTED`);
    counted("overdue", overdue, `${list}?tab=overdue`);
    if (viewer.deputyId === null) counted("drafts", drafts, `${list}?tab=drafts`);
  }

  if (member.roles.includes("deputy") && viewer.deputyId) {
    const n = await deputyCounts(tenant.id, viewer.deputyId, member.id);
    counted("toCosign", n.toCosign, `${list}?tab=toCosign`);
    counted("toRate", n.toRate, `${list}?tab=toRate`);
    counted("drafts", n.drafts, `${list}?tab=drafts`);
  }

  if (member.roles.includes("leader")) {
    const [keyOverdue, mine] = await Promise.all([
      countOverdueSuggestions(tenant.id, today, {}),
      countSupervisedOpen(tenant.id, member.id),
    ]);
    counted("keyOverdue", keyOverdue, `${list}/key?show=overdue`);
    counted("keyMine", mine, `${list}/key?mine=1`);
  }

  if (viewerUnitIds(member).length) {
    const inbox = await listSuggestions(tenant.id, viewer, { tab: "todo", pageSize: UNIT_ITEMS }, now);
    for (const r of inbox.rows) {
      if (!r.deadline) continue;
      const label =
        r.status === "HANDBACK_REQUESTED" && r.unitRole === "LEAD"
          ? "unitHandback"
          : r.deadline.kind === "view"
            ? "unitView"
            : r.deadline.kind === "promise"
              ? "unitPromise"
              : "unitDue";
      items.push({
        id: `suggestions.unitDue:${r.id}`,
        label: `suggestionsOps.workbench.${label}`,
        values: { title: r.title },
        href: `${list}/${r.id}`,
        due: {
          day: r.deadline.day,
          workingDaysLeft: r.deadline.workingDaysLeft,
          unconfirmedYears: r.deadline.unconfirmedYears,
        },
      });
    }
    if (inbox.total > inbox.rows.length) counted("unitMore", inbox.total - inbox.rows.length, `${list}?tab=todo`);
  }
  return items;
};
