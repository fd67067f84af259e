// A deputy's suggestion or motion (DESIGN §5) as an explicit state machine: the states, the moves between them,
// who may make each and what it must carry. Nothing else changes Suggestion.status; every move writes a
// SuggestionEvent (move-suggestion.ts), so a suggestion's timeline is the list of its moves and records.
//
//   DRAFT ─submit→ SUBMITTED ─accept→ REVIEWED ─assign→ ASSIGNED ─reply→ REPLIED ─rate→ CLOSED
//     ↑  ╲           │  │ ╲ convert (motion → suggestion, stays)  │  ↑         │ ╲ rate (B) → IN_PLAN ─followUp→ CLOSED
//  submit withdraw  return merge                     requestHandback │         rehandle (不满意, once)
//     │      ↓        ↓     ↓                                ↓      │           ↓
//  REVISING ←┘    REVISING MERGED             HANDBACK_REQUESTED ─reassign / refuseHandback→ ASSIGNED
// The office may reopen a closed one for more re-handling than the one allowed (reopen, with a reason).
import type {
  AssignmentRole,
  ContactStage,
  ReplyCategory,
  ReplyKind,
  Satisfaction,
  SignerRole,
  SuggestionKind,
  SuggestionStatus,
  SuggestionTiming,
} from "@/lib/generated/prisma/enums";

export type {
  AssignmentRole,
  ContactStage,
  ReplyCategory,
  ReplyKind,
  Satisfaction,
  SignerRole,
  SuggestionKind,
  SuggestionStatus,
  SuggestionTiming,
};

export const SUGGESTION_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "REVISING",
  "REVIEWED",
  "ASSIGNED",
  "HANDBACK_REQUESTED",
  "REPLIED",
  "IN_PLAN",
  "CLOSED",
  "MERGED",
  "WITHDRAWN",
] as const satisfies readonly SuggestionStatus[];
export const SUGGESTION_KINDS = ["MOTION", "SUGGESTION"] as const satisfies readonly SuggestionKind[];
export const SUGGESTION_TIMINGS = ["SESSION", "RECESS"] as const satisfies readonly SuggestionTiming[];
export const REPLY_CATEGORIES = ["A", "B", "C"] as const satisfies readonly ReplyCategory[];
export const SATISFACTIONS = ["SATISFIED", "BASIC", "UNSATISFIED"] as const satisfies readonly Satisfaction[];
export const CONTACT_STAGES = ["BEFORE", "DURING", "AFTER"] as const satisfies readonly ContactStage[];
/** How a unit met the deputy (三见面), named under suggestions.contactWays. */
export const CONTACT_WAYS = ["visit", "meeting", "phone", "online", "site"] as const;

/** States in which nothing more happens (the office may still reopen a CLOSED one). */
export const FINAL_STATUSES: readonly SuggestionStatus[] = ["CLOSED", "MERGED", "WITHDRAWN"];
/** States in which the units' clock runs. */
export const CLOCK_STATUSES: readonly SuggestionStatus[] = ["ASSIGNED", "HANDBACK_REQUESTED"];
/** States the deputy can still edit (the text, co-signers, attachments). */
export const EDITABLE_STATUSES: readonly SuggestionStatus[] = ["DRAFT", "REVISING"];
/** States counted as assigned (交办) in the rates: everything from the first assignment on. */
export const ASSIGNED_STATUSES: readonly SuggestionStatus[] = [
  "ASSIGNED",
  "HANDBACK_REQUESTED",
  "REPLIED",
  "IN_PLAN",
  "CLOSED",
];

/**
 * Who makes a move, checked against the suggestion by policy.ts:
 * - `author`: the lead deputy, or the office entering it on the deputy's behalf;
 * - `office`: the deputy-affairs office (deputyAffairs);
 * - `leadUnit`: the active lead unit; `unit`: any active unit (lead or assisting);
 * - `leadDeputy`: the lead deputy (rates replies from their own area);
 * - `system`: a job.
 */
export type SuggestionActor = "author" | "office" | "leadUnit" | "unit" | "leadDeputy" | "system";

