// The console side of citizens' messages against real PostgreSQL: every move as each role (allowed and
// refused), each role's scope in the lists and on one message, the unit's working-day deadline across a holiday,
// the hand-back window, reassigning, a reply on time and late, sending back, releasing, merging, the audited
// reveal of the contact (lists never carry the phone), publishing, and another city's message answering 404.
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import type { Result } from "@/lib/errors";
import { Upload } from "@/lib/modules/attachments";
import { workingCalendar } from "@/lib/modules/calendar";
import {
  acceptMessage,
  answerMessage,
  classifyMessage,
  declineMessage,
  getMessage,
  listMessages,
  loadViewer,
  mergeMessage,
  messageListFilterSchema,
  publishMessage,
  reassignMessage,
  refuseHandback,
  releaseReply,
  replyMessage,
  requestHandback,
  returnMessage,
  revealMessageContact,
  sendBackReply,
  transferMessage,
} from "@/lib/modules/citizen-messages";
import type { MessageStatus } from "@/lib/modules/citizen-messages";
import { newReceiptCode } from "@/lib/receipt";
import { createCalendarDay } from "../factories/calendar";
import { auditRows, createTenant, createUnit, createUser, sessionFor, type TestUser } from "../factories";
import { deputyAffairsUser, deputyWithAccount, memberOf, station, stationUser } from "../factories/stations";

const PHONE = "13812345678";

type City = Awaited<ReturnType<typeof city>>;

/** A city with two stations, a deputy grouped into the first, staff of each, two units with an account each,
 *  the office and a leader. */
async function city() {
  const tenant = await createTenant();
  const s1 = await station(tenant);
  const s2 = await station(tenant);
  const { user: deputy, deputy: deputyRow } = await deputyWithAccount(tenant);
  await unsafePrisma.stationDeputy.create({ data: { tenantId: tenant.id, stationId: s1.id, deputyId: deputyRow.id } });
  const unitA = await createUnit(tenant);
  const unitB = await createUnit(tenant);
  return {
    tenant,
    s1,
    s2,
    deputy,
    deputyRow,
    staff1: await stationUser(tenant, s1.id),
    staff2: await stationUser(tenant, s2.id),
    unitA,
    unitB,
    userA: await createUser(tenant, { roles: [{ role: "unit", scopeId: unitA.id }] }),
    userB: await createUser(tenant, { roles: [{ role: "unit", scopeId: unitB.id }] }),
    office: await deputyAffairsUser(tenant),
    leader: await createUser(tenant, { roles: ["leader"] }),
  };
}

async function message(
  c: { tenant: { id: string }; s1: { id: string } },
  data: Partial<{
    stationId: string;
    deputyId: string | null;
    status: MessageStatus;
    unitId: string;
    dueOn: string;
    transferredAt: Date;
    publishConsent: boolean;
    createdAt: Date;
    title: string;
  }> = {},
) {
  const { dueOn, ...rest } = data;
  return unsafePrisma.citizenMessage.create({
    data: {
      tenantId: c.tenant.id,
      stationId: c.s1.id,
      category: "urban",
      title: "路灯不亮",
      body: "小区门口路灯坏了一个月。",
      name: "张三",
      phone: PHONE,
      email: "zhang@example.cn",
      replyByPhone: true,
      receiptCode: newReceiptCode(),
      ...rest,
      ...(dueOn ? { dueOn: dayToDate(dueOn) } : {}),
    },
  });
}

function run<R>(def: Parameters<typeof executeAction>[0], tenantSlug: string, user: TestUser, input: unknown) {
  return executeAction(def, tenantSlug, input, sessionFor(user)) as Promise<Result<R>>;
}

const act = (c: City, user: TestUser) => ({
  do: <R = unknown>(def: Parameters<typeof executeAction>[0], input: unknown) =>
    run<R>(def, c.tenant.slug, user, input),
});

