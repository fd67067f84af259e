// A rectification task (整改任务) as an explicit state machine. Nothing else changes RectificationTask.status;
// every move writes a RectificationEvent (move-task.ts), so a task's timeline is the list of its moves.
//
//   OPEN ─submit→ SUBMITTED ─accept→ ACCEPTED ─reopen (回头看, reason)→ REOPENED ─submit→ SUBMITTED …
//                   │ ╲ sendBack (reason) → RETURNED ─submit→ SUBMITTED
// The unit submits its final report (submit); the committee accepts it or sends it back with a reason; the
// 回头看 review reopens accepted tasks that regressed, with a reason.
import type { RectificationStatus } from "@/lib/generated/prisma/enums";

export type RectificationMove = "submit" | "accept" | "sendBack" | "reopen";
/** `unit`: the task's unit; `committee`: who manages the activity. */
export type RectificationActor = "unit" | "committee";

export const TASK_MOVES: Record<
  RectificationMove,
  { from: readonly RectificationStatus[]; to: RectificationStatus; by: RectificationActor; reason: boolean }
> = {
  submit: { from: ["OPEN", "RETURNED", "REOPENED"], to: "SUBMITTED", by: "unit", reason: false },
  accept: { from: ["SUBMITTED"], to: "ACCEPTED", by: "committee", reason: false },
  sendBack: { from: ["SUBMITTED"], to: "RETURNED", by: "committee", reason: true },
  reopen: { from: ["ACCEPTED"], to: "REOPENED", by: "committee", reason: true },
};

/** States in which the unit's clock runs (it owes work, so it can be overdue). */
export const TASK_CLOCK_STATUSES: readonly RectificationStatus[] = ["OPEN", "RETURNED", "REOPENED"];
/** States in which the unit may add a progress report. */
export const TASK_REPORTABLE_STATUSES: readonly RectificationStatus[] = ["OPEN", "RETURNED", "REOPENED"];

export function canMoveTask(move: RectificationMove, status: RectificationStatus): boolean {
  return TASK_MOVES[move].from.includes(status);
}

/** A task is overdue when its clock runs and its day has passed (Shanghai days, "YYYY-MM-DD"). */
export function isTaskOverdue(t: { status: RectificationStatus; dueOn: string }, today: string): boolean {
  return TASK_CLOCK_STATUSES.includes(t.status) && t.dueOn < today;
}

/** Working days before a deadline at which the unit hears of it; and once it has passed. */
export const OVERSIGHT_REMINDER_WORKING_DAYS = [30, 7, 1] as const;
export type OversightReminderLevel = "d30" | "d7" | "d1" | "overdue";

/** The reminder due with `left` working days to go: the nearest level at or above it, overdue once the day has
 *  passed, null while more than 30 are left or when the level is not shorter than the whole clock (`span`). */
export function oversightReminderLevel(
  left: number,
  today: string,
  dueOn: string,
  span: number | null = null,
): OversightReminderLevel | null {
  if (today > dueOn) return "overdue";
  const level = [1, 7, 30].find((n) => left <= n);
  if (level === undefined || (span !== null && span <= level)) return null;
  return `d${level}` as OversightReminderLevel;
}
