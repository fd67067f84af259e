// Rectification against real PostgreSQL: tasks made from problems (deadline in working days, editable), the unit
// reports progress and its final report, the committee sends back with a reason and accepts, the 回头看 review
// reopens chosen accepted tasks; each move a compare-and-set with its event (two concurrent accepts → one); who
// may do what (another unit, another committee, another city → 404); the board's counts, overdue and paging;
// the reminder job for tasks and report-backs, deduplicated across re-runs.
import { describe, expect, test, vi } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import type { Result } from "@/lib/errors";
import { workingCalendar, addCalendarDays } from "@/lib/modules/calendar";
import {
  acceptTask,
  getBoard,
  getTask,
  listMyTasks,
  makeTasks,
  recordReview,
  remindOversightDeadlinesIn,
  reportTask,
  sendBackTask,
} from "@/lib/modules/oversight";
import { loadMember } from "@/lib/member";
import { auditRows, createTenant, sessionFor, type TestUser } from "../factories";
import { makeProblem, makeUnitReport, oversightCity, type OversightCity } from "../factories/oversight";
import { makeRectifyingActivity, makeTask } from "../factories/oversight-rectification";

vi.mock("next-auth", async (load) => ({
  ...(await load<typeof import("next-auth")>()),
  getServerSession: async () => null,
}));

type Def = Parameters<typeof executeAction>[0];
const run = (c: OversightCity, user: TestUser, def: Def, input: unknown) =>
  executeAction(def, c.tenant.slug, input, sessionFor(user)) as Promise<Result<Record<string, unknown>>>;
function refused(r: Result<unknown>, code: string) {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
}
function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r.data;
}
/** The city of the running test (every read names its tenant). */
let city = "";
const task = (id: string) => unsafePrisma.rectificationTask.findFirstOrThrow({ where: { id, tenantId: city } });
const events = (id: string) =>
  unsafePrisma.rectificationEvent.findMany({ where: { taskId: id, tenantId: city }, orderBy: { createdAt: "asc" } });
const member = async (u: TestUser) => (await loadMember(u.tenantId, sessionFor(u).identity!))!;

async function setup() {
  const c = await oversightCity();
  city = c.tenant.id;
  const activity = await makeRectifyingActivity(c.tenant, c.committee.id);
  return { c, activity };
}

