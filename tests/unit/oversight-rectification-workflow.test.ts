// The rectification task's pure rules: every move from every state (allowed or refused, where it leads, who makes
// it, which need a reason), the states whose clock runs and the overdue flag, the reminder levels; and the
// policy's who-may-do-what (who sees all tasks, manages an activity's tasks, handles a task, sees it, sees the
// board).
import { describe, expect, test } from "vitest";
import type { RectificationStatus } from "@/lib/generated/prisma/enums";
import {
  handlesTask,
  managesTasksOf,
  seesAllTasks,
  seesBoard,
  seesTask,
} from "@/lib/modules/oversight/policy-rectification";
import {
  OVERSIGHT_REMINDER_WORKING_DAYS,
  TASK_CLOCK_STATUSES,
  TASK_MOVES,
  TASK_REPORTABLE_STATUSES,
  canMoveTask,
  isTaskOverdue,
  oversightReminderLevel,
  type RectificationMove,
} from "@/lib/modules/oversight/rectification-workflow";

const STATUSES: RectificationStatus[] = ["OPEN", "SUBMITTED", "ACCEPTED", "RETURNED", "REOPENED"];
const MOVES: RectificationMove[] = ["submit", "accept", "sendBack", "reopen"];

/** The state machine as the module's header draws it, written out here independently of TASK_MOVES. */
const EXPECTED: Record<RectificationMove, { from: RectificationStatus[]; to: RectificationStatus }> = {
  submit: { from: ["OPEN", "RETURNED", "REOPENED"], to: "SUBMITTED" },
  accept: { from: ["SUBMITTED"], to: "ACCEPTED" },
  sendBack: { from: ["SUBMITTED"], to: "RETURNED" },
  reopen: { from: ["ACCEPTED"], to: "REOPENED" },
};

describe("task moves", () => {
  for (const move of MOVES)
    for (const status of STATUSES) {
      const allowed = EXPECTED[move].from.includes(status);
      test(`${move} from ${status}: ${allowed ? `allowed, to ${EXPECTED[move].to}` : "refused"}`, () => {
        expect(canMoveTask(move, status)).toBe(allowed);
        if (allowed) expect(TASK_MOVES[move].to).toBe(EXPECTED[move].to);
      });
    }

  test("the table holds exactly the four moves, each from the states above", () => {
    expect(Object.keys(TASK_MOVES).sort()).toEqual([...MOVES].sort());
    for (const move of MOVES) expect([...TASK_MOVES[move].from].sort()).toEqual([...EXPECTED[move].from].sort());
  });

  test("the unit submits; the committee accepts, sends back and reopens", () => {
    expect(TASK_MOVES.submit.by).toBe("unit");
    expect(TASK_MOVES.accept.by).toBe("committee");
    expect(TASK_MOVES.sendBack.by).toBe("committee");
    expect(TASK_MOVES.reopen.by).toBe("committee");
  });

  test("sending back and reopening need a reason; submitting and accepting do not", () => {
    expect(TASK_MOVES.sendBack.reason).toBe(true);
    expect(TASK_MOVES.reopen.reason).toBe(true);
    expect(TASK_MOVES.submit.reason).toBe(false);
    expect(TASK_MOVES.accept.reason).toBe(false);
  });

  test("an accepted task only reopens; a submitted one is not submitted again; nothing leads back to OPEN", () => {
    expect(MOVES.filter((m) => canMoveTask(m, "ACCEPTED"))).toEqual(["reopen"]);
    expect(MOVES.filter((m) => canMoveTask(m, "SUBMITTED")).sort()).toEqual(["accept", "sendBack"]);
    expect(MOVES.filter((m) => canMoveTask(m, "OPEN"))).toEqual(["submit"]);
    expect(MOVES.filter((m) => canMoveTask(m, "RETURNED"))).toEqual(["submit"]);
    expect(MOVES.filter((m) => canMoveTask(m, "REOPENED"))).toEqual(["submit"]);
    expect(MOVES.map((m) => TASK_MOVES[m].to)).not.toContain("OPEN");
  });

  test("every state is reached from OPEN; a sent-back or reopened task comes back to SUBMITTED", () => {
    const reached = new Set<RectificationStatus>(["OPEN"]);
    for (let grew = true; grew;) {
      grew = false;
      for (const s of [...reached])
        for (const m of MOVES)
          if (canMoveTask(m, s) && !reached.has(TASK_MOVES[m].to)) {
            reached.add(TASK_MOVES[m].to);
            grew = true;
          }
    }
    expect([...reached].sort()).toEqual([...STATUSES].sort());
    // OPEN → SUBMITTED → RETURNED → SUBMITTED → ACCEPTED → REOPENED → SUBMITTED, one move at a time.
    let s: RectificationStatus = "OPEN";
    for (const m of ["submit", "sendBack", "submit", "accept", "reopen", "submit"] as const) {
      expect(canMoveTask(m, s)).toBe(true);
      s = TASK_MOVES[m].to;
    }
    expect(s).toBe("SUBMITTED");
  });
});