type Ref = { id: string; tenantId: string };
const rowOf = (m: Ref) => unsafePrisma.citizenMessage.findFirstOrThrow({ where: { id: m.id, tenantId: m.tenantId } });
const statusOf = async (m: Ref) => (await rowOf(m)).status;

function refused(r: Result<unknown>, code: string) {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
  return r;
}

async function viewerOf(user: TestUser) {
  return loadViewer((await memberOf(user))!);
}

describe("accept and return", () => {
  test("the deputy, the station's staff and the office accept; staff of another station, a unit and a leader may not", async () => {
    const c = await city();
    for (const who of [c.deputy, c.staff1, c.office]) {
      const m = await message(c);
      expect((await act(c, who).do(acceptMessage, { id: m.id })).ok).toBe(true);
      expect(await statusOf(m)).toBe("ACCEPTED");
    }
    const m = await message(c);
    refused(await act(c, c.staff2).do(acceptMessage, { id: m.id }), "NOT_FOUND");
    refused(await act(c, c.userA).do(acceptMessage, { id: m.id }), "NOT_FOUND");
    refused(await act(c, c.leader).do(acceptMessage, { id: m.id }), "FORBIDDEN");
    expect(await statusOf(m)).toBe("SUBMITTED");
    const events = await unsafePrisma.citizenMessageEvent.findMany({ where: { tenantId: c.tenant.id } });
    expect(events.filter((e) => e.kind === "accept")).toHaveLength(3);
    const audit = await auditRows(c.tenant.id, { action: "message.accept" });
    expect(audit).toHaveLength(3);
  });

  test("a deputy sees and accepts a message addressed to them at another station", async () => {
    const c = await city();
    const m = await message(c, { stationId: c.s2.id, deputyId: c.deputyRow.id });
    expect((await act(c, c.deputy).do(acceptMessage, { id: m.id })).ok).toBe(true);
  });

  test("returning needs a reason the citizen sees; a second accept of the same message is refused", async () => {
    const c = await city();
    const m = await message(c);
    const empty = refused(await act(c, c.staff1).do(returnMessage, { id: m.id, reason: "  " }), "VALIDATION");
    if (!empty.ok) expect(empty.error.fieldErrors?.reason?.length).toBeGreaterThan(0);
    expect((await act(c, c.staff1).do(returnMessage, { id: m.id, reason: "不属于本站受理范围" })).ok).toBe(true);
    const row = await rowOf(m);
    expect([row.status, row.reason]).toEqual(["RETURNED", "不属于本站受理范围"]);
    const ev = await unsafePrisma.citizenMessageEvent.findFirstOrThrow({
      where: { tenantId: c.tenant.id, messageId: m.id },
    });
    expect([ev.kind, ev.public, ev.note]).toEqual(["return", true, "不属于本站受理范围"]);
    const again = refused(await act(c, c.staff1).do(acceptMessage, { id: m.id }), "CONFLICT");
    if (!again.ok) expect(again.error.message).toContain("不予受理");
  });
});

