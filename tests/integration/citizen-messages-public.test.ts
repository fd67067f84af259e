// What the citizen sees of a message after writing it, against real PostgreSQL: the receipt by code (only public
// steps, the reply only once released, never contact details or internal notes; a merged one follows its
// target), the rating (satisfied closes; 不满意 reopens once with a new working-day deadline, then closes; not
// released, twice, bad input, unknown code and another city's code refused), a station's counts this year, and
// the public board (only consented published messages, anonymised; none when the city has it off).
import { NextRequest } from "next/server";
import { describe, expect, test, vi } from "vitest";
import { GET as getReceipt } from "@/app/api/v1/[tenant]/receipts/[code]/route";
import { GET as getFile } from "@/app/api/v1/[tenant]/receipts/[code]/files/[id]/route";
import { POST as postRating } from "@/app/api/v1/[tenant]/receipts/[code]/rating/route";
import { storeAttachment } from "@/lib/modules/attachments";
import { forTenant, unsafePrisma } from "@/lib/db";
import { ERROR_STATUS } from "@/lib/errors";
import {
  anonymiseText,
  listBoardMessages,
  loadPublicBoard,
  loadMessageReceipt,
  rateMessageForApi,
  stationMessageCounts,
} from "@/lib/modules/citizen-messages";
import { newReceiptCode } from "@/lib/receipt";
import { stationMessagesBlock } from "@/lib/modules/citizen-messages/pages";
import { findActiveTenant } from "@/lib/tenant";
import type { Prisma } from "@/lib/generated/prisma/client";
import { anonymousContext, auditRows, createTenant, createUnit, createUser } from "../factories";
import { station, stationDeputy } from "../factories/stations";

// The routes read the session through next-auth, which needs Next's request scope: here there is none (the citizen
// has no account); the database and everything behind the routes are the real ones.
vi.mock("next-auth", async (load) => ({
  ...(await load<typeof import("next-auth")>()),
  getServerSession: async () => null,
}));

type TenantRef = { id: string };

const PHONE = "13800138000";
const EMAIL = "citizen@example.com";

async function message(t: TenantRef, stationId: string, data: Partial<Prisma.CitizenMessageUncheckedCreateInput> = {}) {
  return unsafePrisma.citizenMessage.create({
    data: {
      tenantId: t.id,
      stationId,
      category: "urban",
      title: "路灯不亮",
      body: "小区门口路灯坏了一个月。",
      name: "张三",
      phone: PHONE,
      email: EMAIL,
      receiptCode: newReceiptCode(),
      ...data,
    },
  });
}

async function event(
  t: TenantRef,
  messageId: string,
  kind: string,
  toStatus: Prisma.CitizenMessageEventUncheckedCreateInput["toStatus"],
  opts: { note?: string; public?: boolean; at?: Date } = {},
) {
  return unsafePrisma.citizenMessageEvent.create({
    data: {
      tenantId: t.id,
      messageId,
      kind,
      toStatus,
      note: opts.note ?? "",
      public: opts.public ?? true,
      createdAt: opts.at ?? new Date(),
    },
  });
}

/** A message a unit answered: transferred, replied, (released when told), with its timeline. */
async function answered(t: TenantRef, stationId: string, released: boolean, extra: { unitId?: string | null } = {}) {
  const unitId = extra.unitId === undefined ? (await createUnit(t)).id : extra.unitId;
  const status = released ? "RELEASED" : "REPLIED";
  const m = await message(t, stationId, {
    status,
    unitId,
    dueOn: new Date("2026-12-22"),
    releasedAt: released ? new Date() : null,
    replyByPhone: true,
  });
  const base = Date.now() - 60_000;
  await event(t, m.id, "accept", "ACCEPTED", { at: new Date(base) });
  await event(t, m.id, "classify", "CLASSIFIED", { at: new Date(base + 1000) });
  await event(t, m.id, "transfer", "TRANSFERRED", { at: new Date(base + 2000) });
  await event(t, m.id, "requestHandback", "HANDBACK_REQUESTED", {
    note: "内部：不属于我局职责",
    public: false,
    at: new Date(base + 3000),
  });
  await event(t, m.id, "refuseHandback", "TRANSFERRED", {
    note: "内部：请继续办理",
    public: false,
    at: new Date(base + 4000),
  });
  await event(t, m.id, "reply", "REPLIED", { at: new Date(base + 5000) });
  if (released) await event(t, m.id, "release", "RELEASED", { at: new Date(base + 6000) });
  await unsafePrisma.citizenMessageReply.create({
    data: {
      tenantId: t.id,
      messageId: m.id,
      round: 1,
      unitId,
      body: "已安排维修，路灯已恢复。",
      releasedAt: released ? new Date() : null,
    },
  });
  return m;
}

