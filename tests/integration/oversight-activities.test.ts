// Oversight activities against real PostgreSQL: creating (a special inquiry gets its Inquiry row in the same
// transaction; a committee member only for their committee), moves by compare-and-set with one event each (two
// at once: one wins), the report heard, deliberation opinions to units due in working days and the unit's own
// report back (another unit refused), participants, points and numbered problems with a photo, who sees what,
// another city → 404 (page read and actions), the public plan API (published only, 422 on a bad kind, 404 city).
import { NextRequest } from "next/server";
import sharp from "sharp";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { GET as oversightApi } from "@/app/api/v1/[tenant]/oversight/route";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import type { Result } from "@/lib/errors";
import { Upload } from "@/lib/modules/attachments";
import { workingCalendar } from "@/lib/modules/calendar";
import {
  activitiesWork,
  addParticipant,
  addPoint,
  addProblem,
  changeActivityStatus,
  createActivity,
  getActivity,
  listActivities,
  listProblems,
  loadActivityViewer,
  moveActivity,
  recordReport,
  sendOpinions,
  submitUnitReport,
  updateActivity,
} from "@/lib/modules/oversight";
import { forTenant } from "@/lib/db";
import { auditRows, createTenant, sessionFor, type TestUser } from "../factories";
import { memberOf } from "../factories/stations";
import {
  makeActivity,
  makeParticipant,
  makePoint,
  makeProblem,
  makeUnitReport,
  oversightCity,
  thisYear,
  type OversightCity,
} from "../factories/oversight";

