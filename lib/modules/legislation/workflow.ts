// The regulation pipeline (DESIGN §5) as an explicit state machine: the stages in order, the transitions
// allowed from each, and what each transition must record. Nothing else changes Regulation.stage.
import type { RegulationStage } from "@/lib/generated/prisma/enums";

export const STAGES = [
  "PLANNED",
  "DRAFTING",
  "ARGUMENTATION",
  "SUBMITTED",
  "FIRST_READING",
  "SECOND_READING",
  "THIRD_READING",
  "PASSED",
  "PROVINCIAL_APPROVAL",
  "PROMULGATED",
  "WITHDRAWN",
  "SHELVED",
] as const satisfies readonly RegulationStage[];
export type { RegulationStage };

/** The main line, in order (the board's columns); WITHDRAWN and SHELVED are side exits. */
export const PIPELINE: RegulationStage[] = STAGES.filter((s) => s !== "WITHDRAWN" && s !== "SHELVED");
const EXITS: RegulationStage[] = ["WITHDRAWN", "SHELVED"];

export const TRANSITIONS: Record<RegulationStage, readonly RegulationStage[]> = {
  PLANNED: ["DRAFTING", ...EXITS],
  DRAFTING: ["ARGUMENTATION", "SUBMITTED", ...EXITS],
  ARGUMENTATION: ["DRAFTING", "SUBMITTED", ...EXITS],
  SUBMITTED: ["FIRST_READING", ...EXITS],
  FIRST_READING: ["SECOND_READING", ...EXITS],
  // A third reading is held only when the second leaves major questions open (法规草案一般经两次审议).
  SECOND_READING: ["THIRD_READING", "PASSED", ...EXITS],
  THIRD_READING: ["PASSED", ...EXITS],
  PASSED: ["PROVINCIAL_APPROVAL"],
  PROVINCIAL_APPROVAL: ["PROMULGATED"],
  PROMULGATED: [],
  WITHDRAWN: [],
  SHELVED: ["PLANNED", "DRAFTING"],
};

/** Transitions decided at a standing-committee meeting name it (常委会第N次会议). */
const NEEDS_MEETING = new Set<RegulationStage>(["FIRST_READING", "SECOND_READING", "THIRD_READING", "PASSED"]);
/** Each reading is of a draft version. */
const NEEDS_DRAFT = new Set<RegulationStage>(["FIRST_READING", "SECOND_READING", "THIRD_READING"]);

export type TransitionInput = {
  to: RegulationStage;
  occurredOn: string; // YYYY-MM-DD, Asia/Shanghai calendar day
  meeting?: string | null;
  draftVersionId?: string | null;
  note?: string | null;
  effectiveOn?: string | null;
};

/** Why a transition is refused: an error key under `errors` with its values, or null when allowed. */
export type TransitionProblem = {
  key: "transitionNotAllowed" | "meetingRequired" | "draftRequired" | "reasonRequired" | "effectiveOnRequired";
  field?: string;
};

export function checkTransition(from: RegulationStage, input: TransitionInput): TransitionProblem | null {
  if (!TRANSITIONS[from].includes(input.to)) return { key: "transitionNotAllowed" };
  if (NEEDS_MEETING.has(input.to) && !input.meeting?.trim()) return { key: "meetingRequired", field: "meeting" };
  if (NEEDS_DRAFT.has(input.to) && !input.draftVersionId) return { key: "draftRequired", field: "draftVersionId" };
  if (EXITS.includes(input.to) && !input.note?.trim()) return { key: "reasonRequired", field: "note" };
  if (input.to === "PROMULGATED" && !input.effectiveOn) return { key: "effectiveOnRequired", field: "effectiveOn" };
  return null;
}

export function allowedTransitions(from: RegulationStage): readonly RegulationStage[] {
  return TRANSITIONS[from];
}

export function requiresMeeting(to: RegulationStage) {
  return NEEDS_MEETING.has(to);
}
export function requiresDraft(to: RegulationStage) {
  return NEEDS_DRAFT.has(to);
}

export function requiresReason(to: RegulationStage) {
  return EXITS.includes(to);
}
export function requiresEffectiveDate(to: RegulationStage) {
  return to === "PROMULGATED";
}

/** Stages in which a regulation is "in the pipeline" (neither finished nor abandoned). */
export function isActive(stage: RegulationStage) {
  return stage !== "PROMULGATED" && stage !== "WITHDRAWN" && stage !== "SHELVED";
}
