// What the review panel of one suggestion reads beyond the suggestion itself, only for the forms this member
// sees: the units, leaders and committees to choose from, the suggestions it could be merged into, the deadlines
// an assignment made today would get, a unit's hand-back window, and the 交办函 the member may download.
import { todayInShanghai } from "@/lib/dates";
import { workingCalendar } from "@/lib/modules/calendar";
import type { TenantRecord } from "@/lib/tenant";
import { isOffice, viewerUnitIds, type SuggestionViewer } from "./policy";
import { mergeCandidates, reviewChoices, type MergeCandidate, type ReviewChoices } from "./queries-review";
import type { SuggestionDetail } from "./queries-suggestion";
import { assignmentClock, handbackWindow, type AssignmentClock } from "./review-moves";
import { suggestionSettings } from "./settings";
import type { SuggestionStatus } from "./workflow";

/** States in which the office may mark or unmark a suggestion key outside the assignment form. */
export const KEY_STATUSES: readonly SuggestionStatus[] = [
  "SUBMITTED",
  "REVIEWED",
  "ASSIGNED",
  "HANDBACK_REQUESTED",
  "REPLIED",
  "IN_PLAN",
];

export type ReviewView = {
  office: boolean;
  choices: ReviewChoices | null;
  candidates: MergeCandidate[];
  clock: (AssignmentClock & { handlingDays: number; viewDays: number }) | null;
  /** The unit's hand-back window (shown while it may ask, and once it closed). */
  handback: { open: boolean; lastDay: string; days: number } | null;
  markKey: boolean;
  letterIds: string[];
};

export async function reviewView(
  tenant: TenantRecord,
  viewer: SuggestionViewer,
  s: SuggestionDetail,
): Promise<ReviewView> {
  const office = isOffice(viewer);
  const settings = suggestionSettings(tenant.settings);
  const assigning = s.moves.includes("assign") || s.moves.includes("reassign");
  const markKey = office && KEY_STATUSES.includes(s.status) && !s.moves.includes("assign");
  const units = viewerUnitIds(viewer);
  const mine = s.assignments.filter((a) => a.active && units.includes(a.unitId));
  const needsCalendar = assigning || (s.moves.includes("requestHandback") && mine.length > 0);
  const [choices, candidates, cal] = await Promise.all([
    assigning || markKey ? reviewChoices(tenant.id) : null,
    s.moves.includes("merge") ? mergeCandidates(tenant.id, s.id, "", 200) : [],
    needsCalendar ? workingCalendar(tenant.id) : null,
  ]);
  const today = todayInShanghai();
  const clock =
    assigning && cal
      ? {
          ...assignmentClock(cal, today, settings),
          handlingDays: settings.handlingWorkingDays,
          viewDays: settings.viewWorkingDays,
        }
      : null;
  const handback =
    cal && mine.length > 0 && s.moves.includes("requestHandback")
      ? handbackWindow(cal, todayInShanghai(mine[0]!.assignedAt), today, settings.handbackWorkingDays)
      : null;
  const letterIds = [
    ...new Set(s.assignments.filter((a) => a.letterId && (office || units.includes(a.unitId))).map((a) => a.letterId!)),
  ];
  return {
    office,
    choices,
    candidates,
    clock,
    handback: handback && { open: handback.open, lastDay: handback.lastDay, days: settings.handbackWorkingDays },
    markKey,
    letterIds,
  };
}
