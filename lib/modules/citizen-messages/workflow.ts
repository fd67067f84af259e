// A citizen's message (DESIGN §5) as an explicit state machine: the states, the moves between them, who may make
// each and what it must carry. Nothing else changes CitizenMessage.status; every move writes a
// CitizenMessageEvent (move-message.ts), so a message's timeline is the list of its moves.
//
//   SUBMITTED ─accept→ ACCEPTED ─classify→ CLASSIFIED ─transfer→ TRANSFERRED ─reply→ REPLIED ─release→ RELEASED
//       │                 │   ╲                │    ╲                │  ↑    ╲             │ sendBack      │ rate
//     return           answer  decline      answer  decline   requestHandback ╲            ↓               ↓
//       ↓                 ↓       ↓            ↓       ↓           ↓           reassign / refuseHandback  CLOSED
//   RETURNED          RELEASED DECLINED    RELEASED DECLINED  HANDBACK_REQUESTED ──────────┘
// 不满意 on a first answer reopens it once (back to its unit, or to the office when there was none); any open
// message before transfer can be merged into another (MERGED, its receipt following the other's progress).
import type { MessageRating, MessageStatus } from "@/lib/generated/prisma/enums";

export type { MessageRating, MessageStatus };

export const MESSAGE_STATUSES = [
  "SUBMITTED",
  "ACCEPTED",
  "CLASSIFIED",
  "TRANSFERRED",
  "HANDBACK_REQUESTED",
  "REPLIED",
  "RELEASED",
  "CLOSED",
  "RETURNED",
  "DECLINED",
  "MERGED",
] as const satisfies readonly MessageStatus[];

export const MESSAGE_RATINGS = ["SATISFIED", "BASIC", "UNSATISFIED"] as const satisfies readonly MessageRating[];

/** States in which nothing more happens to the message itself. */
export const FINAL_STATUSES: readonly MessageStatus[] = ["CLOSED", "RETURNED", "DECLINED", "MERGED"];
/** States in which a unit's clock runs. */
export const CLOCK_STATUSES: readonly MessageStatus[] = ["TRANSFERRED", "HANDBACK_REQUESTED"];
/** States still waiting for someone on the city's side (the "open" lists and the workbench): all but the final
 *  ones and RELEASED, which waits for the citizen. */
export const OPEN_STATUSES: readonly MessageStatus[] = MESSAGE_STATUSES.filter(
  (s) => s !== "RELEASED" && !FINAL_STATUSES.includes(s),
);

/**
 * Who makes a move, checked against the message by policy.ts:
 * - `handler`: the deputy it is addressed to, the station's deputies, the station's staff, the office;
 * - `office`: the deputy-affairs office (deputyAffairs);
 * - `checker`: the addressed deputy or the station's deputies, or the office (checks a reply, answers directly);
 * - `unit`: the unit the message is transferred to;
 * - `citizen`: whoever holds the receipt code; `system`: a job.
 */
export type MessageActor = "handler" | "office" | "checker" | "unit" | "citizen" | "system";

export type MoveName =
  | "accept"
  | "return"
  | "classify"
  | "transfer"
  | "answer"
  | "decline"
  | "requestHandback"
  | "reassign"
  | "refuseHandback"
  | "reply"
  | "sendBack"
  | "release"
  | "rate"
  | "reopen"
  | "autoClose"
  | "merge";

export type Move = {
  from: readonly MessageStatus[];
  to: MessageStatus;
  by: MessageActor;
  /** The move needs a reason the reader will see (`note`). */
  reason?: boolean;
  /** Shown to the citizen on the receipt page. */
  public: boolean;
};

const BEFORE_TRANSFER: readonly MessageStatus[] = ["SUBMITTED", "ACCEPTED", "CLASSIFIED"];

export const MOVES: Record<MoveName, Move> = {
  accept: { from: ["SUBMITTED"], to: "ACCEPTED", by: "handler", public: true },
  return: { from: ["SUBMITTED"], to: "RETURNED", by: "handler", reason: true, public: true },
  classify: { from: ["ACCEPTED"], to: "CLASSIFIED", by: "office", public: true },
  transfer: { from: ["CLASSIFIED"], to: "TRANSFERRED", by: "office", public: true },
  answer: { from: ["ACCEPTED", "CLASSIFIED"], to: "RELEASED", by: "checker", public: true },
  decline: { from: ["ACCEPTED", "CLASSIFIED"], to: "DECLINED", by: "office", reason: true, public: true },
  requestHandback: { from: ["TRANSFERRED"], to: "HANDBACK_REQUESTED", by: "unit", reason: true, public: false },
  reassign: { from: ["HANDBACK_REQUESTED"], to: "TRANSFERRED", by: "office", public: true },
  refuseHandback: { from: ["HANDBACK_REQUESTED"], to: "TRANSFERRED", by: "office", reason: true, public: false },
  reply: { from: ["TRANSFERRED"], to: "REPLIED", by: "unit", public: true },
  sendBack: { from: ["REPLIED"], to: "TRANSFERRED", by: "checker", reason: true, public: false },
  release: { from: ["REPLIED"], to: "RELEASED", by: "checker", public: true },
  // A rating closes the message; 不满意 on a first answer reopens it instead (`reopen`, decided in rate-message.ts).
  rate: { from: ["RELEASED"], to: "CLOSED", by: "citizen", public: true },
  reopen: { from: ["RELEASED"], to: "TRANSFERRED", by: "citizen", public: true },
  autoClose: { from: ["RELEASED"], to: "CLOSED", by: "system", public: true },
  merge: { from: BEFORE_TRANSFER, to: "MERGED", by: "office", reason: false, public: true },
};

/** The moves that exist from `status`. */
export function movesFrom(status: MessageStatus): MoveName[] {
  return (Object.keys(MOVES) as MoveName[]).filter((m) => MOVES[m].from.includes(status));
}

export function canMove(status: MessageStatus, move: MoveName): boolean {
  return MOVES[move].from.includes(status);
}

/** A unit may ask to hand a message back within this many working days of its transfer. */
export const HANDBACK_WORKING_DAYS = 3;
/** A message is reopened after 不满意 at most this many times. */
export const MAX_REOPENS = 1;
/** Reminders to the unit this many working days before its deadline (and on the day it passes). */
export const REMINDER_WORKING_DAYS = [3, 1] as const;

/** Is a handback still allowed: at most HANDBACK_WORKING_DAYS working days since the transfer day? */
export function handbackOpen(workingDaysSinceTransfer: number): boolean {
  return workingDaysSinceTransfer <= HANDBACK_WORKING_DAYS;
}

/** Where 不满意 sends a released message: back to its unit once, to the office when it was answered directly,
 *  and nowhere (closed, counted unsatisfied) after the one reopening. */
export function afterUnsatisfied(m: { reopenCount: number; unitId: string | null }): MessageStatus {
  if (m.reopenCount >= MAX_REOPENS) return "CLOSED";
  return m.unitId ? "TRANSFERRED" : "CLASSIFIED";
}
