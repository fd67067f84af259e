// The citizen-message state machine and its scope rules: every move from every state (allowed or refused), the
// hand-back window, reopen-once, and who may act on which message.
import { describe, expect, test } from "vitest";
import {
  afterUnsatisfied,
  canMove,
  handbackOpen,
  MESSAGE_STATUSES,
  MOVES,
  movesFrom,
  type MoveName,
} from "@/lib/modules/citizen-messages/workflow";
import {
  mayMove,
  mayRevealContact,
  seesMessage,
  viewFilter,
  type MessageViewer,
} from "@/lib/modules/citizen-messages/policy";

const EXPECTED: Record<string, MoveName[]> = {
  SUBMITTED: ["accept", "return", "merge"],
  ACCEPTED: ["classify", "answer", "decline", "merge"],
  CLASSIFIED: ["transfer", "answer", "decline", "merge"],
  TRANSFERRED: ["requestHandback", "reply"],
  HANDBACK_REQUESTED: ["reassign", "refuseHandback"],
  REPLIED: ["sendBack", "release"],
  RELEASED: ["rate", "reopen", "autoClose"],
  CLOSED: [],
  RETURNED: [],
  DECLINED: [],
  MERGED: [],
};

describe("message workflow", () => {
  test("the moves from each state are exactly the expected ones, every other is refused", () => {
    for (const status of MESSAGE_STATUSES) {
      expect(movesFrom(status).sort(), status).toEqual([...EXPECTED[status]!].sort());
      for (const move of Object.keys(MOVES) as MoveName[])
        expect(canMove(status, move), `${status} ${move}`).toBe(EXPECTED[status]!.includes(move));
    }
  });

  test("returns, declines, hand-backs and send-backs need a reason; hand-back requests stay off the receipt", () => {
    const withReason = (Object.keys(MOVES) as MoveName[]).filter((m) => MOVES[m].reason).sort();
    expect(withReason).toEqual(["decline", "refuseHandback", "requestHandback", "return", "sendBack"]);
    expect(MOVES.requestHandback.public).toBe(false);
    expect(MOVES.sendBack.public).toBe(false);
    expect(MOVES.release.public).toBe(true);
  });

  test("a unit may hand a message back within 3 working days of its transfer, not after", () => {
    expect(handbackOpen(0)).toBe(true);
    expect(handbackOpen(3)).toBe(true);
    expect(handbackOpen(4)).toBe(false);
  });

  test("不满意 reopens once: to the unit, or to the office for a direct answer; then it closes", () => {
    expect(afterUnsatisfied({ reopenCount: 0, unitId: "u" })).toBe("TRANSFERRED");
    expect(afterUnsatisfied({ reopenCount: 0, unitId: null })).toBe("CLASSIFIED");
    expect(afterUnsatisfied({ reopenCount: 1, unitId: "u" })).toBe("CLOSED");
  });
});

const STATION = "00000000-0000-7000-8000-000000000001";
const OTHER_STATION = "00000000-0000-7000-8000-000000000002";
const DEPUTY = "00000000-0000-7000-8000-000000000003";
const UNIT = "00000000-0000-7000-8000-000000000004";
const viewer = (v: Partial<MessageViewer>): MessageViewer => ({
  id: "u1",
  roles: [],
  scopes: [],
  deputyId: null,
  deputyStationIds: [],
  ...v,
});
const office = viewer({ roles: ["deputyAffairs"] });
const staff = viewer({ roles: ["station"], scopes: [{ role: "station", scopeId: STATION }] });
const deputy = viewer({ roles: ["deputy"], deputyId: DEPUTY, deputyStationIds: [] });
const unit = viewer({ roles: ["unit"], scopes: [{ role: "unit", scopeId: UNIT }] });
const atStation = { stationId: STATION, deputyId: null, unitId: null };

describe("message policy", () => {
  test("the office sees the city; staff their stations; a deputy theirs; a unit only what it holds", () => {
    expect(viewFilter(office)).toBeNull();
    expect(seesMessage(staff, atStation)).toBe(true);
    expect(seesMessage(staff, { ...atStation, stationId: OTHER_STATION })).toBe(false);
    expect(seesMessage(deputy, { ...atStation, deputyId: DEPUTY })).toBe(true);
    expect(seesMessage(deputy, atStation)).toBe(false);
    expect(seesMessage({ ...deputy, deputyStationIds: [STATION] }, atStation)).toBe(true);
    expect(seesMessage(unit, atStation)).toBe(false);
    expect(seesMessage(unit, { ...atStation, unitId: UNIT })).toBe(true);
    expect(seesMessage(viewer({ roles: ["unit"] }), { ...atStation, unitId: UNIT })).toBe(false);
  });

  test("each move only by its actor", () => {
    expect(mayMove(staff, "accept", atStation)).toBe(true);
    expect(mayMove(staff, "transfer", atStation)).toBe(false);
    expect(mayMove(staff, "release", atStation)).toBe(false);
    expect(mayMove(office, "transfer", atStation)).toBe(true);
    expect(mayMove(deputy, "answer", { ...atStation, deputyId: DEPUTY })).toBe(true);
    expect(mayMove(deputy, "classify", { ...atStation, deputyId: DEPUTY })).toBe(false);
    expect(mayMove(unit, "reply", { ...atStation, unitId: UNIT })).toBe(true);
    expect(mayMove(unit, "reply", { ...atStation, unitId: OTHER_STATION })).toBe(false);
    expect(mayMove(office, "rate", atStation)).toBe(false);
  });

  test("the phone goes to whoever must call back", () => {
    const held = { ...atStation, unitId: UNIT, status: "TRANSFERRED", replyByPhone: true };
    expect(mayRevealContact(unit, held)).toBe(true);
    expect(mayRevealContact(unit, { ...held, replyByPhone: false })).toBe(false);
    expect(mayRevealContact(staff, held)).toBe(false);
    expect(mayRevealContact(staff, { ...atStation, status: "SUBMITTED", replyByPhone: true })).toBe(true);
    expect(mayRevealContact(office, held)).toBe(true);
  });
});
