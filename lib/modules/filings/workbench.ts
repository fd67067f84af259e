// The filing review on the workbench: for the office, filings waiting for a committee; for the office and a
// committee's members, those under review (theirs) and those past the deadline; for a unit, the findings its
// documents await an answer to. Each links to the list filtered.
import { todayInShanghai } from "@/lib/dates";
import type { WorkItem, WorkbenchSource } from "../define";
import { filingWorkCounts } from "./queries-filings";

export const workbench: WorkbenchSource = async ({ tenant, member, now }) => {
  const list = `/${tenant.slug}/console/filings`;
  const n = await filingWorkCounts(tenant.id, member, todayInShanghai(now));
  const items: WorkItem[] = [];
  const counted = (id: string, count: number, href: string) => {
    if (count > 0)
      items.push({ id: `filings.${id}`, label: `filings.workbench.${id}`, values: { count }, count, href });
  };
  counted("toAssign", n.toAssign, `${list}?status=RECEIVED`);
  counted("toReview", n.toReview, `${list}?status=REVIEWING`);
  counted("overdue", n.overdue, `${list}?overdue=1`);
  counted("toRespond", n.toRespond, `${list}?status=AWAITING_RESPONSE`);
  return items;
};