describe("classify, decline, answer", () => {
  test("only the office classifies, into one of the city's categories", async () => {
    const c = await city();
    const m = await message(c, { status: "ACCEPTED" });
    refused(await act(c, c.deputy).do(classifyMessage, { id: m.id, category: "transport" }), "FORBIDDEN");
    const bad = refused(await act(c, c.office).do(classifyMessage, { id: m.id, category: "火星" }), "VALIDATION");
    if (!bad.ok) expect(bad.error.fieldErrors?.category).toEqual(["请选择列表中的类别。"]);
    expect((await act(c, c.office).do(classifyMessage, { id: m.id, category: "transport" })).ok).toBe(true);
    const row = await rowOf(m);
    expect([row.status, row.category]).toEqual(["CLASSIFIED", "transport"]);
  });

  test("the office declines with a reason; the deputy may not decline", async () => {
    const c = await city();
    const m = await message(c, { status: "ACCEPTED" });
    refused(await act(c, c.deputy).do(declineMessage, { id: m.id, reason: "已另行处理" }), "FORBIDDEN");
    expect((await act(c, c.office).do(declineMessage, { id: m.id, reason: "已另行处理" })).ok).toBe(true);
    expect(await statusOf(m)).toBe("DECLINED");
  });

  test("the deputy answers directly: released at once, a reply without a unit; station staff may not", async () => {
    const c = await city();
    const m = await message(c, { status: "ACCEPTED" });
    refused(await act(c, c.staff1).do(answerMessage, { id: m.id, body: "已联系供电所。" }), "FORBIDDEN");
    expect((await act(c, c.deputy).do(answerMessage, { id: m.id, body: "已联系供电所。" })).ok).toBe(true);
    const row = await rowOf(m);
    expect(row.status).toBe("RELEASED");
    expect(row.releasedAt).not.toBeNull();
    const replies = await unsafePrisma.citizenMessageReply.findMany({
      where: { tenantId: c.tenant.id, messageId: m.id },
    });
    expect(replies.map((r) => [r.unitId, r.round, r.releasedAt !== null])).toEqual([[null, 1, true]]);
  });
});

describe("transfer and the working-day deadline", () => {
  test("due in the city's 15 working days, a holiday on the way pushing it a day; the unit's users are notified", async () => {
    const c = await city();
    const today = todayInShanghai();
    // A holiday on a weekday inside the next 15 working days.
    let holiday = dateToDay(new Date(dayToDate(today).getTime() + 3 * 86_400_000));
    while ([0, 6].includes(dayToDate(holiday).getUTCDay()))
      holiday = dateToDay(new Date(dayToDate(holiday).getTime() + 86_400_000));
    await createCalendarDay(c.tenant, holiday);
    const weekdaysOnly = (n: number, skip: string[]) => {
      let d = today;
      while (n > 0) {
        d = dateToDay(new Date(dayToDate(d).getTime() + 86_400_000));
        if (![0, 6].includes(dayToDate(d).getUTCDay()) && !skip.includes(d)) n--;
      }
      return d;
    };
    const m = await message(c, { status: "CLASSIFIED" });
    refused(await act(c, c.deputy).do(transferMessage, { id: m.id, unitId: c.unitA.id }), "FORBIDDEN");
    const r = await act(c, c.office).do<{ dueOn: string }>(transferMessage, { id: m.id, unitId: c.unitA.id });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.dueOn).toBe(weekdaysOnly(15, [holiday]));
    expect(r.data.dueOn).not.toBe(weekdaysOnly(15, []));
    expect(r.data.dueOn).toBe((await workingCalendar(c.tenant.id)).addWorkingDays(today, 15));
    const row = await rowOf(m);
    expect([row.status, row.unitId, row.dueOn && dateToDay(row.dueOn)]).toEqual([
      "TRANSFERRED",
      c.unitA.id,
      r.data.dueOn,
    ]);
    const notes = await unsafePrisma.notification.findMany({ where: { tenantId: c.tenant.id } });
    expect(notes.map((n) => n.userId)).toEqual([c.userA.id]);
    expect(notes[0]?.href).toBe(`/console/messages/${m.id}`);
  });

  test("an unknown unit, or a chosen deadline that is not a later working day, is refused with the field named", async () => {
    const c = await city();
    const other = await createTenant();
    const foreignUnit = await createUnit(other);
    const m = await message(c, { status: "CLASSIFIED" });
    const r1 = refused(await act(c, c.office).do(transferMessage, { id: m.id, unitId: foreignUnit.id }), "VALIDATION");
    if (!r1.ok) expect(r1.error.fieldErrors?.unitId).toEqual(["请选择有效的承办单位。"]);
    const r2 = refused(
      await act(c, c.office).do(transferMessage, { id: m.id, unitId: c.unitA.id, dueOn: todayInShanghai() }),
      "VALIDATION",
    );
    if (!r2.ok) expect(r2.error.fieldErrors?.dueOn).toEqual(["答复期限须是今天以后的一个工作日。"]);
    expect(await statusOf(m)).toBe("CLASSIFIED");
  });
});