describe("the unit's clock and overdue", () => {
  test("the clock runs, and progress reports are taken, while the unit owes work", () => {
    expect([...TASK_CLOCK_STATUSES].sort()).toEqual(["OPEN", "REOPENED", "RETURNED"]);
    expect([...TASK_REPORTABLE_STATUSES].sort()).toEqual(["OPEN", "REOPENED", "RETURNED"]);
    // The states a unit may submit from are exactly those whose clock runs.
    expect(STATUSES.filter((s) => canMoveTask("submit", s)).sort()).toEqual([...TASK_CLOCK_STATUSES].sort());
  });

  test("overdue once the due day has passed (not on it), only while the clock runs", () => {
    for (const status of ["OPEN", "RETURNED", "REOPENED"] as const) {
      expect(isTaskOverdue({ status, dueOn: "2026-06-30" }, "2026-06-29")).toBe(false);
      expect(isTaskOverdue({ status, dueOn: "2026-06-30" }, "2026-06-30")).toBe(false);
      expect(isTaskOverdue({ status, dueOn: "2026-06-30" }, "2026-07-01")).toBe(true);
    }
    // Waiting on the committee, or done: never overdue, however late.
    for (const status of ["SUBMITTED", "ACCEPTED"] as const)
      expect(isTaskOverdue({ status, dueOn: "2026-06-30" }, "2027-01-01")).toBe(false);
  });

  test("days compare as days across months and years", () => {
    expect(isTaskOverdue({ status: "OPEN", dueOn: "2026-12-31" }, "2027-01-01")).toBe(true);
    expect(isTaskOverdue({ status: "OPEN", dueOn: "2026-09-30" }, "2026-10-01")).toBe(true);
    expect(isTaskOverdue({ status: "OPEN", dueOn: "2026-10-01" }, "2026-09-30")).toBe(false);
  });
});

describe("reminder levels", () => {
  const due = "2026-09-30";
  const before = "2026-08-01";
  test("the levels are 30, 7 and 1 working days", () => {
    expect([...OVERSIGHT_REMINDER_WORKING_DAYS]).toEqual([30, 7, 1]);
  });
  test("the nearest level at or above the working days left; none while more than 30 are left", () => {
    expect(oversightReminderLevel(31, before, due)).toBeNull();
    expect(oversightReminderLevel(30, before, due)).toBe("d30");
    expect(oversightReminderLevel(8, before, due)).toBe("d30");
    expect(oversightReminderLevel(7, before, due)).toBe("d7");
    expect(oversightReminderLevel(2, before, due)).toBe("d7");
    expect(oversightReminderLevel(1, before, due)).toBe("d1");
    expect(oversightReminderLevel(0, due, due)).toBe("d1");
  });
  test("overdue once the day has passed, whatever is left or the clock's length", () => {
    expect(oversightReminderLevel(-1, "2026-10-01", due)).toBe("overdue");
    expect(oversightReminderLevel(0, "2026-10-01", due)).toBe("overdue");
    expect(oversightReminderLevel(-1, "2026-10-01", due, 1)).toBe("overdue");
  });
  test("no level that is not shorter than the whole clock", () => {
    // A 7-working-day clock: the 7-day reminder would come on the day it was given.
    expect(oversightReminderLevel(7, before, due, 7)).toBeNull();
    expect(oversightReminderLevel(1, before, due, 7)).toBe("d1");
    expect(oversightReminderLevel(7, before, due, 8)).toBe("d7");
    expect(oversightReminderLevel(30, before, due, 30)).toBeNull();
    expect(oversightReminderLevel(30, before, due, 60)).toBe("d30");
    expect(oversightReminderLevel(1, before, due, 1)).toBeNull();
  });
});

type Who = Parameters<typeof seesTask>[0];
const who = (...grants: (string | { role: string; scopeId: string | null })[]): Who => {
  const scopes = grants.map((g) => (typeof g === "string" ? { role: g, scopeId: null } : g));
  return { roles: [...new Set(scopes.map((s) => s.role))], scopes } as Who;
};

