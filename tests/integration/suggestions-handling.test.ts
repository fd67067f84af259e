// Handling by units and the deputy's feedback against real PostgreSQL: the assisting unit's view, 三见面
// contacts, the lead unit's A/B/C reply (on time and late, the letter required the first time), the B reply's
// follow-up, the lead deputy's rating with re-handling on a new working-day deadline, the office's reopening and
// the supervising leader's 约见 — each as the people allowed and refused, with its notifications and audit rows.
import { describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { addShanghaiDays, dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import type { Result } from "@/lib/errors";
import { workingCalendar } from "@/lib/modules/calendar";
import {
  followUpSuggestion,
  getHandlingRecords,
  loadViewer,
  rateSuggestion,
  recordSuggestionContact,
  recordSuggestionMeeting,
  reopenSuggestion,
  replySuggestion,
  sendSuggestionView,
} from "@/lib/modules/suggestions";
import { auditRows, createUser } from "../factories";
import { createCalendarDay } from "../factories/calendar";
import { memberOf } from "../factories/stations";
import { insertSuggestion, suggestionCity, type SuggestionCity } from "../factories/suggestions";
import { actAs, insertKeySuggestion, pdfLetter, suggestionRow } from "../factories/suggestions-handling";

const today = () => todayInShanghai();
const inDays = (n: number) => todayInShanghai(addShanghaiDays(new Date(), n));

function refused(r: Result<unknown>, code: string) {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
  return r;
}
function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  return r.data;
}

const notesOf = (c: SuggestionCity, userId: string) =>
  unsafePrisma.notification.findMany({ where: { tenantId: c.tenant.id, userId }, orderBy: { createdAt: "asc" } });

const replyA = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  category: "A",
  body: "已在边角地建成停车场两处。",
  letter: pdfLetter(),
  ...extra,
});

describe("the assisting unit's view", () => {
  test("an assisting unit sends and amends its view; the lead unit is told; the lead unit, another unit may not", async () => {
    const c = await suggestionCity();
    const s = await insertSuggestion(c, { status: "ASSIGNED" });
    const sent = ok(
      await actAs(c, c.assistUnitUser)<{ onTime: boolean; amended: boolean }>(sendSuggestionView, {
        id: s.id,
        body: "我局同意在规划中预留停车用地。",
        file: pdfLetter(),
      }),
    );
    expect(sent).toMatchObject({ onTime: true, amended: false });
    const a = await unsafePrisma.suggestionAssignment.findFirstOrThrow({
      where: { tenantId: c.tenant.id, suggestionId: s.id, unitId: c.assistUnit.id },
    });
    expect(a.viewBody).toBe("我局同意在规划中预留停车用地。");
    expect(a.viewById).toBe(c.assistUnitUser.id);
    expect(a.viewAttachmentId).not.toBeNull();
    expect(a.viewAt).not.toBeNull();
    const again = ok(
      await actAs(c, c.assistUnitUser)<{ amended: boolean }>(sendSuggestionView, {
        id: s.id,
        body: "补充：另有两处。",
      }),
    );
    expect(again.amended).toBe(true);
    const amended = await unsafePrisma.suggestionAssignment.findFirstOrThrow({
      where: { id: a.id, tenantId: c.tenant.id },
    });
    expect(amended.viewBody).toBe("补充：另有两处。");
    expect(amended.viewAttachmentId).toBe(a.viewAttachmentId); // the file stays when none is sent again
    expect((await notesOf(c, c.leadUnitUser.id)).map((n) => n.messageKey)).toContain(
      "suggestionsHandling.notifications.viewSent",
    );
    const events = await unsafePrisma.suggestionEvent.findMany({
      where: { tenantId: c.tenant.id, suggestionId: s.id },
    });
    expect(events.filter((e) => e.kind === "view")).toHaveLength(2);
    expect((await suggestionRow(s)).status).toBe("ASSIGNED");

    refused(
      await actAs(c, c.leadUnitUser)(sendSuggestionView, { id: s.id, body: "主办单位不报协办意见" }),
      "FORBIDDEN",
    );
    refused(await actAs(c, c.otherUnitUser)(sendSuggestionView, { id: s.id, body: "无关单位" }), "NOT_FOUND");
    refused(await actAs(c, c.office)(sendSuggestionView, { id: s.id, body: "机构" }), "FORBIDDEN");
    const audits = await auditRows(c.tenant.id, { action: "suggestion.sendView", entityId: s.id });
    expect(audits).toHaveLength(2);
  });

  test("a view after its due day is late; once the lead unit has replied it can no longer be amended", async () => {
    const c = await suggestionCity();
    const s = await insertSuggestion(c, { status: "ASSIGNED" });
    await unsafePrisma.suggestionAssignment.updateMany({
      where: { tenantId: c.tenant.id, suggestionId: s.id, role: "ASSIST" },
      data: { viewDueOn: dayToDate(inDays(-1)) },
    });
    const late = ok(
      await actAs(c, c.assistUnitUser)<{ onTime: boolean }>(sendSuggestionView, { id: s.id, body: "迟报" }),
    );
    expect(late.onTime).toBe(false);
    ok(await actAs(c, c.leadUnitUser)(replySuggestion, replyA(s.id)));
    refused(await actAs(c, c.assistUnitUser)(sendSuggestionView, { id: s.id, body: "再改" }), "CONFLICT");
  });
});

