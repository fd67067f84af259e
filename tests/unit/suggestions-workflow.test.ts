// The suggestion state machine and its scope rules: every move from every state (allowed or refused), where a
// rating sends a reply, the hand-back window, a motion's qualification, and who sees and moves which suggestion.
import { describe, expect, test } from "vitest";
import {
  afterRating,
  canMove,
  handbackOpen,
  motionQualifies,
  MOVES,
  movesFrom,
  SUGGESTION_STATUSES,
  type MoveName,
} from "@/lib/modules/suggestions/workflow";
import {
  mayCosign,
  mayMove,
  mayRecordMeeting,
  seesSuggestion,
  viewFilter,
  type SuggestionScope,
  type SuggestionViewer,
} from "@/lib/modules/suggestions/policy";

const EXPECTED: Record<string, MoveName[]> = {
  DRAFT: ["submit", "withdraw"],
  SUBMITTED: ["withdraw", "return", "convert", "merge", "accept"],
  REVISING: ["submit", "withdraw"],
  REVIEWED: ["merge", "assign"],
  ASSIGNED: ["requestHandback", "reply"],
  HANDBACK_REQUESTED: ["reassign", "refuseHandback"],
  REPLIED: ["rate", "rehandle"],
  IN_PLAN: ["followUp"],
  CLOSED: ["reopen"],
  MERGED: [],
  WITHDRAWN: [],
};

describe("suggestion workflow", () => {
  test("the moves from each state are exactly the expected ones, every other is refused", () => {
    for (const status of SUGGESTION_STATUSES) {
      expect(movesFrom(status).sort(), status).toEqual([...EXPECTED[status]!].sort());
      for (const move of Object.keys(MOVES) as MoveName[])
        expect(canMove(status, move), `${status} ${move}`).toBe(EXPECTED[status]!.includes(move));
    }
  });

  test("moves that the deputy or unit must understand carry a reason", () => {
    const withReason = (Object.keys(MOVES) as MoveName[]).filter((m) => MOVES[m].reason).sort();
    expect(withReason).toEqual(["convert", "refuseHandback", "reopen", "requestHandback", "return"]);
  });

  test("a rating closes A and C, sends B to its follow-up, and 不满意 re-handles within the allowance", () => {
    const r = (satisfaction: "SATISFIED" | "BASIC" | "UNSATISFIED", replyCategory: "A" | "B" | "C", n = 0, max = 1) =>
      afterRating({ satisfaction, replyCategory, rehandleCount: n, rehandleAllowance: max });
    expect(r("SATISFIED", "A")).toEqual({ move: "rate", to: "CLOSED" });
    expect(r("BASIC", "C")).toEqual({ move: "rate", to: "CLOSED" });
    expect(r("SATISFIED", "B")).toEqual({ move: "rate", to: "IN_PLAN" });
    expect(r("UNSATISFIED", "A")).toEqual({ move: "rehandle", to: "ASSIGNED" });
    expect(r("UNSATISFIED", "B")).toEqual({ move: "rehandle", to: "ASSIGNED" });
    // After the one re-handling: closed, counted unsatisfied — unless the office allowed another.
    expect(r("UNSATISFIED", "A", 1, 1)).toEqual({ move: "rate", to: "CLOSED" });
    expect(r("UNSATISFIED", "B", 1, 1)).toEqual({ move: "rate", to: "CLOSED" });
    expect(r("UNSATISFIED", "A", 1, 2)).toEqual({ move: "rehandle", to: "ASSIGNED" });
  });

  test("the hand-back window is counted in whole working days, its last day included", () => {
    expect(handbackOpen(0, 7)).toBe(true);
    expect(handbackOpen(7, 7)).toBe(true);
    expect(handbackOpen(8, 7)).toBe(false);
  });

  test("a motion qualifies with enough confirmed signers (the lead counts) and a bill", () => {
    expect(motionQualifies({ confirmedSigners: 10, hasBill: true, minSigners: 10 })).toBe(true);
    expect(motionQualifies({ confirmedSigners: 9, hasBill: true, minSigners: 10 })).toBe(false);
    expect(motionQualifies({ confirmedSigners: 12, hasBill: false, minSigners: 10 })).toBe(false);
  });
});

const LEAD = "00000000-0000-7000-8000-00000000000a";
const CO = "00000000-0000-7000-8000-00000000000b";
const OTHER_DEPUTY = "00000000-0000-7000-8000-00000000000c";
const UNIT_L = "00000000-0000-7000-8000-0000000000a1";
const UNIT_A = "00000000-0000-7000-8000-0000000000a2";
const UNIT_X = "00000000-0000-7000-8000-0000000000a3";
const COMMITTEE = "00000000-0000-7000-8000-0000000000c1";
const LEADER = "00000000-0000-7000-8000-0000000000e1";