describe("the unit: hand-back, reassign, reply", () => {
  test("a hand-back inside the window; the office reassigns to unit B (unit A no longer sees it) or refuses", async () => {
    const c = await city();
    const m = await message(c, {
      status: "TRANSFERRED",
      unitId: c.unitA.id,
      dueOn: "2099-01-01",
      transferredAt: new Date(),
    });
    expect((await getMessage(c.tenant.id, await viewerOf(c.userA), m.id))?.moves).toEqual(["requestHandback", "reply"]);
    refused(await act(c, c.userB).do(requestHandback, { id: m.id, reason: "不归我们管" }), "NOT_FOUND");
    expect((await act(c, c.userA).do(requestHandback, { id: m.id, reason: "属于交通局职责" })).ok).toBe(true);
    expect(await statusOf(m)).toBe("HANDBACK_REQUESTED");
    const same = refused(await act(c, c.office).do(reassignMessage, { id: m.id, unitId: c.unitA.id }), "VALIDATION");
    if (!same.ok) expect(same.error.fieldErrors?.unitId).toEqual(["请选择另一个承办单位。"]);
    refused(await act(c, c.userA).do(reassignMessage, { id: m.id, unitId: c.unitB.id }), "FORBIDDEN");
    expect((await act(c, c.office).do(reassignMessage, { id: m.id, unitId: c.unitB.id })).ok).toBe(true);
    const row = await rowOf(m);
    expect([row.status, row.unitId]).toEqual(["TRANSFERRED", c.unitB.id]);
    expect(await getMessage(c.tenant.id, await viewerOf(c.userA), m.id)).toBeNull();
    expect(await getMessage(c.tenant.id, await viewerOf(c.userB), m.id)).not.toBeNull();

    const m2 = await message(c, { status: "HANDBACK_REQUESTED", unitId: c.unitA.id, dueOn: "2099-01-01" });
    expect((await act(c, c.office).do(refuseHandback, { id: m2.id, reason: "属于你单位职责" })).ok).toBe(true);
    const row2 = await rowOf(m2);
    expect([row2.status, row2.unitId]).toEqual(["TRANSFERRED", c.unitA.id]);
  });

  test("after HANDBACK_WORKING_DAYS working days the hand-back is refused", async () => {
    const c = await city();
    const m = await message(c, {
      status: "TRANSFERRED",
      unitId: c.unitA.id,
      dueOn: "2099-01-01",
      transferredAt: new Date(Date.now() - 14 * 86_400_000),
    });
    expect((await getMessage(c.tenant.id, await viewerOf(c.userA), m.id))?.moves).toEqual(["reply"]);
    const r = refused(await act(c, c.userA).do(requestHandback, { id: m.id, reason: "不归我们管" }), "CONFLICT");
    if (!r.ok) expect(r.error.message).toBe("交办已超过 3 个工作日，不能再申请退回，请与代表工作室联系。");
    expect(await statusOf(m)).toBe("TRANSFERRED");
  });

  test("a reply on time with a file, a late one; another unit and the deputy may not reply", async () => {
    const c = await city();
    const onTime = await message(c, { status: "TRANSFERRED", unitId: c.unitA.id, dueOn: "2099-01-01" });
    refused(await act(c, c.userB).do(replyMessage, { id: onTime.id, body: "已修复" }), "NOT_FOUND");
    refused(await act(c, c.deputy).do(replyMessage, { id: onTime.id, body: "已修复" }), "FORBIDDEN");
    const png = new Uint8Array(
      await sharp({ create: { width: 40, height: 30, channels: 4, background: "#0000" } })
        .png()
        .toBuffer(),
    );
    const r = await act(c, c.userA).do<{ replyId: string }>(replyMessage, {
      id: onTime.id,
      body: "路灯已修复。",
      file: new Upload("photo.png", png),
    });
    expect(r.ok).toBe(true);
    const row = await rowOf(onTime);
    expect([row.status, row.repliedOnTime, row.firstRepliedAt !== null]).toEqual(["REPLIED", true, true]);
    if (r.ok) {
      const files = await unsafePrisma.attachment.findMany({
        where: { tenantId: c.tenant.id, ownerId: r.data.replyId },
      });
      expect(files.map((f) => [f.ownerModule, f.ownerKind])).toEqual([["citizenMessages", "replyFile"]]);
    }
    const html = await act(c, c.userA).do(replyMessage, {
      id: (await message(c, { status: "TRANSFERRED", unitId: c.unitA.id, dueOn: "2099-01-01" })).id,
      body: "见附件",
      file: new Upload("x.png", new TextEncoder().encode("<html><script>alert(1)</script></html>")),
    });
    expect(html.ok).toBe(false);

    const late = await message(c, { status: "TRANSFERRED", unitId: c.unitA.id, dueOn: "2020-01-02" });
    expect((await act(c, c.userA).do(replyMessage, { id: late.id, body: "已处理" })).ok).toBe(true);
    expect((await rowOf(late)).repliedOnTime).toBe(false);
  });
});