describe("三见面 contacts", () => {
  test("the lead unit records contacts (not in the future); the assisting unit and another unit may not", async () => {
    const c = await suggestionCity();
    const s = await insertSuggestion(c, { status: "ASSIGNED" });
    const contact = { id: s.id, stage: "BEFORE", on: today(), way: "visit", content: "上门听取代表意见。" };
    ok(await actAs(c, c.leadUnitUser)(recordSuggestionContact, contact));
    refused(await actAs(c, c.leadUnitUser)(recordSuggestionContact, { ...contact, on: inDays(2) }), "VALIDATION");
    refused(await actAs(c, c.leadUnitUser)(recordSuggestionContact, { ...contact, way: "fax" }), "VALIDATION");
    refused(await actAs(c, c.assistUnitUser)(recordSuggestionContact, contact), "FORBIDDEN");
    refused(await actAs(c, c.otherUnitUser)(recordSuggestionContact, contact), "NOT_FOUND");
    const draft = await insertSuggestion(c, { status: "SUBMITTED" });
    refused(await actAs(c, c.leadUnitUser)(recordSuggestionContact, { ...contact, id: draft.id }), "NOT_FOUND");

    // The lead deputy reads them; another unit sees nothing.
    const deputyView = await getHandlingRecords(c.tenant.id, await loadViewer(await memberOf(c.lead.user)), s.id);
    expect(deputyView?.contacts.map((x) => [x.stage, x.way, x.on])).toEqual([["BEFORE", "visit", today()]]);
    expect(await getHandlingRecords(c.tenant.id, await loadViewer(await memberOf(c.otherUnitUser)), s.id)).toBeNull();
    expect(await auditRows(c.tenant.id, { action: "suggestion.recordContact", entityId: s.id })).toHaveLength(1);
  });
});