const rate = (slug: string, code: string, body: unknown) => rateMessageForApi(slug, code, body, anonymousContext());

describe("loadMessageReceipt", () => {
  test("shows the public steps and the reply only once released; never contact details or internal notes", async () => {
    const t = await createTenant();
    const s = await station(t, { name: "龙湖区网上联络站" });
    const d = await stationDeputy(t, { name: "李代表" });
    const m = await answered(t, s.id, false);
    await forTenant(t.id).citizenMessage.updateMany({ where: { id: m.id }, data: { deputyId: d.id } });

    const before = await loadMessageReceipt(t.id, m.receiptCode.toLowerCase().replace(/(.{5})/, "$1-"));
    expect(before).not.toBeNull();
    expect(before!.kind).toBe("message");
    expect(before!.station.name).toBe("龙湖区网上联络站");
    expect(before!.deputy?.name).toBe("李代表");
    expect(before!.status).toBe("REPLIED");
    expect(before!.steps.map((x) => x.kind)).toEqual(["submit", "accept", "classify", "transfer", "reply"]);
    expect(before!.replies).toEqual([]);
    expect(before!.canRate).toBe(false);
    const text = JSON.stringify(before);
    for (const secret of [PHONE, EMAIL, "张三", "内部", m.id]) expect(text).not.toContain(secret);

    await forTenant(t.id).citizenMessage.updateMany({
      where: { id: m.id },
      data: { status: "RELEASED", releasedAt: new Date() },
    });
    await forTenant(t.id).citizenMessageReply.updateMany({
      where: { messageId: m.id },
      data: { releasedAt: new Date() },
    });
    await event(t, m.id, "release", "RELEASED");
    const after = await loadMessageReceipt(t.id, m.receiptCode);
    expect(after!.replies.map((r) => [r.round, r.body, r.direct])).toEqual([[1, "已安排维修，路灯已恢复。", false]]);
    expect(after!.canRate).toBe(true);
    expect(JSON.stringify(after)).not.toContain(PHONE);
  });

  test("a returned message shows its reason; an unknown or another city's code is null", async () => {
    const t = await createTenant();
    const other = await createTenant();
    const s = await station(t);
    const m = await message(t, s.id, { status: "RETURNED", reason: "不属于人大职责范围" });
    await event(t, m.id, "return", "RETURNED", { note: "不属于人大职责范围" });
    const r = await loadMessageReceipt(t.id, m.receiptCode);
    expect(r!.status).toBe("RETURNED");
    expect(r!.reason).toBe("不属于人大职责范围");
    expect(r!.steps.at(-1)).toMatchObject({ kind: "return", reason: "不属于人大职责范围" });
    expect(await loadMessageReceipt(other.id, m.receiptCode)).toBeNull();
    expect(await loadMessageReceipt(t.id, newReceiptCode())).toBeNull();
    expect(await loadMessageReceipt(t.id, "!!")).toBeNull();
  });

  test("a merged message's receipt says so and follows the target's status and released reply", async () => {
    const t = await createTenant();
    const s = await station(t);
    const target = await answered(t, s.id, true);
    const m = await message(t, s.id, { title: "同一路灯", email: "other@example.com" });
    await event(t, m.id, "accept", "ACCEPTED", { at: new Date(Date.now() - 120_000) });
    await forTenant(t.id).citizenMessage.updateMany({
      where: { id: m.id },
      data: { status: "MERGED", mergedIntoId: target.id },
    });
    await event(t, m.id, "merge", "MERGED", { at: new Date(Date.now() - 90_000) });
    const r = await loadMessageReceipt(t.id, m.receiptCode);
    expect(r!.merged).toBe(true);
    expect(r!.title).toBe("同一路灯");
    expect(r!.receiptCode).toBe(m.receiptCode);
    expect(r!.status).toBe("RELEASED");
    expect(r!.replies.map((x) => x.body)).toEqual(["已安排维修，路灯已恢复。"]);
    expect(r!.steps.map((x) => x.kind)).toEqual([
      "submit",
      "accept",
      "merge",
      "accept",
      "classify",
      "transfer",
      "reply",
      "release",
    ]);
    // The merged citizen does not rate the other's answer, nor read the other's rating.
    expect(r!.canRate).toBe(false);
    expect(JSON.stringify(r)).not.toContain(EMAIL);
  });
});

