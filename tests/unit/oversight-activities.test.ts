// The activities part's pure logic: the workflow's moves and which need a note, the plan's progress, the policy
// (who sees and manages an activity), the plan query's year and kind.
import { describe, expect, test } from "vitest";
import {
  ACTIVITY_TRANSITIONS,
  canMoveActivity,
  moveNeedsNote,
  OVERSIGHT_STATUSES,
  planKind,
  planProgress,
  planYear,
} from "@/lib/modules/oversight/client";
import { activityFilter, managesActivity, seesActivity, type ActivityViewer } from "@/lib/modules/oversight/policy";

const viewer = (
  roles: ActivityViewer["roles"],
  scopes: ActivityViewer["scopes"] = [],
  deputyId: string | null = null,
) => ({ id: "u1", roles, scopes, deputyId }) as ActivityViewer;
const scope = { committeeId: "c1", participantUserIds: ["u9"], participantDeputyIds: ["d1"], unitIds: ["n1"] };

describe("workflow", () => {
  test("every state's moves lead to known states; the report path runs to DONE", () => {
    for (const s of OVERSIGHT_STATUSES)
      for (const to of ACTIVITY_TRANSITIONS[s]) expect(OVERSIGHT_STATUSES).toContain(to);
    const path = ["PLANNED", "UNDERWAY", "REPORTED", "OPINIONS_SENT", "RECTIFYING", "REVIEWING", "DONE"] as const;
    for (let i = 0; i + 1 < path.length; i++) expect(canMoveActivity(path[i]!, path[i + 1]!)).toBe(true);
    expect(canMoveActivity("PLANNED", "DONE")).toBe(false);
    expect(canMoveActivity("DONE", "CANCELLED")).toBe(false);
  });
  test("cancelling and going back need a note; moving on does not", () => {
    expect(moveNeedsNote("UNDERWAY", "CANCELLED")).toBe(true);
    expect(moveNeedsNote("UNDERWAY", "PLANNED")).toBe(true);
    expect(moveNeedsNote("PLANNED", "UNDERWAY")).toBe(false);
  });
  test("plan progress: heard over those not cancelled", () => {
    expect(planProgress(["PLANNED", "UNDERWAY", "REPORTED", "DONE", "CANCELLED"])).toEqual({
      total: 5,
      planned: 1,
      started: 3,
      heard: 2,
      done: 1,
      cancelled: 1,
      percent: 50,
    });
    expect(planProgress([]).percent).toBe(0);
    expect(planProgress(["CANCELLED"]).percent).toBe(0);
  });
});

describe("policy", () => {
  test("city-wide roles see every activity; a committee member their committee's and manages it", () => {
    expect(seesActivity(viewer(["leader"]), scope)).toBe(true);
    const member = viewer(["committee"], [{ role: "committee", scopeId: "c1" }]);
    const other = viewer(["committee"], [{ role: "committee", scopeId: "c2" }]);
    expect(seesActivity(member, scope)).toBe(true);
    expect(managesActivity(member, scope)).toBe(true);
    expect(seesActivity(other, scope)).toBe(false);
    expect(managesActivity(other, scope)).toBe(false);
    expect(managesActivity(viewer(["leader"]), scope)).toBe(false);
    expect(managesActivity(viewer(["admin"]), scope)).toBe(true);
  });
  test("a unit sees those concerning it, a deputy those they take part in; the filter says so", () => {
    expect(seesActivity(viewer(["unit"], [{ role: "unit", scopeId: "n1" }]), scope)).toBe(true);
    expect(seesActivity(viewer(["unit"], [{ role: "unit", scopeId: "n2" }]), scope)).toBe(false);
    expect(seesActivity(viewer(["deputy"], [], "d1"), scope)).toBe(true);
    expect(seesActivity(viewer(["deputy"], [], "d2"), scope)).toBe(false);
    expect(activityFilter(viewer(["admin"]))).toBeNull();
    expect(activityFilter(viewer(["unit"], [{ role: "unit", scopeId: "n1" }]))).toMatchObject({
      committeeIds: null,
      unitIds: ["n1"],
    });
  });
});

describe("plan query", () => {
  test("year within 2000–2100 else this year; kind only a known one", () => {
    expect(planYear("2025")).toBe(2025);
    expect(planYear("1999")).toBe(planYear(null));
    expect(planYear("abc")).toBe(planYear(undefined));
    expect(planKind("LAW_INSPECTION")).toBe("LAW_INSPECTION");
    expect(planKind("x")).toBeNull();
  });
});