describe("the lead unit's reply", () => {
  test("only the lead unit replies, with the letter, from ASSIGNED; B needs a future day, C a reason", async () => {
    const c = await suggestionCity();
    const s = await insertSuggestion(c, { status: "ASSIGNED" });
    refused(await actAs(c, c.assistUnitUser)(replySuggestion, replyA(s.id)), "FORBIDDEN");
    refused(await actAs(c, c.otherUnitUser)(replySuggestion, replyA(s.id)), "NOT_FOUND");
    refused(await actAs(c, c.office)(replySuggestion, replyA(s.id)), "FORBIDDEN");
    refused(await actAs(c, c.leadUnitUser)(replySuggestion, replyA(s.id, { letter: undefined })), "VALIDATION");
    refused(await actAs(c, c.leadUnitUser)(replySuggestion, replyA(s.id, { category: "B" })), "VALIDATION");
    refused(
      await actAs(c, c.leadUnitUser)(replySuggestion, replyA(s.id, { category: "B", promisedOn: today() })),
      "VALIDATION",
    );
    refused(await actAs(c, c.leadUnitUser)(replySuggestion, replyA(s.id, { category: "C" })), "VALIDATION");
    expect((await suggestionRow(s)).status).toBe("ASSIGNED");

    const r = ok(
      await actAs(c, c.leadUnitUser)<{ kind: string; onTime: boolean; missingViews: string[] }>(
        replySuggestion,
        replyA(s.id, { category: "C", reason: "受土地指标限制，留作今后规划参考。" }),
      ),
    );
    expect(r.kind).toBe("FIRST");
    expect(r.onTime).toBe(true);
    // The assisting unit's view has not come: a warning, not a refusal.
    expect(r.missingViews).toEqual([c.assistUnit.name]);
    const row = await suggestionRow(s);
    expect(row).toMatchObject({ status: "REPLIED", replyCategory: "C", repliedOnTime: true });
    expect(row.firstRepliedAt).not.toBeNull();
    const reply = await unsafePrisma.suggestionReply.findFirstOrThrow({
      where: { tenantId: c.tenant.id, suggestionId: s.id },
    });
    expect(reply).toMatchObject({ kind: "FIRST", category: "C", reason: "受土地指标限制，留作今后规划参考。" });
    expect(reply.letterAttachmentId).not.toBeNull();
    const letter = await unsafePrisma.attachment.findFirstOrThrow({
      where: { id: reply.letterAttachmentId!, tenantId: c.tenant.id },
    });
    expect(letter).toMatchObject({ ownerModule: "suggestions", ownerKind: "replyLetter", ownerId: reply.id });

    // The lead deputy and the confirmed co-signer are told; the unconfirmed one is not.
    for (const u of [c.lead.user, c.co1.user])
      expect((await notesOf(c, u.id)).map((n) => n.href)).toContain(`/console/suggestions/${s.id}`);
    expect(await notesOf(c, c.co2.user.id)).toHaveLength(0);

    refused(await actAs(c, c.leadUnitUser)(replySuggestion, replyA(s.id)), "CONFLICT");
    const records = await getHandlingRecords(c.tenant.id, await loadViewer(await memberOf(c.co1.user)), s.id);
    expect(records?.replies.map((x) => [x.kind, x.category, x.letterAttachmentId])).toEqual([
      ["FIRST", "C", reply.letterAttachmentId],
    ]);
    const audit = await auditRows(c.tenant.id, { action: "suggestion.reply", entityId: s.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ status: "REPLIED", category: "C", repliedOnTime: true });
  });

  test("a first reply after the deadline is late (Shanghai days: the due day itself is on time)", async () => {
    const c = await suggestionCity();
    const dueToday = await insertSuggestion(c, { status: "ASSIGNED", data: { dueOn: dayToDate(today()) } });
    const late = await insertSuggestion(c, { status: "ASSIGNED", data: { dueOn: dayToDate(inDays(-1)) } });
    ok(await actAs(c, c.leadUnitUser)(replySuggestion, replyA(dueToday.id)));
    ok(await actAs(c, c.leadUnitUser)(replySuggestion, replyA(late.id)));
    expect((await suggestionRow(dueToday)).repliedOnTime).toBe(true);
    expect((await suggestionRow(late)).repliedOnTime).toBe(false);
  });
});

describe("another city", () => {
  test("another city's unit and deputy get 404 for this city's suggestion, through their own city", async () => {
    const c = await suggestionCity();
    const s = await insertSuggestion(c, { status: "ASSIGNED" });
    const d = await suggestionCity();
    const there = (user: { id: string; tenantId: string }) => actAs(d, user);
    refused(await there(d.leadUnitUser)(replySuggestion, replyA(s.id)), "NOT_FOUND");
    refused(await there(d.assistUnitUser)(sendSuggestionView, { id: s.id, body: "别市" }), "NOT_FOUND");
    refused(await there(d.lead.user)(rateSuggestion, { id: s.id, satisfaction: "SATISFIED" }), "NOT_FOUND");
    refused(await there(d.office)(reopenSuggestion, { id: s.id, reason: "别市" }), "NOT_FOUND");
    expect((await suggestionRow(s)).status).toBe("ASSIGNED");
  });
});

