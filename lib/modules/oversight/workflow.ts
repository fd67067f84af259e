// An oversight activity's states and the moves between them (DESIGN §5): planned → underway (the inspection or
// visit runs) → reported (the report heard at a standing-committee meeting) → opinions sent (审议意见 to the units)
// → rectifying → reviewing (回头看) → done. A work report may be done once heard; a planned or running activity may
// be cancelled. lib/modules/oversight/move-activity.ts is the only writer of the status.
import type { OversightStatus } from "./kinds";

export const ACTIVITY_TRANSITIONS: Readonly<Record<OversightStatus, readonly OversightStatus[]>> = {
  PLANNED: ["UNDERWAY", "CANCELLED"],
  UNDERWAY: ["REPORTED", "CANCELLED", "PLANNED"],
  REPORTED: ["OPINIONS_SENT", "DONE"],
  OPINIONS_SENT: ["RECTIFYING", "DONE"],
  RECTIFYING: ["REVIEWING", "DONE"],
  REVIEWING: ["RECTIFYING", "DONE"],
  DONE: ["REVIEWING"],
  CANCELLED: ["PLANNED"],
};

/** Moves that need a note (why it is cancelled, why it goes back). */
export function moveNeedsNote(from: OversightStatus, to: OversightStatus): boolean {
  return to === "CANCELLED" || (from === "UNDERWAY" && to === "PLANNED") || (from === "CANCELLED" && to === "PLANNED");
}

export function canMoveActivity(from: OversightStatus, to: OversightStatus): boolean {
  return ACTIVITY_TRANSITIONS[from].includes(to);
}

/** Progress through the plan, for the plan's progress bar: how far along an activity is (0–100). */
export const STATUS_PROGRESS: Readonly<Record<OversightStatus, number>> = {
  PLANNED: 0,
  UNDERWAY: 30,
  REPORTED: 60,
  OPINIONS_SENT: 75,
  RECTIFYING: 85,
  REVIEWING: 95,
  DONE: 100,
  CANCELLED: 0,
};

/** States in which the activity has started (counted as carried out in the plan's progress). */
export const STARTED_STATUSES: readonly OversightStatus[] = [
  "UNDERWAY",
  "REPORTED",
  "OPINIONS_SENT",
  "RECTIFYING",
  "REVIEWING",
  "DONE",
];

/** States in which the report has been heard (done for the plan). */
export const HEARD_STATUSES: readonly OversightStatus[] = [
  "REPORTED",
  "OPINIONS_SENT",
  "RECTIFYING",
  "REVIEWING",
  "DONE",
];

export type PlanProgress = {
  total: number;
  planned: number;
  started: number;
  heard: number;
  done: number;
  cancelled: number;
  /** Share of the plan (cancelled ones aside) whose report has been heard, 0–100. */
  percent: number;
};

/** The plan's progress over its activities' states. */
export function planProgress(statuses: readonly OversightStatus[]): PlanProgress {
  const cancelled = statuses.filter((s) => s === "CANCELLED").length;
  const live = statuses.length - cancelled;
  const heard = statuses.filter((s) => HEARD_STATUSES.includes(s)).length;
  return {
    total: statuses.length,
    planned: statuses.filter((s) => s === "PLANNED").length,
    started: statuses.filter((s) => STARTED_STATUSES.includes(s)).length,
    heard,
    done: statuses.filter((s) => s === "DONE").length,
    cancelled,
    percent: live === 0 ? 0 : Math.round((heard / live) * 100),
  };
}