describe("task flow", () => {
  test("made from problems with the city's working-day deadline; report, send back, final, accept", async () => {
    const { c, activity } = await setup();
    const p1 = await makeProblem(c.tenant, activity.id);
    const p2 = await makeProblem(c.tenant, activity.id);
    // Not the unit, not another committee.
    refused(
      await run(c, c.unitUser, makeTasks, {
        activityId: activity.id,
        tasks: [{ problemId: p1.id, unitId: c.unit.id }],
      }),
      "FORBIDDEN",
    );
    refused(
      await run(c, c.otherCommitteeUser, makeTasks, {
        activityId: activity.id,
        tasks: [{ problemId: p1.id, unitId: c.unit.id }],
      }),
      "FORBIDDEN",
    );
    const later = addCalendarDays(todayInShanghai(), 20);
    const made = ok(
      await run(c, c.committeeUser, makeTasks, {
        activityId: activity.id,
        tasks: [
          { problemId: p1.id, unitId: c.unit.id },
          { problemId: p2.id, unitId: c.otherUnit.id, dueOn: later },
        ],
      }),
    ) as { ids: string[] };
    expect(made.ids).toHaveLength(2);
    const cal = await workingCalendar(c.tenant.id);
    const t1 = await task(made.ids[0]!);
    expect(dateToDay(t1.dueOn)).toBe(cal.addWorkingDays(todayInShanghai(), 60));
    expect(dateToDay((await task(made.ids[1]!)).dueOn)).toBe(later);
    // The same problem twice is refused.
    refused(
      await run(c, c.committeeUser, makeTasks, {
        activityId: activity.id,
        tasks: [{ problemId: p1.id, unitId: c.unit.id }],
      }),
      "CONFLICT",
    );
    // The unit was told.
    const notes = await unsafePrisma.notification.findMany({ where: { userId: c.unitUser.id, tenantId: city } });
    expect(notes.map((n) => n.messageKey)).toContain("oversightRectification.notices.assigned");

    // Another unit may not report; the unit reports progress (stays OPEN), then its final report (SUBMITTED).
    refused(await run(c, c.otherUnitUser, reportTask, { id: t1.id, body: "进展" }), "NOT_FOUND");
    refused(await run(c, c.unitUser, reportTask, { id: t1.id, body: "  " }), "VALIDATION");
    ok(await run(c, c.unitUser, reportTask, { id: t1.id, body: "已完成一半。" }));
    expect((await task(t1.id)).status).toBe("OPEN");
    // The committee may not accept what was not submitted.
    refused(await run(c, c.committeeUser, acceptTask, { id: t1.id }), "CONFLICT");
    ok(await run(c, c.unitUser, reportTask, { id: t1.id, body: "已全部整改完成。", final: "on" }));
    expect((await task(t1.id)).status).toBe("SUBMITTED");
    // Send back needs a reason, then RETURNED with it.
    refused(await run(c, c.committeeUser, sendBackTask, { id: t1.id, reason: " " }), "VALIDATION");
    refused(await run(c, c.unitUser, sendBackTask, { id: t1.id, reason: "不行" }), "FORBIDDEN");
    ok(await run(c, c.committeeUser, sendBackTask, { id: t1.id, reason: "佐证材料不足。" }));
    let r = await task(t1.id);
    expect(r.status).toBe("RETURNED");
    expect(r.reason).toBe("佐证材料不足。");
    ok(await run(c, c.unitUser, reportTask, { id: t1.id, body: "补充了台账照片。", final: true }));
    ok(await run(c, c.committeeUser, acceptTask, { id: t1.id }));
    r = await task(t1.id);
    expect(r.status).toBe("ACCEPTED");
    expect(r.acceptedAt).not.toBeNull();
    expect((await events(t1.id)).map((e) => `${e.fromStatus}>${e.toStatus}`)).toEqual([
      "null>OPEN",
      "OPEN>SUBMITTED",
      "SUBMITTED>RETURNED",
      "RETURNED>SUBMITTED",
      "SUBMITTED>ACCEPTED",
    ]);
    const reports = await unsafePrisma.rectificationReport.findMany({ where: { taskId: t1.id, tenantId: city } });
    expect(reports.map((x) => x.final).sort()).toEqual([false, true, true]);
    const audit = await auditRows(c.tenant.id, { entityId: t1.id });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["rectification.makeTask", "rectification.sendBack", "rectification.accept"]),
    );

    // The task page for each.
    const today = todayInShanghai();
    const forUnit = await getTask(c.tenant.id, await member(c.unitUser), t1.id, today);
    expect(forUnit?.reports).toHaveLength(3);
    expect(await getTask(c.tenant.id, await member(c.otherUnitUser), t1.id, today)).toBeNull();
    expect(await getTask(c.tenant.id, await member(c.otherCommitteeUser), t1.id, today)).toBeNull();
    expect((await getTask(c.tenant.id, await member(c.leader), t1.id, today))?.can.accept).toBe(false);
  });

  test("two concurrent accepts: one moves, the other is a conflict; one event", async () => {
    const { c, activity } = await setup();
    const t = await makeTask(c.tenant, activity.id, c.unit.id, { status: "SUBMITTED" });
    const results = await Promise.all([
      run(c, c.committeeUser, acceptTask, { id: t.id }),
      run(c, c.admin, acceptTask, { id: t.id }),
    ]);
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    refused(
      results.find((x) => !x.ok)!,
      "CONFLICT",
    );
    expect((await events(t.id)).filter((e) => e.toStatus === "ACCEPTED")).toHaveLength(1);
  });

  test("another city's task or activity answers 404", async () => {
    const { c, activity } = await setup();
    const t = await makeTask(c.tenant, activity.id, c.unit.id, { status: "SUBMITTED" });
    const other = await oversightCity(await createTenant());
    refused(await run(other, other.admin, acceptTask, { id: t.id }), "NOT_FOUND");
    refused(
      await run(other, other.admin, makeTasks, {
        activityId: activity.id,
        tasks: [{ problemId: t.problemId, unitId: other.unit.id }],
      }),
      "NOT_FOUND",
    );
    expect(await getTask(other.tenant.id, await member(other.admin), t.id, todayInShanghai())).toBeNull();
    expect(await getBoard(other.tenant.id, await member(other.admin), activity.id, {}, todayInShanghai())).toBeNull();
    expect((await task(t.id)).status).toBe("SUBMITTED");
  });
});

describe("回头看", () => {
  test("a review reopens the chosen accepted tasks with a reason; others stay; a non-accepted one is refused", async () => {
    const { c, activity } = await setup();
    const a1 = await makeTask(c.tenant, activity.id, c.unit.id, { status: "ACCEPTED" });
    const a2 = await makeTask(c.tenant, activity.id, c.unit.id, { status: "ACCEPTED" });
    const open = await makeTask(c.tenant, activity.id, c.unit.id, { status: "OPEN" });
    const today = todayInShanghai();
    refused(
      await run(c, c.committeeUser, recordReview, {
        activityId: activity.id,
        reviewedOn: today,
        reopen: [{ taskId: open.id, reason: "反弹" }],
      }),
      "CONFLICT",
    );
    expect(await unsafePrisma.oversightReview.count({ where: { activityId: activity.id, tenantId: city } })).toBe(0);
    refused(
      await run(c, c.committeeUser, recordReview, {
        activityId: activity.id,
        reviewedOn: today,
        reopen: [{ taskId: a1.id, reason: "" }],
      }),
      "VALIDATION",
    );
    const res = ok(
      await run(c, c.committeeUser, recordReview, {
        activityId: activity.id,
        reviewedOn: today,
        note: "回头看发现部分问题反弹。",
        reopen: [{ taskId: a1.id, reason: "问题反弹，油烟直排又出现。" }],
      }),
    ) as { reviewId: string; reopened: number };
    expect(res.reopened).toBe(1);
    const r1 = await task(a1.id);
    expect(r1.status).toBe("REOPENED");
    expect(r1.reason).toBe("问题反弹，油烟直排又出现。");
    expect((await task(a2.id)).status).toBe("ACCEPTED");
    const ev = (await events(a1.id)).at(-1)!;
    expect(ev.reviewId).toBe(res.reviewId);
    expect(ev.toStatus).toBe("REOPENED");
    // The unit works on it again.
    ok(await run(c, c.unitUser, reportTask, { id: a1.id, body: "再次整改完成。", final: true }));
    expect((await task(a1.id)).status).toBe("SUBMITTED");
  });
});

