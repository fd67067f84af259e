// The rows of the suggestions' lists as pages and client components receive them (pure types).
import type { AssignmentRole, ReplyCategory, Satisfaction, SuggestionKind, SuggestionStatus } from "./workflow";

/** Which clock a deadline is: the lead unit's reply, an assisting unit's view, a B reply's promised day. */
export type DeadlineKind = "reply" | "view" | "promise";

export type SuggestionDeadline = {
  /** A Shanghai day. */
  day: string;
  kind: DeadlineKind;
  /** Working days to it (0 on the day, negative once passed). */
  workingDaysLeft: number;
  overdue: boolean;
  /** Years on the way whose holidays are not confirmed yet (the count may still move). */
  unconfirmedYears: number[];
};

export type SuggestionListRow = {
  id: string;
  year: number;
  number: number | null;
  kind: SuggestionKind;
  title: string;
  category: string;
  status: SuggestionStatus;
  isKey: boolean;
  leadDeputyId: string;
  leadDeputyName: string;
  leadUnitId: string | null;
  leadUnitName: string | null;
  /** The viewer's units' part in it (their current round's, else their latest), null for a reader of no unit. */
  unitRole: AssignmentRole | null;
  deadline: SuggestionDeadline | null;
  replyCategory: ReplyCategory | null;
  satisfaction: Satisfaction | null;
  createdAt: Date;
};