const session = vi.hoisted(() => ({ current: null as null | { identity: unknown } }));
vi.mock("next-auth", async (load) => ({
  ...(await load<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));

type Def = Parameters<typeof executeAction>[0];
const run = (c: OversightCity, user: TestUser, def: Def, input: unknown) =>
  executeAction(def, c.tenant.slug, input, sessionFor(user)) as Promise<Result<Record<string, unknown>>>;
function refused(r: Result<unknown>, code: string) {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
  return r.ok ? null : r.error;
}
function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fieldErrors)}`);
  return r.data;
}
const row = (c: OversightCity, id: string) =>
  unsafePrisma.oversightActivity.findFirstOrThrow({ where: { id, tenantId: c.tenant.id } });

let c: OversightCity;
beforeAll(async () => {
  c = await oversightCity();
});

describe("creating and editing", () => {
  test("a special inquiry gets its empty Inquiry row, a PLANNED event and an audit row; the plan is made", async () => {
    const r = ok(
      await run(c, c.committeeUser, createActivity, {
        kind: "SPECIAL_INQUIRY",
        year: String(thisYear()),
        title: "关于优化营商环境工作情况的专题询问",
        committeeId: c.committee.id,
        plannedQuarter: "3",
        published: "on",
      }),
    );
    const id = r.id as string;
    const a = await row(c, id);
    expect(a).toMatchObject({ kind: "SPECIAL_INQUIRY", status: "PLANNED", plannedQuarter: 3, published: true });
    expect(a.planId).not.toBeNull();
    expect(await unsafePrisma.inquiry.count({ where: { tenantId: c.tenant.id, activityId: id } })).toBe(1);
    expect(await unsafePrisma.oversightEvent.count({ where: { tenantId: c.tenant.id, activityId: id } })).toBe(1);
    expect(await auditRows(c.tenant.id, { entityId: id, action: "oversight.activity.create" })).toHaveLength(1);
    // Other kinds get no inquiry.
    const other = ok(
      await run(c, c.admin, createActivity, {
        kind: "INSPECTION_VISIT",
        year: thisYear(),
        title: "专项视察 农村饮水安全",
      }),
    );
    expect(await unsafePrisma.inquiry.count({ where: { tenantId: c.tenant.id, activityId: other.id as string } })).toBe(
      0,
    );
  });

  test("refusals: another committee, a law inspection without its law, end before start, a unit account", async () => {
    const base = { kind: "WORK_REPORT", year: thisYear(), title: "听取审议专项工作报告" };
    const e1 = refused(
      await run(c, c.committeeUser, createActivity, { ...base, committeeId: c.otherCommittee.id }),
      "VALIDATION",
    );
    expect(e1?.fieldErrors?.committeeId?.[0]).toBe("只能为本委员会安排监督活动。");
    const e2 = refused(await run(c, c.admin, createActivity, { ...base, kind: "LAW_INSPECTION" }), "VALIDATION");
    expect(e2?.fieldErrors?.lawName?.[0]).toBe("执法检查须写明检查的法律法规。");
    const e3 = refused(
      await run(c, c.admin, createActivity, { ...base, startOn: "2026-05-02", endOn: "2026-05-01" }),
      "VALIDATION",
    );
    expect(e3?.fieldErrors?.endOn?.[0]).toBe("结束日期不能早于开始日期。");
    refused(await run(c, c.unitUser, createActivity, base), "FORBIDDEN");
    const e4 = refused(await run(c, c.admin, createActivity, { ...base, kind: "NOPE" }), "VALIDATION");
    expect(JSON.stringify(e4)).not.toMatch(/Invalid|enum|expected/i);
  });

  test("editing: a committee member edits their committee's, not another's; an inquiry's kind is fixed", async () => {
    const mine = await makeActivity(c.tenant, { committeeId: c.committee.id, kind: "WORK_REPORT", status: "PLANNED" });
    const theirs = await makeActivity(c.tenant, { committeeId: c.otherCommittee.id, kind: "WORK_REPORT" });
    const fields = { kind: "WORK_REPORT", year: thisYear(), title: "改过的名称", committeeId: c.committee.id };
    ok(await run(c, c.committeeUser, updateActivity, { ...fields, id: mine.id }));
    expect((await row(c, mine.id)).title).toBe("改过的名称");
    refused(await run(c, c.committeeUser, updateActivity, { ...fields, id: theirs.id }), "NOT_FOUND");
    const inquiry = await makeActivity(c.tenant, { kind: "SPECIAL_INQUIRY", committeeId: c.committee.id });
    const e = refused(await run(c, c.committeeUser, updateActivity, { ...fields, id: inquiry.id }), "VALIDATION");
    expect(e?.fieldErrors?.kind?.[0]).toBe("专题询问的类别不能更改。");
  });
});

describe("moves", () => {
  test("allowed moves write one event each; a wrong one is 409; cancelling needs a reason", async () => {
    const a = await makeActivity(c.tenant, { status: "PLANNED", committeeId: c.committee.id });
    ok(await run(c, c.committeeUser, changeActivityStatus, { id: a.id, to: "UNDERWAY" }));
    const after = await row(c, a.id);
    expect(after.status).toBe("UNDERWAY");
    expect(after.startOn).not.toBeNull();
    const e = refused(await run(c, c.committeeUser, changeActivityStatus, { id: a.id, to: "DONE" }), "CONFLICT");
    expect(e?.message).toContain("不能转为");
    const n = refused(await run(c, c.committeeUser, changeActivityStatus, { id: a.id, to: "CANCELLED" }), "VALIDATION");
    expect(n?.fieldErrors?.note?.[0]).toBe("请说明理由。");
    ok(await run(c, c.committeeUser, changeActivityStatus, { id: a.id, to: "CANCELLED", note: "因故取消" }));
    const events = await unsafePrisma.oversightEvent.findMany({
      where: { tenantId: c.tenant.id, activityId: a.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((x) => [x.fromStatus, x.toStatus])).toEqual([
      ["PLANNED", "UNDERWAY"],
      ["UNDERWAY", "CANCELLED"],
    ]);
    expect(events[1]!.note).toBe("因故取消");
  });

  test("moveActivity is compare-and-set: two moves from the same state, one wins", async () => {
    const a = await makeActivity(c.tenant, { status: "PLANNED" });
    const db = forTenant(c.tenant.id);
    const attempt = () =>
      db.$transaction((tx) =>
        moveActivity(tx, c.tenant.id, { activity: { id: a.id, status: "PLANNED" }, to: "UNDERWAY", actorId: null }),
      );
    const results = await Promise.allSettled([attempt(), attempt(), attempt()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await unsafePrisma.oversightEvent.count({ where: { tenantId: c.tenant.id, activityId: a.id } })).toBe(1);
  });
});

describe("report, opinions and the units' reports back", () => {
  test("report → REPORTED; opinions → OPINIONS_SENT with a due day in working days; the unit reports once", async () => {
    const a = await makeActivity(c.tenant, { status: "UNDERWAY", committeeId: c.committee.id });
    ok(
      await run(c, c.committeeUser, recordReport, {
        id: a.id,
        meeting: "市十届人大常委会第二十次会议",
        reportedOn: "2026-06-25",
        reportBody: "报告全文",
      }),
    );
    expect((await row(c, a.id)).status).toBe("REPORTED");
    // The unit is not concerned yet: it does not see the activity.
    expect(await getActivity(c.tenant.id, await memberOf(c.unitUser), a.id)).toBeNull();
    const sent = ok(
      await run(c, c.committeeUser, sendOpinions, {
        id: a.id,
        opinionsBody: "一、加强监管……",
        sentOn: "2026-06-30",
        reportBackWorkingDays: "60",
        unitIds: [c.unit.id],
      }),
    );
    const expected = (await workingCalendar(c.tenant.id)).addWorkingDays("2026-06-30", 60);
    expect(sent.dueOn).toBe(expected);
    const a2 = await row(c, a.id);
    expect(a2).toMatchObject({ status: "OPINIONS_SENT", reportBackWorkingDays: 60 });
    const noUnits = refused(
      await run(c, c.committeeUser, sendOpinions, { id: a.id, opinionsBody: "x", sentOn: "2026-06-30", unitIds: [] }),
      "VALIDATION",
    );
    expect(noUnits?.fieldErrors?.unitIds?.[0]).toBe("请至少选择一个交办单位。");

    // Now the unit sees it and may report; the other unit neither sees it nor may report for this one.
    const seen = await getActivity(c.tenant.id, await memberOf(c.unitUser), a.id);
    expect(seen?.may.reportUnitIds).toEqual([c.unit.id]);
    expect(seen?.may.manage).toBe(false);
    refused(
      await run(c, c.otherUnitUser, submitUnitReport, { id: a.id, unitId: c.unit.id, body: "冒名" }),
      "NOT_FOUND",
    );
    const work = await activitiesWork({
      tenant: { ...c.tenant, settings: {} } as never,
      member: await memberOf(c.unitUser),
      now: new Date("2026-07-01T02:00:00Z"),
    });
    expect(work.some((w) => w.id.startsWith("oversight.reportBack:") && w.href.endsWith(a.id))).toBe(true);
    ok(await run(c, c.unitUser, submitUnitReport, { id: a.id, unitId: c.unit.id, body: "已逐条研究处理。" }));
    const again = refused(
      await run(c, c.unitUser, submitUnitReport, { id: a.id, unitId: c.unit.id, body: "再报一次" }),
      "CONFLICT",
    );
    expect(again?.message).toBe("该单位已经报告过。");
    const report = await unsafePrisma.oversightUnitReport.findFirstOrThrow({
      where: { tenantId: c.tenant.id, activityId: a.id, unitId: c.unit.id },
    });
    expect(report.body).toBe("已逐条研究处理。");
    expect(report.reportedById).toBe(c.unitUser.id);
  });

  test("no report before the activity has started", async () => {
    const a = await makeActivity(c.tenant, { status: "PLANNED" });
    refused(await run(c, c.admin, recordReport, { id: a.id, meeting: "会议", reportedOn: "2026-06-25" }), "CONFLICT");
  });
});

describe("participants, points and problems", () => {
  test("problems are numbered per activity, with point, unit and a photo; listProblems reads them in order", async () => {
    const a = await makeActivity(c.tenant, { committeeId: c.committee.id });
    const point = ok(
      await run(c, c.committeeUser, addPoint, {
        id: a.id,
        place: "东辽河某排污口",
        visitedOn: todayInShanghai(),
        visitors: "执法检查组第一组",
      }),
    );
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#c00" } })
      .png()
      .toBuffer();
    const first = ok(
      await run(c, c.committeeUser, addProblem, {
        id: a.id,
        pointId: point.id,
        unitId: c.unit.id,
        description: "排污口监测设施未正常运行",
        category: "supervision",
        severity: "SERIOUS",
        photo: new Upload("photo.png", new Uint8Array(png)),
      }),
    );
    const second = ok(
      await run(c, c.committeeUser, addProblem, { id: a.id, description: "台账不全", category: "other" }),
    );
    expect([first.seq, second.seq]).toEqual([1, 2]);
    const problems = await listProblems(c.tenant.id, a.id);
    expect(problems.map((p) => p.seq)).toEqual([1, 2]);
    expect(problems[0]).toMatchObject({ pointPlace: "东辽河某排污口", unitName: c.unit.name, severity: "SERIOUS" });
    expect(problems[0]!.photoAttachmentId).not.toBeNull();
    const photo = await unsafePrisma.attachment.findFirstOrThrow({
      where: { tenantId: c.tenant.id, id: problems[0]!.photoAttachmentId! },
    });
    expect(photo).toMatchObject({ tenantId: c.tenant.id, ownerModule: "oversight", ownerId: first.id });
    const badCat = refused(
      await run(c, c.committeeUser, addProblem, { id: a.id, description: "x", category: "nope" }),
      "VALIDATION",
    );
    expect(badCat?.fieldErrors?.category).toBeDefined();
    // A point of another activity is refused.
    const elsewhere = await makeActivity(c.tenant, { committeeId: c.committee.id });
    const otherPoint = await makePoint(c.tenant, elsewhere.id);
    const e = refused(
      await run(c, c.committeeUser, addProblem, {
        id: a.id,
        pointId: otherPoint.id,
        description: "x",
        category: "other",
      }),
      "VALIDATION",
    );
    expect(e?.fieldErrors?.pointId?.[0]).toBe("找不到该检查点。");
  });

  test("participants: a deputy taking part then sees the activity; one person once", async () => {
    const a = await makeActivity(c.tenant, { committeeId: c.otherCommittee.id });
    const deputyMember = await memberOf(c.deputy.user);
    expect(await getActivity(c.tenant.id, deputyMember, a.id)).toBeNull();
    ok(await run(c, c.otherCommitteeUser, addParticipant, { id: a.id, deputyId: c.deputy.deputy.id, role: "成员" }));
    expect((await getActivity(c.tenant.id, deputyMember, a.id))?.counts.participants).toBe(1);
    const dup = refused(
      await run(c, c.otherCommitteeUser, addParticipant, { id: a.id, deputyId: c.deputy.deputy.id }),
      "VALIDATION",
    );
    expect(dup?.fieldErrors?.userId?.[0]).toBe("此人已在参加人员中。");
    const none = refused(await run(c, c.otherCommitteeUser, addParticipant, { id: a.id }), "VALIDATION");
    expect(none?.fieldErrors?.userId?.[0]).toBe("请选择一名组成人员或一名代表（只选一个）。");
  });
});

describe("who sees what", () => {
  test("lists: the city-wide see all, a committee member theirs, a unit those sent to it, a deputy theirs", async () => {
    const t = await oversightCity();
    const mine = await makeActivity(t.tenant, { committeeId: t.committee.id });
    const theirs = await makeActivity(t.tenant, { committeeId: t.otherCommittee.id });
    await makeUnitReport(t.tenant, theirs.id, t.unit.id);
    const withDeputy = await makeActivity(t.tenant, { committeeId: t.otherCommittee.id });
    await makeParticipant(t.tenant, withDeputy.id, { deputyId: t.deputy.deputy.id });
    const ids = async (u: TestUser) =>
      (await listActivities(t.tenant.id, await loadActivityViewer(await memberOf(u)), { year: thisYear() })).rows
        .map((r) => r.id)
        .sort();
    expect(await ids(t.leader)).toEqual([mine.id, theirs.id, withDeputy.id].sort());
    expect(await ids(t.committeeUser)).toEqual([mine.id]);
    expect(await ids(t.unitUser)).toEqual([theirs.id]);
    expect(await ids(t.otherUnitUser)).toEqual([]);
    expect(await ids(t.deputy.user)).toEqual([withDeputy.id]);
    const view = await listActivities(t.tenant.id, await loadActivityViewer(await memberOf(t.leader)), {
      year: thisYear(),
    });
    expect(view.progress).toMatchObject({ total: 3, started: 3, heard: 0 });
  });

  test("another city: getActivity null, its actions 404, its problems not listed", async () => {
    const a = await makeActivity(c.tenant, { committeeId: c.committee.id });
    await makeProblem(c.tenant, a.id);
    const other = await oversightCity(await createTenant());
    expect(await getActivity(other.tenant.id, await memberOf(other.admin), a.id)).toBeNull();
    expect(await listProblems(other.tenant.id, a.id)).toEqual([]);
    refused(await run(other, other.admin, changeActivityStatus, { id: a.id, to: "REPORTED" }), "NOT_FOUND");
    refused(await run(other, other.admin, addProblem, { id: a.id, description: "x", category: "other" }), "NOT_FOUND");
    expect((await row(c, a.id)).status).toBe("UNDERWAY");
  });
});

describe("the public API", () => {
  const call = async (path: string, slug: string) => {
    session.current = null;
    const res = await oversightApi(new NextRequest(`http://localhost:3000/api/v1/${slug}/${path}`), {
      params: Promise.resolve({ tenant: slug }),
    });
    return { status: res.status, body: await res.json() };
  };

  test("published activities of the year, by kind; 422 on a bad kind; 404 for an unknown city", async () => {
    const t = await oversightCity();
    const pub = await makeActivity(t.tenant, { kind: "LAW_INSPECTION", data: { published: true }, year: 2026 });
    await makeActivity(t.tenant, { kind: "LAW_INSPECTION", year: 2026 });
    await makeActivity(t.tenant, { kind: "RESEARCH", data: { published: true, status: "DONE" }, year: 2026 });
    await makePoint(t.tenant, pub.id);
    const all = await call("oversight?year=2026", t.tenant.slug);
    expect(all.status).toBe(200);
    expect(all.body.data.activities).toHaveLength(2);
    expect(all.body.data.progress).toMatchObject({ total: 2, done: 1, heard: 1, percent: 50 });
    const inspections = await call("oversight?year=2026&kind=LAW_INSPECTION", t.tenant.slug);
    expect(inspections.body.data.activities).toEqual([
      expect.objectContaining({ id: pub.id, kind: "LAW_INSPECTION", points: 1, problems: 0 }),
    ]);
    expect(JSON.stringify(inspections.body)).not.toContain("participant");
    const bad = await call("oversight?kind=NOPE", t.tenant.slug);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fieldErrors.kind).toBeDefined();
    expect((await call("oversight", "no-such-city")).status).toBe(404);
  });
});