describe("board and inbox", () => {
  test("counts by state, overdue flagged, filter and paging", async () => {
    const { c, activity } = await setup();
    const today = todayInShanghai();
    const past = addCalendarDays(today, -3);
    for (let i = 0; i < 55; i++) await makeTask(c.tenant, activity.id, c.unit.id, { dueOn: addCalendarDays(today, 5) });
    await makeTask(c.tenant, activity.id, c.otherUnit.id, { dueOn: past });
    await makeTask(c.tenant, activity.id, c.otherUnit.id, { dueOn: past, status: "SUBMITTED" });
    await makeTask(c.tenant, activity.id, c.unit.id, { dueOn: past, status: "ACCEPTED" });
    const m = await member(c.committeeUser);
    const board = (await getBoard(c.tenant.id, m, activity.id, {}, today))!;
    expect(board.total).toBe(58);
    expect(board.counts).toMatchObject({ OPEN: 56, SUBMITTED: 1, ACCEPTED: 1 });
    expect(board.overdue).toBe(1);
    expect(board.rows).toHaveLength(50);
    expect(board.pages).toBe(2);
    expect(board.rows[0]!.overdue).toBe(true);
    const page2 = (await getBoard(c.tenant.id, m, activity.id, { page: 2 }, today))!;
    expect(page2.rows).toHaveLength(8);
    const overdue = (await getBoard(c.tenant.id, m, activity.id, { status: "overdue" }, today))!;
    expect(overdue.rows.map((r) => r.unitId)).toEqual([c.otherUnit.id]);
    const byUnit = (await getBoard(c.tenant.id, m, activity.id, { unitId: c.otherUnit.id }, today))!;
    expect(byUnit.filtered).toBe(2);
    expect(await getBoard(c.tenant.id, await member(c.unitUser), activity.id, {}, today)).toBeNull();
    expect(await getBoard(c.tenant.id, await member(c.otherCommitteeUser), activity.id, {}, today)).toBeNull();
    // The other unit's inbox: its open and submitted ones, by deadline.
    const inbox = await listMyTasks(c.tenant.id, await member(c.otherUnitUser), {}, today);
    expect(inbox.total).toBe(2);
    expect(inbox.rows.every((r) => r.unitId === c.otherUnit.id)).toBe(true);
  });
});

describe("reminders", () => {
  test("tasks and report-backs: 7 working days before, overdue; re-runs tell once", async () => {
    const { c, activity } = await setup();
    const today = todayInShanghai();
    const cal = await workingCalendar(c.tenant.id);
    const in5 = cal.addWorkingDays(today, 5);
    const t = await makeTask(c.tenant, activity.id, c.unit.id, { dueOn: in5 });
    await unsafePrisma.rectificationTask.updateMany({
      where: { id: t.id, tenantId: city },
      data: { statusChangedAt: new Date(Date.now() - 90 * 86_400_000) },
    });
    const late = await makeTask(c.tenant, activity.id, c.otherUnit.id, { dueOn: addCalendarDays(today, -2) });
    await makeTask(c.tenant, activity.id, c.unit.id, { dueOn: addCalendarDays(today, -2), status: "SUBMITTED" });
    const report = await makeUnitReport(c.tenant, activity.id, c.unit.id, {
      sentOn: new Date(Date.now() - 60 * 86_400_000),
      dueOn: new Date(`${cal.addWorkingDays(today, 1)}T00:00:00Z`),
    });
    const first = await remindOversightDeadlinesIn(c.tenant.id, today);
    const again = await remindOversightDeadlinesIn(c.tenant.id, today);
    expect(first).toBe(3);
    expect(again).toBe(0);
    const notes = await unsafePrisma.notification.findMany({
      where: { tenantId: c.tenant.id, kind: { in: ["oversight.deadline", "oversight.overdue"] } },
    });
    expect(notes.map((n) => n.dedupeKey).sort()).toEqual(
      [
        `rectification:${t.id}:${in5}:d7`,
        `rectification:${late.id}:${addCalendarDays(today, -2)}:overdue`,
        `unitReport:${report.id}:${cal.addWorkingDays(today, 1)}:d1`,
      ].sort(),
    );
    expect(notes.find((n) => n.dedupeKey.startsWith(`rectification:${late.id}`))?.userId).toBe(c.otherUnitUser.id);
  });
});