describe("checking the reply", () => {
  test("send back (reason) then a second reply keeps the first reply time; release shows it to the citizen", async () => {
    const c = await city();
    const m = await message(c, { status: "TRANSFERRED", unitId: c.unitA.id, dueOn: "2099-01-01" });
    expect((await act(c, c.userA).do(replyMessage, { id: m.id, body: "第一稿" })).ok).toBe(true);
    const first = (await rowOf(m)).firstRepliedAt;
    refused(await act(c, c.userA).do(releaseReply, { id: m.id }), "FORBIDDEN");
    refused(await act(c, c.staff1).do(sendBackReply, { id: m.id, reason: "不具体" }), "FORBIDDEN");
    refused(await act(c, c.deputy).do(sendBackReply, { id: m.id, reason: "" }), "VALIDATION");
    expect((await act(c, c.deputy).do(sendBackReply, { id: m.id, reason: "答复不具体" })).ok).toBe(true);
    expect(await statusOf(m)).toBe("TRANSFERRED");
    expect((await act(c, c.userA).do(replyMessage, { id: m.id, body: "第二稿，已更换灯具" })).ok).toBe(true);
    expect((await act(c, c.office).do(releaseReply, { id: m.id })).ok).toBe(true);
    const row = await rowOf(m);
    expect(row.status).toBe("RELEASED");
    expect(row.releasedAt).not.toBeNull();
    expect(row.firstRepliedAt).toEqual(first);
    const replies = await unsafePrisma.citizenMessageReply.findMany({
      where: { tenantId: c.tenant.id, messageId: m.id },
      orderBy: { createdAt: "asc" },
    });
    expect(replies.map((r) => [r.body, r.sentBackAt !== null, r.releasedAt !== null])).toEqual([
      ["第一稿", true, false],
      ["第二稿，已更换灯具", false, true],
    ]);
    const detail = await getMessage(c.tenant.id, await viewerOf(c.office), m.id);
    expect(detail?.events.map((e) => [e.kind, e.public])).toEqual([
      ["reply", true],
      ["sendBack", false],
      ["reply", true],
      ["release", true],
    ]);
  });
});

