// Which tabs of the list a member gets (pure): everyone who sees the city the office's (a status each, overdue,
// key); a deputy theirs (led, to co-sign, co-signed, to rate, drafts); a unit its inbox and what it has done; a
// committee member the key ones of their committee, overdue among them. The first is the member's default.
import type { SuggestionViewer } from "./policy";
import { viewFilter } from "./policy";
import { DEPUTY_TABS, OFFICE_TABS, UNIT_TABS, type SuggestionTab } from "./schemas-ops";

export function suggestionTabsFor(v: SuggestionViewer): SuggestionTab[] {
  const f = viewFilter(v);
  const deputy = v.roles.includes("deputy") && v.deputyId !== null;
  // The office's drafts are those it enters on a deputy's behalf; a leader or an admin writes none.
  if (f === null) {
    const office = OFFICE_TABS.filter((t) => t !== "drafts" || v.roles.includes("deputyAffairs") || deputy);
    return deputy ? [...office, ...DEPUTY_TABS.filter((t) => t !== "drafts")] : office;
  }
  const tabs: SuggestionTab[] = [];
  if (f.unitIds.length) tabs.push(...UNIT_TABS);
  if (deputy) tabs.push(...DEPUTY_TABS);
  if (f.committeeIds.length) tabs.push("key", "overdue");
  if (tabs.length) tabs.push("all");
  return [...new Set(tabs)];
}