export type MoveName =
  | "submit"
  | "withdraw"
  | "return"
  | "convert"
  | "merge"
  | "accept"
  | "assign"
  | "requestHandback"
  | "reassign"
  | "refuseHandback"
  | "reply"
  | "rate"
  | "rehandle"
  | "followUp"
  | "reopen";

export type Move = {
  from: readonly SuggestionStatus[];
  to: SuggestionStatus;
  by: SuggestionActor;
  /** The move needs a reason the deputy (or unit) will read (`note`). */
  reason?: boolean;
};

export const MOVES: Record<MoveName, Move> = {
  submit: { from: ["DRAFT", "REVISING"], to: "SUBMITTED", by: "author" },
  withdraw: { from: ["DRAFT", "SUBMITTED", "REVISING"], to: "WITHDRAWN", by: "author" },
  return: { from: ["SUBMITTED"], to: "REVISING", by: "office", reason: true },
  // A motion without the legal number of signers or a bill becomes a suggestion; its state does not change.
  convert: { from: ["SUBMITTED"], to: "SUBMITTED", by: "office", reason: true },
  merge: { from: ["SUBMITTED", "REVIEWED"], to: "MERGED", by: "office" },
  accept: { from: ["SUBMITTED"], to: "REVIEWED", by: "office" },
  assign: { from: ["REVIEWED"], to: "ASSIGNED", by: "office" },
  requestHandback: { from: ["ASSIGNED"], to: "HANDBACK_REQUESTED", by: "unit", reason: true },
  reassign: { from: ["HANDBACK_REQUESTED"], to: "ASSIGNED", by: "office" },
  refuseHandback: { from: ["HANDBACK_REQUESTED"], to: "ASSIGNED", by: "office", reason: true },
  reply: { from: ["ASSIGNED"], to: "REPLIED", by: "leadUnit" },
  // 满意 / 基本满意 closes an A or C reply; a B reply then waits for its follow-up (`to` IN_PLAN).
  rate: { from: ["REPLIED"], to: "CLOSED", by: "leadDeputy" },
  // 不满意 within the allowance: handled again by the same units on a new deadline.
  rehandle: { from: ["REPLIED"], to: "ASSIGNED", by: "leadDeputy" },
  // The B reply's follow-up: CLOSED, or still IN_PLAN with a new promised day (`to` IN_PLAN).
  followUp: { from: ["IN_PLAN"], to: "CLOSED", by: "leadUnit" },
  reopen: { from: ["CLOSED"], to: "ASSIGNED", by: "office", reason: true },
};

/** The moves that exist from `status`. */
export function movesFrom(status: SuggestionStatus): MoveName[] {
  return (Object.keys(MOVES) as MoveName[]).filter((m) => MOVES[m].from.includes(status));
}

export function canMove(status: SuggestionStatus, move: MoveName): boolean {
  return MOVES[move].from.includes(status);
}

/** Where the lead deputy's rating sends a replied suggestion. */
export function afterRating(s: {
  satisfaction: Satisfaction;
  replyCategory: ReplyCategory;
  rehandleCount: number;
  rehandleAllowance: number;
}): { move: MoveName; to: SuggestionStatus } {
  if (s.satisfaction === "UNSATISFIED" && s.rehandleCount < s.rehandleAllowance)
    return { move: "rehandle", to: "ASSIGNED" };
  if (s.replyCategory === "B" && s.satisfaction !== "UNSATISFIED") return { move: "rate", to: "IN_PLAN" };
  return { move: "rate", to: "CLOSED" };
}

/** May a unit still ask to hand it back: at most `windowDays` working days since its assignment day? */
export function handbackOpen(workingDaysSinceAssignment: number, windowDays: number): boolean {
  return workingDaysSinceAssignment <= windowDays;
}

/** Reminders to the units this many working days before a deadline (and on the day it passes). */
export const REMINDER_WORKING_DAYS = [30, 7, 1] as const;

/** Does a motion qualify: enough confirmed signers (the lead counts) and a bill attached? */
export function motionQualifies(a: { confirmedSigners: number; hasBill: boolean; minSigners: number }): boolean {
  return a.hasBill && a.confirmedSigners >= a.minSigners;
}
