// The filing review's states and moves (pure, client-safe). A filed normative document is RECEIVED; assigned to
// a committee it is REVIEWING; the committee's finding closes it (未发现问题) or asks the issuer to correct or
// repeal it (AWAITING_RESPONSE) until the issuer's response closes it. The review is due `dueOn` (the city's
// filing-review working days from filing); a filing still RECEIVED or REVIEWING after that day is overdue.

export const FILING_STATUSES = ["RECEIVED", "REVIEWING", "AWAITING_RESPONSE", "CLOSED"] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const FILING_FINDINGS = ["NO_PROBLEM", "CORRECTION", "REPEAL"] as const;
export type FilingFinding = (typeof FILING_FINDINGS)[number];

/** States in which the review clock runs. */
export const REVIEW_STATUSES: readonly FilingStatus[] = ["RECEIVED", "REVIEWING"];

/** Working days before the deadline the committee hears (and once it is past). */
export const FILING_REMINDER_WORKING_DAYS = [7, 1] as const;

export type FilingMove = "assign" | "review" | "respond";

/** The states each move starts from. Assigning again (another committee) is allowed while under review. */
export const FILING_MOVES: Record<FilingMove, readonly FilingStatus[]> = {
  assign: ["RECEIVED", "REVIEWING"],
  review: ["REVIEWING"],
  respond: ["AWAITING_RESPONSE"],
};

export function canMove(status: FilingStatus, move: FilingMove): boolean {
  return FILING_MOVES[move].includes(status);
}

/** The state a finding leads to: no problem closes the review, the others wait for the issuer. */
export function statusAfterFinding(finding: FilingFinding): FilingStatus {
  return finding === "NO_PROBLEM" ? "CLOSED" : "AWAITING_RESPONSE";
}

/** Is the review past its deadline on `today` (both YYYY-MM-DD, Shanghai days)? */
export function isFilingOverdue(f: { status: FilingStatus; dueOn: string }, today: string): boolean {
  return REVIEW_STATUSES.includes(f.status) && today > f.dueOn;
}

/** Was the review (finished on `reviewedOn`) done by its deadline? Null while not reviewed. */
export function reviewedOnTime(f: { dueOn: string; reviewedOn: string | null }): boolean | null {
  return f.reviewedOn === null ? null : f.reviewedOn <= f.dueOn;
}

/** The reminder due with `left` working days to the deadline: d7, d1 (also on the day), overdue after it. */
export function filingReminderLevel(left: number, today: string, dueOn: string): "d7" | "d1" | "overdue" | null {
  if (today > dueOn) return "overdue";
  if (left <= 1) return "d1";
  if (left <= 7) return "d7";
  return null;
}