describe("merge", () => {
  test("into another open message of the city by receipt code; not into itself, a closed one or another city's", async () => {
    const c = await city();
    const target = await message(c, { status: "ACCEPTED" });
    const m = await message(c);
    const earlier = await message(c, { status: "MERGED" } as never).catch(() => null);
    expect(earlier).toBeNull(); // the table refuses MERGED without its target
    const other = await city();
    const foreign = await message(other, { status: "ACCEPTED" });
    const closed = await message(c, { status: "CLOSED" });
    for (const t of [m.receiptCode, closed.receiptCode, foreign.receiptCode, foreign.id]) {
      const r = refused(await act(c, c.office).do(mergeMessage, { id: m.id, target: t }), "VALIDATION");
      if (!r.ok) expect(r.error.fieldErrors?.target).toEqual(["只能合并到本市另一条尚未办结的留言。"]);
    }
    refused(await act(c, c.deputy).do(mergeMessage, { id: m.id, target: target.receiptCode }), "FORBIDDEN");
    const r = await act(c, c.office).do(mergeMessage, { id: m.id, target: target.receiptCode.toLowerCase() });
    expect(r.ok).toBe(true);
    const row = await rowOf(m);
    expect([row.status, row.mergedIntoId]).toEqual(["MERGED", target.id]);
    const detail = await getMessage(c.tenant.id, await viewerOf(c.office), target.id);
    expect(detail?.merged.map((x) => x.receiptCode)).toEqual([m.receiptCode]);
  });
});