describe("rectification policy", () => {
  const admin = who("admin");
  const leader = who("leader");
  const legislative = who("legislative");
  const deputyAffairs = who("deputyAffairs");
  const deputy = who("deputy");
  const committee = who({ role: "committee", scopeId: "c1" });
  const unit = who({ role: "unit", scopeId: "u1" });
  const twoUnits = who({ role: "unit", scopeId: "u1" }, { role: "unit", scopeId: "u2" });
  const ofC1 = { committeeId: "c1" };
  const ofC2 = { committeeId: "c2" };
  const ofNone = { committeeId: null };
  const taskOfU1 = { unitId: "u1" };
  const taskOfU2 = { unitId: "u2" };

  test("the admin and leaders see every task; nobody else does", () => {
    expect(seesAllTasks(admin)).toBe(true);
    expect(seesAllTasks(leader)).toBe(true);
    for (const m of [legislative, deputyAffairs, deputy, committee, unit]) expect(seesAllTasks(m)).toBe(false);
  });

  test("the admin manages every activity's tasks; a committee member its committee's and those without one", () => {
    for (const a of [ofC1, ofC2, ofNone]) expect(managesTasksOf(admin, a)).toBe(true);
    expect(managesTasksOf(committee, ofC1)).toBe(true);
    expect(managesTasksOf(committee, ofNone)).toBe(true);
    expect(managesTasksOf(committee, ofC2)).toBe(false);
    // A member of two committees manages both.
    const both = who({ role: "committee", scopeId: "c1" }, { role: "committee", scopeId: "c2" });
    expect(managesTasksOf(both, ofC2)).toBe(true);
    // Seeing is not managing: a leader, a unit, the legislative office, a deputy manage nothing.
    for (const m of [leader, unit, legislative, deputyAffairs, deputy]) {
      expect(managesTasksOf(m, ofC1)).toBe(false);
      expect(managesTasksOf(m, ofNone)).toBe(false);
    }
  });

  test("only the task's own unit handles it", () => {
    expect(handlesTask(unit, taskOfU1)).toBe(true);
    expect(handlesTask(unit, taskOfU2)).toBe(false);
    expect(handlesTask(twoUnits, taskOfU2)).toBe(true);
    for (const m of [admin, leader, committee, legislative, deputy]) expect(handlesTask(m, taskOfU1)).toBe(false);
    // A unit scope without the unit role counts for nothing.
    expect(handlesTask({ roles: ["deputy"], scopes: [{ role: "unit", scopeId: "u1" }] } as Who, taskOfU1)).toBe(false);
  });

  test("who sees a task: city-wide roles, the managing committee, the task's unit", () => {
    for (const a of [ofC1, ofC2, ofNone]) {
      expect(seesTask(admin, taskOfU1, a)).toBe(true);
      expect(seesTask(leader, taskOfU1, a)).toBe(true);
    }
    expect(seesTask(committee, taskOfU1, ofC1)).toBe(true);
    expect(seesTask(committee, taskOfU2, ofNone)).toBe(true);
    expect(seesTask(committee, taskOfU1, ofC2)).toBe(false);
    // The unit sees its own task whatever committee's activity it comes from, not another unit's.
    expect(seesTask(unit, taskOfU1, ofC2)).toBe(true);
    expect(seesTask(unit, taskOfU2, ofC1)).toBe(false);
    expect(seesTask(twoUnits, taskOfU2, ofC1)).toBe(true);
    // Without rectification.view: the legislative office, deputy affairs, a deputy — nothing.
    for (const m of [legislative, deputyAffairs, deputy]) {
      expect(seesTask(m, taskOfU1, ofNone)).toBe(false);
      expect(seesTask(m, taskOfU1, ofC1)).toBe(false);
    }
  });

  test("the board: city-wide roles and the activity's managers; a unit uses its inbox", () => {
    expect(seesBoard(admin, ofC2)).toBe(true);
    expect(seesBoard(leader, ofC2)).toBe(true);
    expect(seesBoard(committee, ofC1)).toBe(true);
    expect(seesBoard(committee, ofNone)).toBe(true);
    expect(seesBoard(committee, ofC2)).toBe(false);
    for (const m of [unit, legislative, deputyAffairs, deputy]) expect(seesBoard(m, ofC1)).toBe(false);
  });
});