describe("rating by receipt code", () => {
  test("满意 closes the message with its event and an audit row; a second rating is refused (409)", async () => {
    const t = await createTenant();
    const s = await station(t);
    const m = await answered(t, s.id, true);
    const ok = await rate(t.slug, m.receiptCode, { rating: "满意", comment: "很快就修好了" });
    expect(ok).toMatchObject({ ok: true, data: { status: "CLOSED", reopened: false } });
    const row = await forTenant(t.id).citizenMessage.findFirst({ where: { id: m.id } });
    expect(row).toMatchObject({ status: "CLOSED", rating: "SATISFIED", ratingComment: "很快就修好了", reopenCount: 0 });
    expect(row!.closedAt).not.toBeNull();
    const ev = await forTenant(t.id).citizenMessageEvent.findMany({ where: { messageId: m.id, kind: "rate" } });
    expect(ev.map((e) => [e.fromStatus, e.toStatus, e.public, e.actorId])).toEqual([
      ["RELEASED", "CLOSED", true, null],
    ]);
    const audit = await auditRows(t.id, { action: "message.rate" });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorKind).toBe("ANONYMOUS");
    const again = await rate(t.slug, m.receiptCode, { rating: "SATISFIED" });
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(ERROR_STATUS[again.error.code]).toBe(409);
      expect(again.error.message).toBe("这条留言已经评价过了。");
    }
    const receipt = await loadMessageReceipt(t.id, m.receiptCode);
    expect(receipt).toMatchObject({ status: "CLOSED", canRate: false, rating: { value: "SATISFIED" } });
  });

  test("不满意 reopens once to the unit with a new deadline; after the second answer 不满意 closes it", async () => {
    const t = await createTenant();
    const s = await station(t);
    const m = await answered(t, s.id, true);
    const unitUser = await createUser(t, { roles: [{ role: "unit", scopeId: m.unitId! }] });
    const first = await rate(t.slug, m.receiptCode, { rating: "UNSATISFIED", comment: "路灯又坏了" });
    expect(first).toMatchObject({ ok: true, data: { status: "TRANSFERRED", reopened: true } });
    const reopened = await forTenant(t.id).citizenMessage.findFirst({ where: { id: m.id } });
    expect(reopened).toMatchObject({ status: "TRANSFERRED", reopenCount: 1, rating: "UNSATISFIED", unitId: m.unitId });
    expect(reopened!.dueOn!.getTime()).toBeGreaterThan(Date.now());
    expect(reopened!.dueOn!.toISOString().slice(0, 10)).not.toBe("2026-12-22");
    // The unit is told, once.
    const told = await forTenant(t.id).notification.findMany({ where: { userId: unitUser.id } });
    expect(told.map((n) => [n.kind, n.messageKey, n.href])).toEqual([
      ["citizenMessages.reopened", "citizenMessagesPublic.notify.reopened", `/console/messages/${m.id}`],
    ]);
    // Not released again yet: refused as rated.
    const early = await rate(t.slug, m.receiptCode, { rating: "SATISFIED" });
    expect(early.ok || ERROR_STATUS[early.error.code]).toBe(409);
    expect((await loadMessageReceipt(t.id, m.receiptCode))!.canRate).toBe(false);

    // The unit's second answer, released.
    await forTenant(t.id).citizenMessage.updateMany({ where: { id: m.id }, data: { status: "RELEASED" } });
    await unsafePrisma.citizenMessageReply.create({
      data: {
        tenantId: t.id,
        messageId: m.id,
        round: 2,
        unitId: m.unitId,
        body: "已更换灯具。",
        releasedAt: new Date(),
      },
    });
    await event(t, m.id, "release", "RELEASED");
    const receipt = await loadMessageReceipt(t.id, m.receiptCode);
    expect(receipt).toMatchObject({ canRate: true, round: 2 });
    expect(receipt!.replies.map((r) => r.round)).toEqual([1, 2]);

    const second = await rate(t.slug, m.receiptCode, { rating: "UNSATISFIED" });
    expect(second).toMatchObject({ ok: true, data: { status: "CLOSED", reopened: false } });
    expect(await forTenant(t.id).citizenMessage.findFirst({ where: { id: m.id } })).toMatchObject({
      status: "CLOSED",
      rating: "UNSATISFIED",
      reopenCount: 1,
    });
    const kinds = (
      await forTenant(t.id).citizenMessageEvent.findMany({
        where: { messageId: m.id, kind: { in: ["rate", "reopen"] } },
        orderBy: { createdAt: "asc" },
      })
    ).map((e) => [e.kind, e.toStatus]);
    expect(kinds).toEqual([
      ["reopen", "TRANSFERRED"],
      ["rate", "CLOSED"],
    ]);
    expect(await auditRows(t.id, { action: "message.rate" })).toHaveLength(2);
    const third = await rate(t.slug, m.receiptCode, { rating: "SATISFIED" });
    expect(third.ok || ERROR_STATUS[third.error.code]).toBe(409);
  });

  test("不满意 on a direct answer goes back to the office (classified), with nothing for a unit", async () => {
    const t = await createTenant();
    const s = await station(t);
    const m = await answered(t, s.id, true, { unitId: null });
    const r = await rate(t.slug, m.receiptCode, { rating: "UNSATISFIED" });
    expect(r).toMatchObject({ ok: true, data: { status: "CLASSIFIED", reopened: true } });
    expect(await forTenant(t.id).citizenMessage.findFirst({ where: { id: m.id } })).toMatchObject({
      status: "CLASSIFIED",
      reopenCount: 1,
    });
  });

  test("refusals: not released 409, bad rating or comment 422, unknown code and another city's code 404", async () => {
    const t = await createTenant();
    const other = await createTenant();
    const s = await station(t);
    const m = await answered(t, s.id, false);
    const status = async (slug: string, code: string, body: unknown) => {
      const r = await rate(slug, code, body);
      return r.ok ? 200 : ERROR_STATUS[r.error.code];
    };
    const notYet = await rate(t.slug, m.receiptCode, { rating: "SATISFIED" });
    expect(notYet.ok).toBe(false);
    if (!notYet.ok) expect(notYet.error.message).toBe("答复发布后才能评价。");
    expect(await status(t.slug, m.receiptCode, { rating: "SATISFIED" })).toBe(409);

    await forTenant(t.id).citizenMessage.updateMany({ where: { id: m.id }, data: { status: "RELEASED" } });
    const bad = await rate(t.slug, m.receiptCode, { rating: "GREAT" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(ERROR_STATUS[bad.error.code]).toBe(422);
      expect(bad.error.fieldErrors?.rating?.[0]).toBeTruthy();
      expect(bad.error.fieldErrors?.rating?.[0]).not.toMatch(/SATISFIED|expected/i);
    }
    expect(await status(t.slug, m.receiptCode, { rating: "BASIC", comment: "长".repeat(501) })).toBe(422);
    expect(await status(t.slug, m.receiptCode, {})).toBe(422);
    expect(await status(t.slug, newReceiptCode(), { rating: "SATISFIED" })).toBe(404);
    expect(await status(t.slug, "??", { rating: "SATISFIED" })).toBe(404);
    expect(await status(other.slug, m.receiptCode, { rating: "SATISFIED" })).toBe(404);
    // Nothing of the refused attempts changed the message.
    expect(await forTenant(t.id).citizenMessage.findFirst({ where: { id: m.id } })).toMatchObject({
      status: "RELEASED",
      rating: null,
    });
    expect(await status(t.slug, m.receiptCode, { rating: "BASIC", comment: "  " })).toBe(200);
    expect(await forTenant(t.id).citizenMessage.findFirst({ where: { id: m.id } })).toMatchObject({
      status: "CLOSED",
      rating: "BASIC",
      ratingComment: null,
    });
  });

  test("two ratings sent at once are one rating", async () => {
    const t = await createTenant();
    const s = await station(t);
    const m = await answered(t, s.id, true);
    const results = await Promise.all([
      rate(t.slug, m.receiptCode, { rating: "SATISFIED" }),
      rate(t.slug, m.receiptCode, { rating: "UNSATISFIED" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      await forTenant(t.id).citizenMessageEvent.count({ where: { messageId: m.id, kind: { in: ["rate", "reopen"] } } }),
    ).toBe(1);
  });
});

describe("station counts", () => {
  test("this year's received, replied, rated and satisfied add up; last year and other stations apart", async () => {
    const t = await createTenant();
    const s = await station(t);
    const elsewhere = await station(t);
    const now = new Date("2026-06-15T04:00:00Z");
    const inYear = new Date("2026-03-01T04:00:00Z");
    const mk = (data: Partial<Prisma.CitizenMessageUncheckedCreateInput>, stationId = s.id) =>
      message(t, stationId, { createdAt: inYear, ...data });
    const unit = await createUnit(t);
    await mk({ status: "SUBMITTED" });
    await mk({ status: "TRANSFERRED", unitId: unit.id, dueOn: new Date("2026-03-20") });
    await mk({ status: "RELEASED", releasedAt: inYear });
    await mk({ status: "CLOSED", rating: "SATISFIED", releasedAt: inYear });
    await mk({ status: "CLOSED", rating: "BASIC", releasedAt: inYear });
    await mk({ status: "CLOSED", rating: "UNSATISFIED", releasedAt: inYear, reopenCount: 1 });
    await mk({ status: "CLOSED", autoClosed: true, releasedAt: inYear });
    await mk({ status: "DECLINED", reason: "不予办理" });
    // Shanghai's new year begins at 16:00 UTC on 31 December: this one is 2026's.
    await mk({ status: "SUBMITTED", createdAt: new Date("2025-12-31T16:30:00Z") });
    await mk({ status: "CLOSED", rating: "SATISFIED", createdAt: new Date("2025-12-31T15:30:00Z") });
    await mk({ status: "CLOSED", rating: "SATISFIED", releasedAt: inYear }, elsewhere.id);
    const c = await stationMessageCounts(t.id, s.id, now);
    expect(c).toEqual({ year: 2026, received: 9, replied: 5, rated: 3, satisfied: 2 });
    const other = await createTenant();
    expect(await stationMessageCounts(other.id, s.id, now)).toMatchObject({ received: 0 });
  });

  test("the station page's block: the counts worded, the link to write to the station and to each deputy", async () => {
    const t = await createTenant();
    const s = await station(t);
    const d = await stationDeputy(t, { name: "王代表" });
    await message(t, s.id, { status: "CLOSED", rating: "SATISFIED", releasedAt: new Date() });
    const b = await stationMessagesBlock((await findActiveTenant(t.slug))!, s.id, [d], "zh-CN");
    expect(b.counts.map((c) => [c.label, c.value])).toEqual([
      ["收到留言", 1],
      ["已答复", 1],
      ["满意和基本满意", 1],
    ]);
    expect(b.write).toEqual({ label: "给代表留言", href: `/${t.slug}/messages/new?station=${s.id}` });
    expect(b.deputies).toEqual([
      { id: d.id, label: "给王代表留言", href: `/${t.slug}/messages/new?station=${s.id}&deputy=${d.id}` },
    ]);
    expect((await stationMessagesBlock((await findActiveTenant(t.slug))!, s.id, [], "en")).write.label).toBe(
      "Write to a deputy",
    );
    // No board link in a city without the board; one in a city with it.
    expect(b.board).toBeNull();
    const on = await createTenant({ settings: { messages: { publicBoard: true } } });
    const onStation = await station(on);
    const withBoard = await stationMessagesBlock((await findActiveTenant(on.slug))!, onStation.id, [], "zh-CN");
    expect(withBoard.board).toEqual({ label: "看看其他群众的留言和答复（留言公开栏）", href: `/${on.slug}/messages` });
  });
});

describe("public board", () => {
  test("only consented, published, answered messages, anonymised, newest published first", async () => {
    const t = await createTenant();
    const s = await station(t, { name: "金平区联络站" });
    const text = `门口路灯坏了，请联系我 ${PHONE} 或 ${EMAIL}，座机 0754-8888 1234。`;
    const shown = await message(t, s.id, {
      status: "CLOSED",
      body: text,
      publishConsent: true,
      publishedAt: new Date(),
      rating: "SATISFIED",
    });
    await unsafePrisma.citizenMessageReply.create({
      data: {
        tenantId: t.id,
        messageId: shown.id,
        round: 1,
        body: `已电话联系 138 0013 8000，已修复。`,
        releasedAt: new Date(),
      },
    });
    await unsafePrisma.citizenMessageReply.create({
      data: { tenantId: t.id, messageId: shown.id, round: 1, body: "未发布的答复", releasedAt: null },
    });
    await message(t, s.id, { status: "CLOSED", publishConsent: false, publishedAt: new Date(), title: "未同意" });
    await message(t, s.id, { status: "CLOSED", publishConsent: true, publishedAt: null, title: "未公开" });
    const board = await listBoardMessages(t.id, 1);
    expect(board.total).toBe(1);
    const [row] = board.rows;
    expect(row).toMatchObject({ title: "路灯不亮", stationName: "金平区联络站", category: "urban" });
    expect(row!.replies.map((r) => r.body)).toEqual(["已电话联系 ＊＊＊，已修复。"]);
    const json = JSON.stringify(board);
    for (const secret of [PHONE, EMAIL, "8888", "张三", shown.receiptCode, "未发布"])
      expect(json).not.toContain(secret);
    expect(row!.body).toContain("门口路灯坏了");
    expect((await listBoardMessages((await createTenant()).id, 1)).total).toBe(0);
  });

  test("a city with the board off has none (the page answers 404); one that turns it on shows it", async () => {
    const off = await createTenant();
    const on = await createTenant({ settings: { messages: { publicBoard: true } } });
    for (const t of [off, on]) {
      const s = await station(t);
      await message(t, s.id, { status: "CLOSED", publishConsent: true, publishedAt: new Date() });
    }
    expect(await loadPublicBoard((await findActiveTenant(off.slug))!, 1)).toBeNull();
    expect((await loadPublicBoard((await findActiveTenant(on.slug))!, 1))?.total).toBe(1);
  });

  test("anonymiseText blots out phones, e-mails and ID numbers but keeps dates and short numbers", () => {
    expect(anonymiseText("电话+86 138-0013-8000")).toBe("电话＊＊＊");
    expect(anonymiseText("身份证 44050719800101123X")).toBe("身份证 ＊＊＊");
    expect(anonymiseText("2026年3月1日，3号楼12户")).toBe("2026年3月1日，3号楼12户");
  });
});

describe("the API routes", () => {
  const url = (slug: string, code: string, tail = "") => `http://localhost:3000/api/v1/${slug}/receipts/${code}${tail}`;
  const params = (tenant: string, code: string) => ({ params: Promise.resolve({ tenant, code }) });
  const post = (slug: string, code: string, body: string, type = "application/json") =>
    postRating(
      new NextRequest(url(slug, code, "/rating"), { method: "POST", headers: { "content-type": type }, body }),
      params(slug, code),
    );

  test("GET answers a message's receipt (private, no contact); POST rates it: 201, then 409; 404, 422, 415", async () => {
    const t = await createTenant();
    const other = await createTenant();
    const s = await station(t);
    const m = await answered(t, s.id, true);
    const got = await getReceipt(new NextRequest(url(t.slug, m.receiptCode)), params(t.slug, m.receiptCode));
    expect(got.status).toBe(200);
    expect(got.headers.get("cache-control")).toBe("private, max-age=60");
    const body = await got.text();
    expect(JSON.parse(body).data).toMatchObject({ kind: "message", receiptCode: m.receiptCode, canRate: true });
    expect(body).not.toContain(PHONE);
    const missing = await getReceipt(
      new NextRequest(url(other.slug, m.receiptCode)),
      params(other.slug, m.receiptCode),
    );
    expect(missing.status).toBe(404);

    const bad = await post(t.slug, m.receiptCode, JSON.stringify({ rating: "很好" }));
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fieldErrors.rating).toHaveLength(1);
    expect((await post(t.slug, m.receiptCode, "rating=SATISFIED", "application/x-www-form-urlencoded")).status).toBe(
      415,
    );
    expect((await post(t.slug, newReceiptCode(), JSON.stringify({ rating: "SATISFIED" }))).status).toBe(404);
    expect((await post(other.slug, m.receiptCode, JSON.stringify({ rating: "SATISFIED" }))).status).toBe(404);
    const ok = await post(t.slug, m.receiptCode, JSON.stringify({ rating: "SATISFIED", comment: "谢谢" }));
    expect(ok.status).toBe(201);
    expect((await ok.json()).data).toEqual({ receiptCode: m.receiptCode, status: "CLOSED", reopened: false });
    const twice = await post(t.slug, m.receiptCode, JSON.stringify({ rating: "SATISFIED" }));
    expect(twice.status).toBe(409);
    expect((await twice.json()).error.message).toBe("这条留言已经评价过了。");
  });

  test("a released reply's file downloads by the code (no sign-in); an unreleased one, or by another code, is 404", async () => {
    const t = await createTenant();
    const s = await station(t);
    const m = await answered(t, s.id, true);
    const other = await answered(t, s.id, false);
    const reply = async (messageId: string) =>
      (await forTenant(t.id).citizenMessageReply.findFirst({ where: { messageId } }))!;
    const store = async (replyId: string) =>
      storeAttachment(
        forTenant(t.id),
        t.id,
        {
          body: new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
          fileName: "维修记录.pdf",
          owner: { module: "citizenMessages", kind: "replyFile", id: replyId },
          allowed: ["PDF"],
          maxBytes: 1_000_000,
          access: "message.view",
        },
        { userId: null },
      );
    const released = await store((await reply(m.id)).id);
    const hidden = await store((await reply(other.id)).id);
    const receipt = await loadMessageReceipt(t.id, m.receiptCode);
    expect(receipt!.replies[0]!.attachments.map((f) => f.fileName)).toEqual(["维修记录.pdf"]);
    const get = (code: string, id: string) =>
      getFile(new NextRequest(url(t.slug, code, `/files/${id}`)), {
        params: Promise.resolve({ tenant: t.slug, code, id }),
      });
    const ok = await get(m.receiptCode, released.id);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(ok.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await ok.text()).startsWith("%PDF-")).toBe(true);
    expect((await get(other.receiptCode, hidden.id)).status).toBe(404);
    expect((await get(m.receiptCode, hidden.id)).status).toBe(404);
    expect((await get(other.receiptCode, released.id)).status).toBe(404);
  });
});