describe("scope and masking", () => {
  test("each role's list: deputy, staff of each station, unit A vs unit B (its inbox by deadline), office, leader", async () => {
    const c = await city();
    const a1 = await message(c, { title: "一站" });
    const b = await message(c, { stationId: c.s2.id, title: "二站" });
    const toDeputy = await message(c, { stationId: c.s2.id, deputyId: c.deputyRow.id, title: "写给代表" });
    const ua1 = await message(c, {
      stationId: c.s2.id,
      status: "TRANSFERRED",
      unitId: c.unitA.id,
      dueOn: "2099-03-01",
      title: "A 晚",
    });
    const ua2 = await message(c, {
      stationId: c.s2.id,
      status: "TRANSFERRED",
      unitId: c.unitA.id,
      dueOn: "2020-03-01",
      title: "A 早",
    });
    const ub = await message(c, {
      stationId: c.s2.id,
      status: "TRANSFERRED",
      unitId: c.unitB.id,
      dueOn: "2099-03-01",
    });
    const ids = async (u: TestUser, f = {}) =>
      (await listMessages(c.tenant.id, await viewerOf(u), f)).rows.map((r) => r.id);
    expect((await ids(c.deputy)).sort()).toEqual([a1.id, toDeputy.id].sort());
    expect(await ids(c.staff1)).toEqual([a1.id]);
    expect((await ids(c.staff2)).sort()).toEqual([b.id, toDeputy.id, ua1.id, ua2.id, ub.id].sort());
    expect(await ids(c.userA)).toEqual([ua2.id, ua1.id]);
    expect(await ids(c.userB)).toEqual([ub.id]);
    expect(await ids(c.office)).toHaveLength(6);
    expect(await ids(c.leader)).toHaveLength(6);
    expect(await ids(c.office, { status: "overdue" })).toEqual([ua2.id]);
    expect((await ids(c.office, { status: "handling" })).sort()).toEqual([ua1.id, ua2.id, ub.id].sort());
    expect(await ids(c.office, { status: "SUBMITTED", stationId: c.s1.id })).toEqual([a1.id]);
    expect(await ids(c.office, { q: a1.receiptCode.toLowerCase() })).toEqual([a1.id]);
    expect(await ids(c.office, { q: "写给" })).toEqual([toDeputy.id]);
    expect(await ids(c.office, { stationId: "not-a-uuid" })).toEqual([]);
    expect(await ids(c.office, { deputyId: c.deputyRow.id })).toEqual([toDeputy.id]);
    expect(await ids(c.office, { unitId: c.unitB.id })).toEqual([ub.id]);
    expect(await ids(c.office, { category: "education" })).toEqual([]);
    const page = await listMessages(c.tenant.id, await viewerOf(c.office), { pageSize: 4, page: 2 });
    expect([page.rows.length, page.total, page.totalCapped]).toEqual([2, 6, false]);
    const inbox = await listMessages(c.tenant.id, await viewerOf(c.userA), {});
    expect(inbox.rows[0]).toMatchObject({ overdue: true, unitName: c.unitA.name, dueOn: "2020-03-01" });
    expect(inbox.rows[0]!.workingDaysLeft).toBeLessThan(0);
    expect(inbox.rows[1]).toMatchObject({ overdue: false });
    expect(inbox.rows[1]!.workingDaysLeft).toBeGreaterThan(0);
    // The leader reads and moves nothing.
    refused(await act(c, c.leader).do(classifyMessage, { id: a1.id, category: "urban" }), "FORBIDDEN");
    expect(await getMessage(c.tenant.id, await viewerOf(c.leader), a1.id)).toMatchObject({ moves: [] });
    expect(await getMessage(c.tenant.id, await viewerOf(c.staff1), b.id)).toBeNull();
  });

  test("lists and the message carry the phone masked; a reveal shows it whole and writes an audit row each time", async () => {
    const c = await city();
    const m = await message(c);
    const list = await listMessages(c.tenant.id, await viewerOf(c.office), {});
    expect(JSON.stringify(list)).not.toContain(PHONE);
    expect(list.rows[0]?.phoneMasked).toBe("138****5678");
    const detail = await getMessage(c.tenant.id, await viewerOf(c.staff1), m.id);
    expect(JSON.stringify(detail)).not.toContain(PHONE);
    expect(JSON.stringify(detail)).not.toContain("zhang@example.cn");
    expect(detail?.mayReveal).toBe(true);
    for (let i = 0; i < 2; i++) {
      const r = await act(c, c.staff1).do<{ value: string }>(revealMessageContact, { id: m.id, field: "phone" });
      expect(r.ok && r.data.value).toBe(PHONE);
    }
    const rows = await auditRows(c.tenant.id, { action: "message.revealContact" });
    expect(rows.map((r) => [r.actorId, r.entityId, r.after])).toEqual([
      [c.staff1.id, m.id, { revealed: "phone" }],
      [c.staff1.id, m.id, { revealed: "phone" }],
    ]);
    expect(JSON.stringify(rows.map((r) => [r.before, r.after]))).not.toContain(PHONE);
    refused(await act(c, c.leader).do(revealMessageContact, { id: m.id, field: "phone" }), "FORBIDDEN");
    refused(await act(c, c.staff2).do(revealMessageContact, { id: m.id, field: "phone" }), "NOT_FOUND");
    // A unit that was never given the message learns nothing; one holding it may call back.
    const t = await message(c, { status: "TRANSFERRED", unitId: c.unitA.id, dueOn: "2099-01-01" });
    refused(await act(c, c.userB).do(revealMessageContact, { id: t.id, field: "phone" }), "NOT_FOUND");
    expect((await act(c, c.userA).do(revealMessageContact, { id: t.id, field: "phone" })).ok).toBe(true);
  });

  test("another city's message: null on the page, 404 for every move", async () => {
    const c = await city();
    const other = await city();
    const m = await message(other);
    expect(await getMessage(c.tenant.id, await viewerOf(c.office), m.id)).toBeNull();
    expect(await getMessage(c.tenant.id, await viewerOf(c.office), "not-a-uuid")).toBeNull();
    refused(await act(c, c.office).do(acceptMessage, { id: m.id }), "NOT_FOUND");
    refused(await act(c, c.office).do(revealMessageContact, { id: m.id, field: "phone" }), "NOT_FOUND");
    expect((await listMessages(c.tenant.id, await viewerOf(c.office), {})).rows).toEqual([]);
    expect(await statusOf(m)).toBe("SUBMITTED");
  });

  test("the URL query: bad values are dropped, never thrown", () => {
    expect(
      messageListFilterSchema.parse({ status: "nope", page: "-3", stationId: "x", q: "  路灯 ", pageSize: "500" }),
    ).toEqual({ q: "路灯" });
    expect(messageListFilterSchema.parse({ status: "overdue", page: "2" })).toEqual({ status: "overdue", page: 2 });
  });
});

