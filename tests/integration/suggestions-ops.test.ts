// The lists, the clocks and the boards of deputies' suggestions against real PostgreSQL: who sees which in the
// list (a unit its own, lead and assisting marked, another unit none, a deputy theirs and their invitations, a
// committee member the key ones their committee pushes, the office the city), drafts kept to their writer, each
// tab's contents, the overdue tab's order, the working days left across a holiday, the filters' bad values; the
// units' reminders at 30, 7 and 1 working days and on the day after, across a holiday, sent once however often
// the job runs; the leaders' board; the workbench per role.
import { describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { workingCalendar } from "@/lib/modules/calendar";
import {
  keyBoard,
  keyBoardFilterSchema,
  listSuggestions,
  remindSuggestionDeadlines,
  remindSuggestionDeadlinesIn,
  suggestionListFilterSchema,
  suggestionsWorkbench as workbench,
  suggestionTabsFor,
  type SuggestionListFilter,
  type SuggestionViewer,
} from "@/lib/modules/suggestions";
import { createCommittee, createUser } from "../factories";
import { createCalendarDay } from "../factories/calendar";
import { deputyWithAccount, memberOf } from "../factories/stations";
import { suggestionCity, type SuggestionCity } from "../factories/suggestions";
import { bothUnits, opsSuggestion, viewerOf } from "../factories/suggestions-ops";

/** 08:00 in Shanghai on `day` (the jobs' cron hour). */
const at8 = (day: string) => new Date(`${day}T08:00:00+08:00`);
const NOW = at8("2026-12-14");

async function ids(c: SuggestionCity, v: SuggestionViewer, filter: SuggestionListFilter, now = NOW) {
  return (await listSuggestions(c.tenant.id, v, filter, now)).rows.map((r) => r.id);
}

describe("the list's scope", () => {
  test("a unit sees its own (lead and assisting, marked), another unit none, a deputy theirs and their invitations, a committee its key ones, the office the city; drafts stay their writer's", async () => {
    const c = await suggestionCity();
    const otherCommittee = await createCommittee(c.tenant);
    const stranger = await deputyWithAccount(c.tenant);
    const assigned = await opsSuggestion(c, {
      status: "ASSIGNED",
      units: bothUnits(c, "2026-12-18", "2026-12-16"),
      cosigners: [{ deputyId: c.co1.deputy.id, confirmed: true }],
    });
    const submitted = await opsSuggestion(c, {
      status: "SUBMITTED",
      cosigners: [{ deputyId: c.co2.deputy.id }],
    });
    const draft = await opsSuggestion(c, { status: "DRAFT", cosigners: [{ deputyId: c.co2.deputy.id }] });
    const officeDraft = await opsSuggestion(c, { status: "DRAFT", createdById: c.office.id });
    const key = await opsSuggestion(c, {
      status: "ASSIGNED",
      leadDeputyId: stranger.deputy.id,
      createdById: stranger.user.id,
      units: [{ unitId: c.otherUnit.id, role: "LEAD", dueOn: "2027-03-01" }],
      data: { isKey: true, pushingCommitteeId: c.committee.id, supervisingLeaderId: c.leader.id },
    });
    const otherKey = await opsSuggestion(c, {
      status: "REVIEWED",
      leadDeputyId: stranger.deputy.id,
      createdById: stranger.user.id,
      data: { isKey: true, pushingCommitteeId: otherCommittee.id },
    });
    const all = { tab: "all" } as const;

    const leadUnit = await listSuggestions(c.tenant.id, await viewerOf(c.leadUnitUser), all, NOW);
    expect(leadUnit.rows.map((r) => [r.id, r.unitRole])).toEqual([[assigned.id, "LEAD"]]);
    expect(leadUnit.rows[0]!.deadline).toMatchObject({ kind: "reply", day: "2026-12-18", overdue: false });
    const assist = await listSuggestions(c.tenant.id, await viewerOf(c.assistUnitUser), all, NOW);
    expect(assist.rows.map((r) => [r.id, r.unitRole])).toEqual([[assigned.id, "ASSIST"]]);
    // An assisting unit's deadline is its view's, until it sends it.
    expect(assist.rows[0]!.deadline).toMatchObject({ kind: "view", day: "2026-12-16" });
    expect(await ids(c, await viewerOf(c.otherUnitUser), all)).toEqual([key.id]);
    expect(await ids(c, await viewerOf(await createUser(c.tenant, { roles: ["unit"] })), all)).toEqual([]);

    const lead = await viewerOf(c.lead.user);
    expect((await ids(c, lead, all)).sort()).toEqual([assigned.id, submitted.id, draft.id, officeDraft.id].sort());
    // An invited co-signer sees the suggestions they are asked to sign (drafts too: they answer from the draft).
    expect((await ids(c, await viewerOf(c.co2.user), all)).sort()).toEqual([submitted.id, draft.id].sort());
    expect(await ids(c, await viewerOf(c.co1.user), all)).toEqual([assigned.id]);
    expect(await ids(c, await viewerOf(stranger.user), { tab: "drafts" })).toEqual([]);

    expect(await ids(c, await viewerOf(c.committeeUser), all)).toEqual([key.id]);
    // The office sees the city but not a deputy's draft; its own draft (entered on a deputy's behalf) it does.
    const office = await ids(c, await viewerOf(c.office), all);
    expect(office.sort()).toEqual([assigned.id, submitted.id, officeDraft.id, key.id, otherKey.id].sort());
    expect(await ids(c, await viewerOf(c.leader), all)).not.toContain(draft.id);
    expect(await ids(c, await viewerOf(c.leader), { tab: "key" })).toEqual(
      expect.arrayContaining([key.id, otherKey.id]),
    );
  });

  test("each role's tabs, the first its default", async () => {
    const c = await suggestionCity();
    expect(suggestionTabsFor(await viewerOf(c.leadUnitUser))).toEqual(["todo", "done", "all"]);
    expect(suggestionTabsFor(await viewerOf(c.lead.user))).toEqual([
      "led",
      "toCosign",
      "cosigned",
      "toRate",
      "drafts",
      "all",
    ]);
    expect(suggestionTabsFor(await viewerOf(c.committeeUser))).toEqual(["key", "overdue", "all"]);
    expect(suggestionTabsFor(await viewerOf(c.office))[0]).toBe("SUBMITTED");
    expect(suggestionTabsFor(await viewerOf(c.leader))).not.toContain("drafts");
  });
});

describe("the tabs", () => {
  test("the office's status tabs, the overdue ones longest first, the key ones; filters; bad values ignored", async () => {
    const c = await suggestionCity();
    const office = await viewerOf(c.office);
    const submitted = await opsSuggestion(c, { status: "SUBMITTED", title: "关于修缮老旧小区的建议" });
    const reviewed = await opsSuggestion(c, { status: "REVIEWED", data: { number: 12, kind: "MOTION" } });
    const handback = await opsSuggestion(c, { status: "HANDBACK_REQUESTED", units: bothUnits(c, "2026-12-11") });
    const late = await opsSuggestion(c, { status: "ASSIGNED", units: bothUnits(c, "2026-12-01") });
    const onTime = await opsSuggestion(c, { status: "ASSIGNED", units: bothUnits(c, "2027-02-01") });
    const replied = await opsSuggestion(c, { status: "REPLIED", units: bothUnits(c, "2026-11-01") });
    const inPlan = await opsSuggestion(c, {
      status: "IN_PLAN",
      units: bothUnits(c, "2026-11-01"),
      promisedOn: "2027-06-30",
    });
    const closed = await opsSuggestion(c, { status: "CLOSED", data: { isKey: true } });

    expect(await ids(c, office, { tab: "SUBMITTED" })).toEqual([submitted.id]);
    expect(await ids(c, office, { tab: "REVIEWED" })).toEqual([reviewed.id]);
    expect(await ids(c, office, { tab: "HANDBACK_REQUESTED" })).toEqual([handback.id]);
    expect(await ids(c, office, { tab: "ASSIGNED" })).toEqual([late.id, onTime.id]); // by deadline
    expect(await ids(c, office, { tab: "REPLIED" })).toEqual([replied.id]);
    expect(await ids(c, office, { tab: "IN_PLAN" })).toEqual([inPlan.id]);
    expect(await ids(c, office, { tab: "CLOSED" })).toEqual([closed.id]);
    expect(await ids(c, office, { tab: "key" })).toEqual([closed.id]);
    // Overdue: the clock runs and its day has passed; the longest overdue first. A replied one's clock has stopped.
    const overdue = await listSuggestions(c.tenant.id, office, { tab: "overdue" }, NOW);
    expect(overdue.rows.map((r) => r.id)).toEqual([late.id, handback.id]);
    expect(overdue.rows[0]!.deadline).toMatchObject({ overdue: true, workingDaysLeft: -9 });
    expect(overdue.total).toBe(2);

    expect(await ids(c, office, { tab: "all", kind: "MOTION" })).toEqual([reviewed.id]);
    expect(await ids(c, office, { tab: "all", q: "第12号" })).toEqual([reviewed.id]);
    expect(await ids(c, office, { tab: "all", q: "老旧小区" })).toEqual([submitted.id]);
    expect(await ids(c, office, { tab: "all", year: 2025 })).toEqual([]);
    expect(await ids(c, office, { tab: "all", unitId: c.assistUnit.id })).toHaveLength(5);
    const page = await listSuggestions(c.tenant.id, office, { tab: "all", pageSize: 3, page: 3 }, NOW);
    expect([page.total, page.rows.length]).toEqual([8, 2]);

    expect(
      suggestionListFilterSchema.parse({ tab: "nope", year: "abc", unitId: "x", kind: "LAW", page: "-1", q: "" }),
    ).toEqual({});
    expect(suggestionListFilterSchema.parse({ tab: "overdue", year: "2026", page: "2" })).toEqual({
      tab: "overdue",
      year: 2026,
      page: 2,
    });
    expect(keyBoardFilterSchema.parse({ mine: "yes", show: "x", committeeId: "1" })).toEqual({ mine: false });
  });

  test("a deputy's tabs: led, to co-sign (unanswered), co-signed, to rate", async () => {
    const c = await suggestionCity();
    const led = await opsSuggestion(c, { status: "SUBMITTED", cosigners: [{ deputyId: c.co1.deputy.id }] });
    const toRate = await opsSuggestion(c, {
      status: "REPLIED",
      units: bothUnits(c, "2026-12-30"),
      cosigners: [{ deputyId: c.co1.deputy.id, confirmed: true }],
    });
    await opsSuggestion(c, { status: "SUBMITTED", cosigners: [{ deputyId: c.co1.deputy.id, declined: true }] });
    const lead = await viewerOf(c.lead.user);
    const co1 = await viewerOf(c.co1.user);
    expect((await ids(c, lead, { tab: "led" })).length).toBe(3);
    expect(await ids(c, lead, { tab: "toRate" })).toEqual([toRate.id]);
    expect(await ids(c, co1, { tab: "toCosign" })).toEqual([led.id]);
    expect(await ids(c, co1, { tab: "cosigned" })).toEqual([toRate.id]);
    expect(await ids(c, co1, { tab: "toRate" })).toEqual([]);
    expect(await ids(c, co1, { tab: "led" })).toEqual([]);
  });

  test("a unit's inbox: what it owes, the nearest deadline first, working days across a holiday; the rest is done", async () => {
    const c = await suggestionCity();
    // Wednesday 2026-12-16 is a day off: from Monday 12-14 to Friday 12-18 are three working days (15, 17, 18).
    await createCalendarDay(c.tenant, "2026-12-16", { name: "测试假日" });
    const soon = await opsSuggestion(c, { status: "ASSIGNED", units: bothUnits(c, "2026-12-18", "2026-12-15") });
    const later = await opsSuggestion(c, { status: "ASSIGNED", units: bothUnits(c, "2027-01-29", "2026-12-31") });
    const promise = await opsSuggestion(c, {
      status: "IN_PLAN",
      units: bothUnits(c, "2026-10-01"),
      promisedOn: "2026-12-22",
    });
    const replied = await opsSuggestion(c, { status: "REPLIED", units: bothUnits(c, "2026-12-10") });
    const viewSent = await opsSuggestion(c, {
      status: "ASSIGNED",
      units: [
        { unitId: c.leadUnit.id, role: "LEAD", dueOn: "2027-02-26" },
        { unitId: c.assistUnit.id, role: "ASSIST", dueOn: "2027-02-26", viewDueOn: "2026-12-20", viewAt: new Date() },
      ],
    });
    // An earlier round of another unit's (handed back): done for that unit, not its inbox.
    const handedBack = await opsSuggestion(c, {
      status: "ASSIGNED",
      units: [
        { unitId: c.otherUnit.id, role: "LEAD", dueOn: "2027-01-10", active: false },
        { unitId: c.leadUnit.id, role: "LEAD", dueOn: "2027-03-10", round: 2 },
      ],
    });

    const leadUnit = await viewerOf(c.leadUnitUser);
    const inbox = await listSuggestions(c.tenant.id, leadUnit, { tab: "todo" }, NOW);
    expect(inbox.rows.map((r) => r.id)).toEqual([soon.id, promise.id, later.id, viewSent.id, handedBack.id]);
    expect(inbox.rows[0]!.deadline).toMatchObject({ kind: "reply", workingDaysLeft: 3, overdue: false });
    expect(inbox.rows[1]!.deadline).toMatchObject({ kind: "promise", day: "2026-12-22" });
    expect(inbox.rows.every((r) => r.unitRole === "LEAD")).toBe(true);
    expect(await ids(c, leadUnit, { tab: "done" })).toEqual([replied.id]);
    // Its whole list, paged: a page past the end is empty but still counts.
    const third = await listSuggestions(c.tenant.id, leadUnit, { tab: "all", pageSize: 2, page: 3 }, NOW);
    expect([third.total, third.rows.length]).toEqual([6, 2]);
    const past = await listSuggestions(c.tenant.id, leadUnit, { tab: "all", pageSize: 2, page: 5 }, NOW);
    expect([past.total, past.rows.length]).toEqual([6, 0]);
    const inboxPage = await listSuggestions(c.tenant.id, leadUnit, { tab: "todo", pageSize: 2, page: 3 }, NOW);
    expect([inboxPage.total, inboxPage.rows.map((r) => r.id)]).toEqual([5, [handedBack.id]]);

    const assist = await viewerOf(c.assistUnitUser);
    const views = await listSuggestions(c.tenant.id, assist, { tab: "todo" }, NOW);
    expect(views.rows.map((r) => [r.id, r.unitRole, r.deadline?.kind, r.deadline?.workingDaysLeft])).toEqual([
      [soon.id, "ASSIST", "view", 1],
      [later.id, "ASSIST", "view", expect.any(Number)],
    ]);
    expect((await ids(c, assist, { tab: "done" })).sort()).toEqual([promise.id, replied.id, viewSent.id].sort());
    expect(await ids(c, await viewerOf(c.otherUnitUser), { tab: "todo" })).toEqual([]);
    expect(await ids(c, await viewerOf(c.otherUnitUser), { tab: "done" })).toEqual([handedBack.id]);
  });
});

const notifications = (t: { id: string }) =>
  unsafePrisma.notification.findMany({
    where: { tenantId: t.id },
    orderBy: [{ createdAt: "asc" }, { dedupeKey: "asc" }],
  });

describe("deadline reminders", () => {
  test("30, 7 and 1 working days before, nothing new on the day, overdue after it, across a holiday; a rerun sends nothing twice", async () => {
    const c = await suggestionCity();
    await createCalendarDay(c.tenant, "2026-12-16", { name: "测试假日" });
    const cal = await workingCalendar(c.tenant.id);
    const due = "2026-12-18";
    const s = await opsSuggestion(c, {
      status: "ASSIGNED",
      units: [{ unitId: c.leadUnit.id, role: "LEAD", dueOn: due }],
    });
    // Replied: its clock has stopped, no reminder whatever its day.
    await opsSuggestion(c, { status: "REPLIED", units: [{ unitId: c.leadUnit.id, role: "LEAD", dueOn: due }] });
    const d30 = cal.addWorkingDays(due, -30);
    const d7 = cal.addWorkingDays(due, -7);
    expect(d7).toBe("2026-12-08"); // not 12-09: the holiday is not counted
    const run = (day: string) => remindSuggestionDeadlinesIn(c.tenant.id, at8(day));

    expect(await run(cal.addWorkingDays(due, -31))).toBe(0);
    expect(await run(d30)).toBe(1);
    expect(await run(d30)).toBe(0); // the same day again
    expect(await run(cal.addWorkingDays(due, -8))).toBe(0); // d30 already sent
    expect(await run(d7)).toBe(1);
    expect(await run("2026-12-16")).toBe(0); // the holiday: two working days left, d7 already sent
    expect(await run("2026-12-17")).toBe(1); // one left
    expect(await run(due)).toBe(0); // the day itself (0 left): d1 already sent
    // The day after: the unit and the office, each once, however often the job runs (the handler too).
    await remindSuggestionDeadlines({ tenantId: c.tenant.id, now: at8("2026-12-19").toISOString() });
    await remindSuggestionDeadlines({ tenantId: c.tenant.id, now: at8("2026-12-19").toISOString() });
    expect(await run("2026-12-21")).toBe(0);

    const rows = await notifications(c.tenant);
    const key = (level: string) => `suggestion:${s.id}:reply-${due}:${level}`;
    expect(rows.map((r) => [r.userId, r.messageKey, r.dedupeKey])).toEqual([
      [c.leadUnitUser.id, "suggestionsOps.reminders.reply.dueIn", key("d30")],
      [c.leadUnitUser.id, "suggestionsOps.reminders.reply.dueIn", key("d7")],
      [c.leadUnitUser.id, "suggestionsOps.reminders.reply.dueIn", key("d1")],
      [c.leadUnitUser.id, "suggestionsOps.reminders.reply.overdue", key("overdue")],
      [c.office.id, "suggestionsOps.reminders.reply.overdueOffice", `${key("overdue")}:office`],
    ]);
    // The 19th is a Saturday: no working day has passed since the deadline yet.
    expect(rows.map((r) => (r.values as { days: number }).days)).toEqual([30, 7, 1, 0, 0]);
    expect(rows[0]!.values).toMatchObject({ dueOn: { day: due }, title: s.title });
    expect(rows.every((r) => r.href === `/console/suggestions/${s.id}`)).toBe(true);
    expect(rows.some((r) => [c.assistUnitUser.id, c.otherUnitUser.id].includes(r.userId))).toBe(false);
  });

  test("an assisting unit's view until sent, a B reply's promised day; a missed day sends on the deadline; other cities apart", async () => {
    const c = await suggestionCity();
    const other = await suggestionCity();
    const s = await opsSuggestion(c, { status: "ASSIGNED", units: bothUnits(c, "2027-03-31", "2026-12-18") });
    const sent = await opsSuggestion(c, {
      status: "ASSIGNED",
      units: [
        { unitId: c.leadUnit.id, role: "LEAD", dueOn: "2027-03-31" },
        { unitId: c.otherUnit.id, role: "ASSIST", dueOn: "2027-03-31", viewDueOn: "2026-12-18", viewAt: new Date() },
      ],
    });
    const plan = await opsSuggestion(c, {
      status: "IN_PLAN",
      units: [{ unitId: c.leadUnit.id, role: "LEAD", dueOn: "2026-10-01" }],
      promisedOn: "2026-12-18",
    });
    await opsSuggestion(other, { status: "IN_PLAN", units: bothUnits(other, "2026-10-01"), promisedOn: "2026-12-18" });

    // The 18th itself, no earlier run that month: the nearest level (d1), as "due today".
    expect(await remindSuggestionDeadlinesIn(c.tenant.id, "2026-12-18")).toBe(2);
    expect(await remindSuggestionDeadlinesIn(c.tenant.id, "2026-12-21")).toBe(3); // view overdue; promise: unit + office
    expect(await remindSuggestionDeadlinesIn(c.tenant.id, "2026-12-21")).toBe(0);
    const rows = await notifications(c.tenant);
    expect(rows.map((r) => [r.userId, r.messageKey, r.dedupeKey]).sort()).toEqual(
      [
        [
          c.assistUnitUser.id,
          "suggestionsOps.reminders.view.dueToday",
          `suggestion:${s.id}:view-${c.assistUnit.id}-2026-12-18:d1`,
        ],
        [c.leadUnitUser.id, "suggestionsOps.reminders.promise.dueToday", `suggestion:${plan.id}:promise-2026-12-18:d1`],
        [
          c.assistUnitUser.id,
          "suggestionsOps.reminders.view.overdue",
          `suggestion:${s.id}:view-${c.assistUnit.id}-2026-12-18:overdue`,
        ],
        [
          c.leadUnitUser.id,
          "suggestionsOps.reminders.promise.overdue",
          `suggestion:${plan.id}:promise-2026-12-18:overdue`,
        ],
        [
          c.office.id,
          "suggestionsOps.reminders.promise.overdueOffice",
          `suggestion:${plan.id}:promise-2026-12-18:overdue:office`,
        ],
      ].sort(),
    );
    expect(rows.some((r) => r.dedupeKey.includes(sent.id))).toBe(false);
    expect(await notifications(other.tenant)).toEqual([]);
  });

  test("a level not shorter than the whole clock is skipped: a 22-working-day view hears at 7 and 1, not at 30", async () => {
    const c = await suggestionCity();
    const cal = await workingCalendar(c.tenant.id);
    const assignedOn = "2026-11-16";
    const viewDueOn = cal.addWorkingDays(assignedOn, 22);
    const s = await opsSuggestion(c, {
      status: "ASSIGNED",
      units: [
        { unitId: c.leadUnit.id, role: "LEAD", dueOn: "2027-02-26", assignedOn },
        { unitId: c.assistUnit.id, role: "ASSIST", dueOn: "2027-02-26", viewDueOn, assignedOn },
      ],
    });
    expect(await remindSuggestionDeadlinesIn(c.tenant.id, "2026-11-17")).toBe(0); // 21 left of 22: no "30"
    expect(await remindSuggestionDeadlinesIn(c.tenant.id, cal.addWorkingDays(viewDueOn, -7))).toBe(1);
    expect((await notifications(c.tenant)).map((r) => r.dedupeKey)).toEqual([
      `suggestion:${s.id}:view-${c.assistUnit.id}-${viewDueOn}:d7`,
    ]);
  });
});

describe("the leaders' board", () => {
  test("key suggestions with leader, committee, unit, deadline, last contact and meeting, reply; mine; by committee", async () => {
    const c = await suggestionCity();
    const otherLeader = await createUser(c.tenant, { roles: ["leader"] });
    const mine = await opsSuggestion(c, {
      status: "ASSIGNED",
      units: bothUnits(c, "2026-12-01"),
      data: { isKey: true, supervisingLeaderId: c.leader.id, pushingCommitteeId: c.committee.id },
    });
    const theirs = await opsSuggestion(c, {
      status: "REPLIED",
      units: bothUnits(c, "2027-01-01"),
      data: { isKey: true, supervisingLeaderId: otherLeader.id, replyCategory: "B" },
    });
    await opsSuggestion(c, { status: "CLOSED", data: { isKey: true, supervisingLeaderId: c.leader.id } });
    await opsSuggestion(c, { status: "ASSIGNED", units: bothUnits(c, "2026-12-01") }); // not key
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    await unsafePrisma.suggestionContact.createMany({
      data: ["2026-11-02", "2026-11-20"].map((on) => ({
        tenantId: c.tenant.id,
        suggestionId: mine.id,
        unitId: c.leadUnit.id,
        stage: "BEFORE" as const,
        on: day(on),
        way: "visit",
        content: "上门听取代表意见",
      })),
    });
    await unsafePrisma.suggestionMeeting.create({
      data: {
        tenantId: c.tenant.id,
        suggestionId: mine.id,
        leaderId: c.leader.id,
        on: day("2026-11-25"),
        content: "约见",
      },
    });

    const board = await keyBoard(c.tenant.id, c.leader.id, keyBoardFilterSchema.parse({}), NOW);
    expect(board.rows.map((r) => r.id)).toEqual([mine.id, theirs.id]); // by committee (none last), open only
    expect(board.rows[0]).toMatchObject({
      supervisingLeaderName: c.leader.displayName,
      pushingCommitteeName: expect.any(String),
      leadUnitName: c.leadUnit.name,
      lastContactOn: "2026-11-20",
      lastMeetingOn: "2026-11-25",
      deadline: { overdue: true, kind: "reply" },
    });
    expect(board.rows[1]).toMatchObject({ replyCategory: "B", pushingCommitteeId: null, deadline: null });
    expect(board.committees).toEqual([{ id: c.committee.id, name: expect.any(String), count: 1 }]);
    const own = await keyBoard(c.tenant.id, c.leader.id, keyBoardFilterSchema.parse({ mine: "1", show: "all" }), NOW);
    expect(own.total).toBe(2);
    const overdue = await keyBoard(c.tenant.id, c.leader.id, keyBoardFilterSchema.parse({ show: "overdue" }), NOW);
    expect(overdue.rows.map((r) => r.id)).toEqual([mine.id]);
    const byCommittee = await keyBoard(c.tenant.id, c.leader.id, { mine: false, committeeId: c.committee.id }, NOW);
    expect(byCommittee.rows.map((r) => r.id)).toEqual([mine.id]);
  });
});

describe("the workbench", () => {
  test("the office's, a deputy's, a unit's (nearest first) and a leader's items", async () => {
    const c = await suggestionCity();
    await opsSuggestion(c, { status: "SUBMITTED", cosigners: [{ deputyId: c.co1.deputy.id }] });
    await opsSuggestion(c, { status: "REVIEWED" });
    await opsSuggestion(c, { status: "HANDBACK_REQUESTED", units: bothUnits(c, "2027-01-20") });
    const late = await opsSuggestion(c, {
      status: "ASSIGNED",
      units: bothUnits(c, "2026-12-01"),
      data: { isKey: true, supervisingLeaderId: c.leader.id },
    });
    await opsSuggestion(c, { status: "REPLIED", units: bothUnits(c, "2027-01-20") });
    await opsSuggestion(c, { status: "DRAFT" });
    const tenant = c.tenant as never;
    const items = async (user: { id: string; tenantId: string }) =>
      workbench({ tenant, member: await memberOf(user), now: NOW });
    const list = `/${c.tenant.slug}/console/suggestions`;

    const office = await items(c.office);
    expect(office.map((i) => [i.id, i.count, i.href])).toEqual([
      ["suggestions.toReview", 1, `${list}?tab=SUBMITTED`],
      ["suggestions.toAssign", 1, `${list}?tab=REVIEWED`],
      ["suggestions.handback", 1, `${list}?tab=HANDBACK_REQUESTED`],
      ["suggestions.overdue", 1, `${list}?tab=overdue`],
    ]);
    expect((await items(c.lead.user)).map((i) => [i.id, i.count])).toEqual([
      ["suggestions.toRate", 1],
      ["suggestions.drafts", 1],
    ]);
    expect((await items(c.co1.user)).map((i) => [i.id, i.count])).toEqual([["suggestions.toCosign", 1]]);
    const unit = await items(c.leadUnitUser);
    expect(unit.map((i) => [i.id, i.label, i.due?.day])).toEqual([
      [`suggestions.unitDue:${late.id}`, "suggestionsOps.workbench.unitDue", "2026-12-01"],
      [expect.stringMatching(/^suggestions\.unitDue:/), "suggestionsOps.workbench.unitHandback", "2027-01-20"],
    ]);
    expect(unit[0]!.due!.workingDaysLeft).toBeLessThan(0);
    expect((await items(c.assistUnitUser)).map((i) => i.label)).toEqual([
      "suggestionsOps.workbench.unitView",
      "suggestionsOps.workbench.unitView",
    ]);
    expect((await items(c.otherUnitUser)).length).toBe(0);
    expect((await items(c.leader)).map((i) => [i.id, i.count, i.href])).toEqual([
      ["suggestions.keyOverdue", 1, `${list}/key?show=overdue`],
      ["suggestions.keyMine", 1, `${list}/key?mine=1`],
    ]);
  });
});