let nextId = 0;
function viewer(roles: SuggestionViewer["roles"], o: { deputyId?: string; scopeId?: string; id?: string } = {}) {
  return {
    id: o.id ?? `00000000-0000-7000-8000-${String(++nextId).padStart(12, "0")}`,
    roles,
    scopes: roles.map((role) => ({ role, scopeId: o.scopeId ?? null })),
    deputyId: o.deputyId ?? null,
  } satisfies SuggestionViewer;
}

const scope = (o: Partial<SuggestionScope> = {}): SuggestionScope => ({
  status: "ASSIGNED",
  createdById: null,
  leadDeputyId: LEAD,
  signerDeputyIds: [LEAD, CO],
  leadUnitId: UNIT_L,
  activeUnitIds: [UNIT_L, UNIT_A],
  unitIds: [UNIT_L, UNIT_A],
  isKey: true,
  supervisingLeaderId: LEADER,
  pushingCommitteeId: COMMITTEE,
  ...o,
});

describe("suggestion policy", () => {
  const office = viewer(["deputyAffairs"]);
  const lead = viewer(["deputy"], { deputyId: LEAD });
  const co = viewer(["deputy"], { deputyId: CO });
  const other = viewer(["deputy"], { deputyId: OTHER_DEPUTY });
  const leadUnit = viewer(["unit"], { scopeId: UNIT_L });
  const assistUnit = viewer(["unit"], { scopeId: UNIT_A });
  const otherUnit = viewer(["unit"], { scopeId: UNIT_X });
  const committee = viewer(["committee"], { scopeId: COMMITTEE });
  const leader = viewer(["leader"], { id: LEADER });
  const otherLeader = viewer(["leader"]);

  test("who sees an assigned key suggestion", () => {
    for (const v of [office, lead, co, leadUnit, assistUnit, committee, leader])
      expect(seesSuggestion(v, scope())).toBe(true);
    for (const v of [other, otherUnit]) expect(seesSuggestion(v, scope())).toBe(false);
    // Not key: its committee no longer sees it.
    expect(seesSuggestion(committee, scope({ isKey: false }))).toBe(false);
    // A unit of an earlier round still sees what it handled.
    expect(seesSuggestion(otherUnit, scope({ unitIds: [UNIT_L, UNIT_A, UNIT_X] }))).toBe(true);
    expect(viewFilter(office)).toBeNull();
    expect(viewFilter(leadUnit)).toEqual({ deputyId: null, unitIds: [UNIT_L], committeeIds: [] });
  });

  test("a draft is seen only by its writer and its signers", () => {
    const draft = scope({ status: "DRAFT", createdById: office.id, activeUnitIds: [], unitIds: [], leadUnitId: null });
    expect(seesSuggestion(lead, draft)).toBe(true);
    expect(seesSuggestion(co, draft)).toBe(true);
    expect(seesSuggestion(office, draft)).toBe(true); // entered on the deputy's behalf by this member
    expect(seesSuggestion(viewer(["deputyAffairs"]), { ...draft, createdById: LEAD })).toBe(false);
    expect(seesSuggestion(leader, draft)).toBe(false);
    expect(seesSuggestion(other, draft)).toBe(false);
  });

  test("who makes which move", () => {
    const s = scope();
    expect(mayMove(leadUnit, "reply", s)).toBe(true);
    expect(mayMove(assistUnit, "reply", s)).toBe(false);
    expect(mayMove(assistUnit, "requestHandback", s)).toBe(true);
    expect(mayMove(otherUnit, "requestHandback", s)).toBe(false);
    expect(mayMove(office, "assign", s)).toBe(true);
    expect(mayMove(lead, "assign", s)).toBe(false);
    expect(mayMove(lead, "rate", s)).toBe(true);
    expect(mayMove(co, "rate", s)).toBe(false);
    expect(mayMove(lead, "submit", s)).toBe(true);
    expect(mayMove(co, "submit", s)).toBe(false);
    expect(mayMove(office, "submit", scope({ status: "SUBMITTED" }))).toBe(true);
    expect(mayMove(leadUnit, "followUp", s)).toBe(true);
    expect(mayMove(leader, "reopen", s)).toBe(false);
  });

  test("co-signing and the leader's meeting", () => {
    expect(mayCosign(co, scope({ status: "DRAFT" }))).toBe(true);
    expect(mayCosign(co, scope({ status: "SUBMITTED" }))).toBe(true);
    expect(mayCosign(co, scope({ status: "ASSIGNED" }))).toBe(false);
    expect(mayCosign(lead, scope({ status: "DRAFT" }))).toBe(false);
    expect(mayCosign(other, scope({ status: "DRAFT" }))).toBe(false);
    expect(mayRecordMeeting(leader, scope())).toBe(true);
    expect(mayRecordMeeting(otherLeader, scope())).toBe(false);
    expect(mayRecordMeeting(office, scope())).toBe(true);
    expect(mayRecordMeeting(leader, scope({ isKey: false }))).toBe(false);
  });
});