describe("the deputy's rating", () => {
  test("only the lead deputy rates, a replied one; 满意 with an A reply closes it", async () => {
    const c = await suggestionCity();
    const s = await insertSuggestion(c, { status: "ASSIGNED" });
    refused(await actAs(c, c.lead.user)(rateSuggestion, { id: s.id, satisfaction: "SATISFIED" }), "CONFLICT");
    ok(await actAs(c, c.leadUnitUser)(replySuggestion, replyA(s.id)));
    refused(await actAs(c, c.co1.user)(rateSuggestion, { id: s.id, satisfaction: "SATISFIED" }), "FORBIDDEN");
    refused(await actAs(c, c.office)(rateSuggestion, { id: s.id, satisfaction: "SATISFIED" }), "FORBIDDEN");
    refused(await actAs(c, c.leadUnitUser)(rateSuggestion, { id: s.id, satisfaction: "SATISFIED" }), "FORBIDDEN");
    const stranger = await createUser(c.tenant, { roles: ["deputy"] });
    refused(await actAs(c, stranger)(rateSuggestion, { id: s.id, satisfaction: "SATISFIED" }), "NOT_FOUND");
    ok(await actAs(c, c.lead.user)(rateSuggestion, { id: s.id, satisfaction: "SATISFIED", comment: "解决及时。" }));
    const row = await suggestionRow(s);
    expect(row).toMatchObject({ status: "CLOSED", satisfaction: "SATISFIED" });
    expect(row.closedAt).not.toBeNull();
    const reply = await unsafePrisma.suggestionReply.findFirstOrThrow({
      where: { tenantId: c.tenant.id, suggestionId: s.id },
    });
    expect(reply).toMatchObject({
      satisfaction: "SATISFIED",
      satisfactionComment: "解决及时。",
      ratedById: c.lead.user.id,
    });
    expect((await notesOf(c, c.leadUnitUser.id)).map((n) => n.messageKey)).toContain(
      "suggestionsHandling.notifications.rated",
    );
    expect(await auditRows(c.tenant.id, { action: "suggestion.rate", entityId: s.id })).toHaveLength(1);
  });

  test("B → 基本满意 → IN_PLAN → follow-up still B (new day) → follow-up A → CLOSED", async () => {
    const c = await suggestionCity();
    const s = await insertSuggestion(c, { status: "ASSIGNED" });
    const promised = inDays(60);
    ok(await actAs(c, c.leadUnitUser)(replySuggestion, replyA(s.id, { category: "B", promisedOn: promised })));
    expect(await suggestionRow(s)).toMatchObject({ replyCategory: "B", promisedOn: dayToDate(promised) });
    refused(await actAs(c, c.leadUnitUser)(followUpSuggestion, { id: s.id, category: "A", body: "早" }), "CONFLICT");
    ok(await actAs(c, c.lead.user)(rateSuggestion, { id: s.id, satisfaction: "BASIC" }));
    expect((await suggestionRow(s)).status).toBe("IN_PLAN");

    const follow = { id: s.id, category: "B", body: "资金已落实，明年春季开工。" };
    refused(await actAs(c, c.leadUnitUser)(followUpSuggestion, follow), "VALIDATION");
    refused(await actAs(c, c.assistUnitUser)(followUpSuggestion, { ...follow, promisedOn: inDays(90) }), "FORBIDDEN");
    refused(await actAs(c, c.lead.user)(followUpSuggestion, { ...follow, promisedOn: inDays(90) }), "FORBIDDEN");
    ok(await actAs(c, c.leadUnitUser)(followUpSuggestion, { ...follow, promisedOn: inDays(90) }));
    expect(await suggestionRow(s)).toMatchObject({ status: "IN_PLAN", promisedOn: dayToDate(inDays(90)) });

    ok(await actAs(c, c.leadUnitUser)(followUpSuggestion, { id: s.id, category: "A", body: "停车场已建成投用。" }));
    const row = await suggestionRow(s);
    expect(row).toMatchObject({ status: "CLOSED", replyCategory: "A" });
    expect(row.followUpDoneAt).not.toBeNull();
    expect(row.closedAt).not.toBeNull();
    const kinds = await unsafePrisma.suggestionReply.findMany({
      where: { tenantId: c.tenant.id, suggestionId: s.id },
      orderBy: { createdAt: "asc" },
      select: { kind: true, category: true },
    });
    expect(kinds).toEqual([
      { kind: "FIRST", category: "B" },
      { kind: "FOLLOW_UP", category: "B" },
      { kind: "FOLLOW_UP", category: "A" },
    ]);
    const keys = (await notesOf(c, c.lead.user.id)).map((n) => n.messageKey);
    expect(keys).toContain("suggestionsHandling.notifications.followUpInPlan");
    expect(keys).toContain("suggestionsHandling.notifications.followUpSolved");
    expect(await auditRows(c.tenant.id, { action: "suggestion.followUp", entityId: s.id })).toHaveLength(2);
  });

  test("不满意 → re-handling on a new working-day deadline → REHANDLE reply → 不满意 again closes it → the office reopens", async () => {
    const c = await suggestionCity();
    // A holiday on a weekday within the window: the new deadline counts working days, not weekdays.
    let holiday = inDays(3);
    while ([0, 6].includes(dayToDate(holiday).getUTCDay())) holiday = dateToDay(addShanghaiDays(dayToDate(holiday), 1));
    await createCalendarDay(c.tenant, holiday);
    const s = await insertSuggestion(c, { status: "ASSIGNED", data: { dueOn: dayToDate(inDays(-3)) } });
    ok(await actAs(c, c.leadUnitUser)(replySuggestion, replyA(s.id)));
    const first = await suggestionRow(s);
    expect(first.repliedOnTime).toBe(false);
    const r = ok(
      await actAs(c, c.lead.user)<{ status: string; dueOn: string }>(rateSuggestion, {
        id: s.id,
        satisfaction: "UNSATISFIED",
        comment: "只建了一处，且收费过高。",
      }),
    );
    const expected = (await workingCalendar(c.tenant.id)).addWorkingDays(today(), 22);
    let d = today();
    for (let n = 22; n > 0;) {
      d = dateToDay(addShanghaiDays(dayToDate(d), 1));
      if (![0, 6].includes(dayToDate(d).getUTCDay()) && d !== holiday) n--;
    }
    expect(expected).toBe(d);
    expect(r).toMatchObject({ status: "ASSIGNED", dueOn: expected });
    const again = await suggestionRow(s);
    expect(again).toMatchObject({ status: "ASSIGNED", rehandleCount: 1, satisfaction: "UNSATISFIED" });
    expect(dateToDay(again.dueOn!)).toBe(expected);
    const leadAssignment = await unsafePrisma.suggestionAssignment.findFirstOrThrow({
      where: { tenantId: c.tenant.id, suggestionId: s.id, role: "LEAD", active: true },
    });
    expect(dateToDay(leadAssignment.dueOn)).toBe(expected);
    for (const u of [c.leadUnitUser, c.assistUnitUser])
      expect((await notesOf(c, u.id)).map((n) => n.messageKey)).toContain("suggestionsHandling.notifications.rehandle");

    // The second reply is a re-handling one; the letter may be the one on file; the first reply's facts stay.
    const second = ok(
      await actAs(c, c.leadUnitUser)<{ kind: string }>(replySuggestion, {
        id: s.id,
        category: "A",
        body: "又建成一处，收费下调。",
      }),
    );
    expect(second.kind).toBe("REHANDLE");
    const afterSecond = await suggestionRow(s);
    expect(afterSecond.firstRepliedAt).toEqual(first.firstRepliedAt);
    expect(afterSecond.repliedOnTime).toBe(false);
    expect(afterSecond.satisfaction).toBeNull();

    ok(await actAs(c, c.lead.user)(rateSuggestion, { id: s.id, satisfaction: "UNSATISFIED" }));
    const closed = await suggestionRow(s);
    expect(closed).toMatchObject({ status: "CLOSED", satisfaction: "UNSATISFIED", rehandleCount: 1 });
    const replies = await unsafePrisma.suggestionReply.findMany({
      where: { tenantId: c.tenant.id, suggestionId: s.id },
      orderBy: { createdAt: "asc" },
    });
    expect(replies.map((x) => [x.kind, x.satisfaction])).toEqual([
      ["FIRST", "UNSATISFIED"],
      ["REHANDLE", "UNSATISFIED"],
    ]);

    refused(await actAs(c, c.office)(reopenSuggestion, { id: s.id, reason: " " }), "VALIDATION");
    refused(await actAs(c, c.leadUnitUser)(reopenSuggestion, { id: s.id, reason: "再办" }), "FORBIDDEN");
    refused(await actAs(c, c.lead.user)(reopenSuggestion, { id: s.id, reason: "再办" }), "FORBIDDEN");
    ok(await actAs(c, c.office)(reopenSuggestion, { id: s.id, reason: "主任会议决定再次办理。" }));
    const reopened = await suggestionRow(s);
    expect(reopened).toMatchObject({ status: "ASSIGNED", rehandleAllowance: 2, rehandleCount: 2, closedAt: null });
    expect(dateToDay(reopened.dueOn!)).toBe(expected);
    refused(await actAs(c, c.office)(reopenSuggestion, { id: s.id, reason: "再次" }), "CONFLICT");
    expect((await notesOf(c, c.leadUnitUser.id)).map((n) => n.messageKey)).toContain(
      "suggestionsHandling.notifications.reopened",
    );
    const events = await unsafePrisma.suggestionEvent.findMany({
      where: { tenantId: c.tenant.id, suggestionId: s.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.kind)).toEqual(["reply", "rehandle", "reply", "rate", "reopen"]);
    const actions = (await auditRows(c.tenant.id, { entityId: s.id })).map((a) => a.action);
    expect(actions).toEqual([
      "suggestion.reply",
      "suggestion.rate",
      "suggestion.reply",
      "suggestion.rate",
      "suggestion.reopen",
    ]);
  });
});

describe("约见 meetings", () => {
  test("the supervising leader or the office records a key one's meeting; others may not", async () => {
    const c = await suggestionCity();
    const s = await insertKeySuggestion(c, { status: "ASSIGNED" });
    const meeting = {
      id: s.id,
      on: today(),
      place: "常委会会议室",
      participants: "市住建局、代表",
      content: "约见承办单位。",
    };
    ok(await actAs(c, c.leader)(recordSuggestionMeeting, meeting));
    ok(await actAs(c, c.office)(recordSuggestionMeeting, { ...meeting, place: "" }));
    refused(await actAs(c, c.leader)(recordSuggestionMeeting, { ...meeting, on: inDays(1) }), "VALIDATION");
    const otherLeader = await createUser(c.tenant, { roles: ["leader"] });
    refused(await actAs(c, otherLeader)(recordSuggestionMeeting, meeting), "FORBIDDEN");
    refused(await actAs(c, c.leadUnitUser)(recordSuggestionMeeting, meeting), "FORBIDDEN");
    const ordinary = await insertSuggestion(c, { status: "ASSIGNED", data: { supervisingLeaderId: c.leader.id } });
    refused(await actAs(c, c.leader)(recordSuggestionMeeting, { ...meeting, id: ordinary.id }), "FORBIDDEN");
    const early = await insertKeySuggestion(c, { status: "SUBMITTED" });
    refused(await actAs(c, c.leader)(recordSuggestionMeeting, { ...meeting, id: early.id }), "CONFLICT");

    const rows = await getHandlingRecords(c.tenant.id, await loadViewer(await memberOf(c.leadUnitUser)), s.id);
    expect(rows?.meetings.map((m) => [m.leaderId, m.place])).toEqual([
      [c.leader.id, "常委会会议室"],
      [c.leader.id, ""],
    ]);
    expect(await auditRows(c.tenant.id, { action: "suggestion.recordMeeting", entityId: s.id })).toHaveLength(2);
  });
});
