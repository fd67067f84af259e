// The filing review's pure rules: which moves each state allows, where a finding leads, the overdue flag, the
// reminder levels, and who may act on a filing.
import { describe, expect, test } from "vitest";
import {
  canMove,
  filingReminderLevel,
  isFilingOverdue,
  reviewedOnTime,
  statusAfterFinding,
} from "@/lib/modules/filings/workflow";
import { mayAssign, mayRespond, mayReview, seesFiling } from "@/lib/modules/filings/policy";

const member = (roles: { role: string; scopeId: string | null }[]) =>
  ({ roles: [...new Set(roles.map((r) => r.role))], scopes: roles }) as Parameters<typeof seesFiling>[0];

describe("filing workflow", () => {
  test("moves by state", () => {
    expect(canMove("RECEIVED", "assign")).toBe(true);
    expect(canMove("RECEIVED", "review")).toBe(false);
    expect(canMove("REVIEWING", "review")).toBe(true);
    expect(canMove("AWAITING_RESPONSE", "respond")).toBe(true);
    expect(canMove("CLOSED", "assign")).toBe(false);
    expect(canMove("CLOSED", "respond")).toBe(false);
  });
  test("findings", () => {
    expect(statusAfterFinding("NO_PROBLEM")).toBe("CLOSED");
    expect(statusAfterFinding("CORRECTION")).toBe("AWAITING_RESPONSE");
    expect(statusAfterFinding("REPEAL")).toBe("AWAITING_RESPONSE");
  });
  test("overdue only while under review and after the day", () => {
    expect(isFilingOverdue({ status: "REVIEWING", dueOn: "2026-05-01" }, "2026-05-01")).toBe(false);
    expect(isFilingOverdue({ status: "REVIEWING", dueOn: "2026-05-01" }, "2026-05-02")).toBe(true);
    expect(isFilingOverdue({ status: "RECEIVED", dueOn: "2026-05-01" }, "2026-05-02")).toBe(true);
    expect(isFilingOverdue({ status: "AWAITING_RESPONSE", dueOn: "2026-05-01" }, "2026-05-02")).toBe(false);
    expect(reviewedOnTime({ dueOn: "2026-05-01", reviewedOn: "2026-05-01" })).toBe(true);
    expect(reviewedOnTime({ dueOn: "2026-05-01", reviewedOn: "2026-05-04" })).toBe(false);
    expect(reviewedOnTime({ dueOn: "2026-05-01", reviewedOn: null })).toBeNull();
  });
  test("reminder levels", () => {
    expect(filingReminderLevel(10, "2026-05-01", "2026-05-15")).toBeNull();
    expect(filingReminderLevel(7, "2026-05-01", "2026-05-12")).toBe("d7");
    expect(filingReminderLevel(1, "2026-05-01", "2026-05-04")).toBe("d1");
    expect(filingReminderLevel(0, "2026-05-01", "2026-05-01")).toBe("d1");
    expect(filingReminderLevel(-1, "2026-05-02", "2026-05-01")).toBe("overdue");
  });
});

describe("filing policy", () => {
  const office = member([{ role: "legislative", scopeId: null }]);
  const committee = member([{ role: "committee", scopeId: "c1" }]);
  const unit = member([{ role: "unit", scopeId: "u1" }]);
  test("seeing", () => {
    expect(seesFiling(office, { issuerUnitId: "u2" })).toBe(true);
    expect(seesFiling(committee, { issuerUnitId: null })).toBe(true);
    expect(seesFiling(unit, { issuerUnitId: "u1" })).toBe(true);
    expect(seesFiling(unit, { issuerUnitId: "u2" })).toBe(false);
    expect(seesFiling(unit, { issuerUnitId: null })).toBe(false);
  });
  test("acting", () => {
    expect(mayAssign(office, "c9")).toBe(true);
    expect(mayAssign(committee, "c1")).toBe(true);
    expect(mayAssign(committee, "c2")).toBe(false);
    expect(mayReview(committee, { committeeId: "c1" })).toBe(true);
    expect(mayReview(committee, { committeeId: null })).toBe(false);
    expect(mayRespond(unit, { issuerUnitId: "u1" })).toBe(true);
    expect(mayRespond(office, { issuerUnitId: "u1" })).toBe(false);
    expect(mayRespond(office, { issuerUnitId: null })).toBe(true);
    expect(mayRespond(unit, { issuerUnitId: null })).toBe(false);
  });
});