describe("the moves a page offers", () => {
  test("exactly the moves the viewer may make in the message's state", async () => {
    const c = await city();
    const movesOf = async (u: TestUser, m: { id: string }) =>
      (await getMessage(c.tenant.id, await viewerOf(u), m.id))?.moves;
    const submitted = await message(c);
    expect(await movesOf(c.deputy, submitted)).toEqual(["accept", "return"]);
    expect(await movesOf(c.staff1, submitted)).toEqual(["accept", "return"]);
    expect(await movesOf(c.office, submitted)).toEqual(["accept", "return", "merge"]);
    const accepted = await message(c, { status: "ACCEPTED" });
    expect(await movesOf(c.office, accepted)).toEqual(["classify", "answer", "decline", "merge"]);
    expect(await movesOf(c.deputy, accepted)).toEqual(["answer"]);
    expect(await movesOf(c.staff1, accepted)).toEqual([]);
    const classified = await message(c, { status: "CLASSIFIED" });
    expect(await movesOf(c.office, classified)).toEqual(["transfer", "answer", "decline", "merge"]);
    const replied = await message(c, { status: "REPLIED", unitId: c.unitA.id, dueOn: "2099-01-01" });
    expect(await movesOf(c.office, replied)).toEqual(["sendBack", "release"]);
    expect(await movesOf(c.deputy, replied)).toEqual(["sendBack", "release"]);
    expect(await movesOf(c.userA, replied)).toEqual([]);
    const asked = await message(c, { status: "HANDBACK_REQUESTED", unitId: c.unitA.id, dueOn: "2099-01-01" });
    expect(await movesOf(c.office, asked)).toEqual(["reassign", "refuseHandback"]);
  });
});

describe("publish", () => {
  test("only the office, with consent, once released, in a city that keeps a public board", async () => {
    const c = await city();
    const m = await message(c, { status: "RELEASED", publishConsent: true });
    const noBoard = refused(await act(c, c.office).do(publishMessage, { id: m.id, published: true }), "CONFLICT");
    if (!noBoard.ok) expect(noBoard.error.message).toBe("本市没有开设留言公开栏。");
    await unsafePrisma.tenant.update({
      where: { id: c.tenant.id },
      data: {
        settings: {
          messages: { replyWorkingDays: 15, ratingAskWorkingDays: 10, autoCloseWorkingDays: 15, publicBoard: true },
        },
      },
    });
    const noConsent = await message(c, { status: "RELEASED", publishConsent: false });
    const open = await message(c, { status: "ACCEPTED", publishConsent: true });
    refused(await act(c, c.office).do(publishMessage, { id: noConsent.id, published: true }), "CONFLICT");
    refused(await act(c, c.office).do(publishMessage, { id: open.id, published: true }), "CONFLICT");
    refused(await act(c, c.deputy).do(publishMessage, { id: m.id, published: true }), "FORBIDDEN");
    expect((await act(c, c.office).do(publishMessage, { id: m.id, published: true })).ok).toBe(true);
    expect((await rowOf(m)).publishedAt).not.toBeNull();
    expect((await act(c, c.office).do(publishMessage, { id: m.id, published: false })).ok).toBe(true);
    expect((await rowOf(m)).publishedAt).toBeNull();
    expect((await auditRows(c.tenant.id, { entityId: m.id })).map((r) => r.action)).toEqual([
      "message.publish",
      "message.unpublish",
    ]);
  });
});
