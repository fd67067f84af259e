// What the handling panel offers this viewer now, from the same rules the actions check: the assisting unit's
// view (until the lead unit replies), the lead unit's contacts, reply and follow-up, the lead deputy's rating,
// the office's reopening and the supervising leader's meeting; and whose assisting views they may read (the
// lead unit, the office and city-wide roles, the suggestion's deputies, and each assisting unit its own).
import type { SuggestionViewer } from "./policy";
import { actsAs, viewerUnitIds } from "./policy";
import type { SuggestionAssignmentRow, SuggestionDetail } from "./queries-suggestion";
import { ASSIGNED_STATUSES, CLOCK_STATUSES } from "./workflow";

export type HandlingPowers = {
  /** The viewer's own active assisting assignment, when they may send (or amend) its view now. */
  viewAssignment: SuggestionAssignmentRow | null;
  contact: boolean;
  reply: boolean;
  followUp: boolean;
  rate: boolean;
  reopen: boolean;
  meeting: boolean;
  /** The assisting assignments (any round) whose views this viewer reads. */
  views: SuggestionAssignmentRow[];
};

export function handlingPowers(v: SuggestionViewer, s: SuggestionDetail): HandlingPowers {
  const units = viewerUnitIds(v);
  const mine = s.assignments.find((a) => a.active && a.role === "ASSIST" && units.includes(a.unitId)) ?? null;
  const lead = actsAs(v, "leadUnit", s.scope);
  const cityWide = v.roles.some((r) => r === "admin" || r === "deputyAffairs" || r === "leader");
  const deputy = v.deputyId !== null && s.scope.signerDeputyIds.includes(v.deputyId);
  const readsAll = lead || cityWide || deputy;
  return {
    viewAssignment: mine && CLOCK_STATUSES.includes(s.status) ? mine : null,
    contact: lead && ASSIGNED_STATUSES.includes(s.status),
    reply: s.moves.includes("reply"),
    followUp: s.moves.includes("followUp"),
    rate: s.moves.includes("rate"),
    reopen: s.moves.includes("reopen"),
    meeting: s.mayRecordMeeting && ASSIGNED_STATUSES.includes(s.status),
    views: s.assignments.filter((a) => a.role === "ASSIST" && (readsAll || units.includes(a.unitId))),
  };
}
