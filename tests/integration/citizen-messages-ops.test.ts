// The clocks, the rating follow-up, the statistics and the workbench of citizens' messages against real
// PostgreSQL and a real SMTP server: the units' reminders at 3 and 1 working days and on the day overdue (to the
// office too), counted across a holiday of the city's calendar and sent once however often the scan runs; the
// rating asked once by e-mail with the receipt's link, or by a call-back item for the station's staff when only a
// phone was left; unrated replies closed by themselves after the city's period, counted apart; the statistics'
// figures on a small known data set (满意率 = (满意 + 基本满意) / rated, working-day reply times across a
// holiday, station staff limited to their stations) and the .xlsx holding the same figures; the workbench per role.
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { GET as exportStats } from "@/app/[tenant]/console/messages/stats/export/route";
import { unsafePrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  citizenMessagesWorkbench as workbench,
  followUpRatingsIn,
  messageStats,
  messageStatsFilter,
  messageStatsPeriod,
  messageStatsRowLabel,
  messageStatsWorkbook,
  remindMessageDeadlines,
  remindMessageDeadlinesIn,
  STATS_COLUMNS,
  statsCell,
} from "@/lib/modules/citizen-messages";
import { getTranslator } from "@/lib/i18n/translate";
import { newReceiptCode } from "@/lib/receipt";
import { createArea, createTenant, createUnit, createUser, type TestTenant } from "../factories";
import { createCalendarDay } from "../factories/calendar";
import { deputyWithAccount, memberOf, station, stationUser } from "../factories/stations";
import { startSmtp, type TestSmtp } from "../support/smtp";

// The export route reads its session through next-auth, which needs Next's request scope: here the session is
// whatever the test says (the database, the tenant and the permission checks behind it are the real ones).
const session = vi.hoisted(() => ({ current: null as null | { identity: unknown } }));
vi.mock("next-auth", async (load) => ({
  ...(await load<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));

type Data = Partial<Prisma.CitizenMessageUncheckedCreateInput>;

function message(t: { id: string }, s: { id: string }, data: Data = {}) {
  return unsafePrisma.citizenMessage.create({
    data: {
      tenantId: t.id,
      stationId: s.id,
      category: "urban",
      title: "小区门口路灯不亮",
      body: "路灯坏了一个月，晚上出行不便。",
      receiptCode: newReceiptCode(),
      ...data,
    },
  });
}

/** 08:00 in Shanghai on `day` (the jobs' cron hour). */
const at8 = (day: string) => new Date(`${day}T08:00:00+08:00`);
const notifications = (t: { id: string }) =>
  unsafePrisma.notification.findMany({
    where: { tenantId: t.id },
    orderBy: [{ createdAt: "asc" }, { dedupeKey: "asc" }],
  });

describe("deadline reminders", () => {
  test("3 and 1 working days before and on the day overdue, across a holiday; a rerun sends nothing twice", async () => {
    const t = await createTenant();
    const s = await station(t);
    const u = await createUnit(t);
    const other = await createUnit(t);
    // Wednesday 2026-12-16 is a day off: from Monday 12-14 to Friday 12-18 are three working days (15, 17, 18).
    await createCalendarDay(t, "2026-12-16", { name: "测试假日" });
    const unitUser = await createUser(t, { roles: [{ role: "unit", scopeId: u.id }] });
    const otherUnitUser = await createUser(t, { roles: [{ role: "unit", scopeId: other.id }] });
    const office = await createUser(t, { roles: ["deputyAffairs"] });
    const m = await message(t, s, { status: "TRANSFERRED", unitId: u.id, dueOn: new Date("2026-12-18") });
    // Not with a unit's clock: no reminder whatever its date.
    await message(t, s, { status: "REPLIED", unitId: u.id, dueOn: new Date("2026-12-18") });

    expect(await remindMessageDeadlinesIn(t.id, at8("2026-12-11"))).toBe(0); // four working days left
    expect(await remindMessageDeadlinesIn(t.id, at8("2026-12-14"))).toBe(1); // three, thanks to the holiday
    expect(await remindMessageDeadlinesIn(t.id, at8("2026-12-14"))).toBe(0); // the same day again
    expect(await remindMessageDeadlinesIn(t.id, at8("2026-12-15"))).toBe(0); // two left: d3 already sent
    expect(await remindMessageDeadlinesIn(t.id, at8("2026-12-16"))).toBe(0); // the holiday: still two
    expect(await remindMessageDeadlinesIn(t.id, at8("2026-12-17"))).toBe(1); // one left
    expect(await remindMessageDeadlinesIn(t.id, at8("2026-12-18"))).toBe(0); // the deadline: d1 already sent
    // The day after the deadline: the unit and the office, each once, however often the job runs (the handler too).
    await remindMessageDeadlines({ tenantId: t.id, now: at8("2026-12-19").toISOString() });
    await remindMessageDeadlines({ tenantId: t.id, now: at8("2026-12-19").toISOString() });
    expect(await remindMessageDeadlinesIn(t.id, at8("2026-12-21"))).toBe(0);

    const rows = await notifications(t);
    expect(rows.map((r) => [r.userId, r.messageKey, r.dedupeKey])).toEqual([
      [unitUser.id, "citizenMessageStats.reminders.dueIn", `citizenMessage:${m.id}:2026-12-18:d3`],
      [unitUser.id, "citizenMessageStats.reminders.dueIn", `citizenMessage:${m.id}:2026-12-18:d1`],
      [unitUser.id, "citizenMessageStats.reminders.overdue", `citizenMessage:${m.id}:2026-12-18:overdue`],
      [office.id, "citizenMessageStats.reminders.overdueOffice", `citizenMessage:${m.id}:2026-12-18:overdue:office`],
    ]);
    expect(rows[0]!.values).toMatchObject({ days: 3, dueOn: { day: "2026-12-18" }, code: m.receiptCode });
    expect(rows[1]!.values).toMatchObject({ days: 1 });
    expect(rows.every((r) => r.href === `/console/messages/${m.id}`)).toBe(true);
    expect(rows.some((r) => r.userId === otherUnitUser.id)).toBe(false);

    // A new deadline (reassigned with a fresh clock) reminds afresh.
    await unsafePrisma.citizenMessage.updateMany({
      where: { tenantId: t.id, id: m.id },
      data: { dueOn: new Date("2026-12-24") },
    });
    expect(await remindMessageDeadlinesIn(t.id, at8("2026-12-21"))).toBe(1);
  });

  test("another city's messages are not this city's reminders", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const ua = await createUnit(a);
    await createUser(a, { roles: [{ role: "unit", scopeId: ua.id }] });
    await message(a, await station(a), { status: "HANDBACK_REQUESTED", unitId: ua.id, dueOn: new Date("2026-12-18") });
    expect(await remindMessageDeadlinesIn(b.id, at8("2026-12-17"))).toBe(0);
    expect(await remindMessageDeadlinesIn(a.id, at8("2026-12-17"))).toBe(1);
  });

  test("a missed day still sends the overdue notice later; a deadline long past is not told again", async () => {
    const t = await createTenant();
    const s = await station(t);
    const u = await createUnit(t);
    await createUser(t, { roles: [{ role: "unit", scopeId: u.id }] });
    await createUser(t, { roles: ["deputyAffairs"] });
    const missed = await message(t, s, { status: "TRANSFERRED", unitId: u.id, dueOn: new Date("2026-12-18") });
    await message(t, s, { status: "TRANSFERRED", unitId: u.id, dueOn: new Date("2026-11-20") });
    expect(await remindMessageDeadlinesIn(t.id, at8("2026-12-23"))).toBe(2); // unit and office, for `missed` only
    const rows = await notifications(t);
    expect(rows.map((r) => r.dedupeKey).sort()).toEqual([
      `citizenMessage:${missed.id}:2026-12-18:overdue`,
      `citizenMessage:${missed.id}:2026-12-18:overdue:office`,
    ]);
  });
});

describe("the rating follow-up", () => {
  let smtp: TestSmtp;
  const env = { url: process.env.SMTP_URL, site: process.env.NEXTAUTH_URL };
  beforeAll(async () => {
    smtp = await startSmtp();
    process.env.SMTP_URL = smtp.url;
    process.env.NEXTAUTH_URL = "http://lianxin.test:3000";
  });
  afterAll(async () => {
    await smtp?.close();
    if (env.url === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = env.url;
    if (env.site === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = env.site;
  });

  test("asked once after 10 working days: by mail with the tracking link, or a call back; closed after 15", async () => {
    const t = await createTenant();
    const s = await station(t);
    const staff = await stationUser(t, s.id);
    const office = await createUser(t, { roles: ["deputyAffairs"] });
    // Released on Monday 2026-11-02: ten working days later is Monday 11-16, fifteen is Monday 11-23.
    const released = { status: "RELEASED" as const, releasedAt: new Date("2026-11-02T10:00:00+08:00") };
    const byMail = await message(t, s, { ...released, email: "chen.min@example.cn", phone: "13800138000" });
    const byPhone = await message(t, s, { ...released, phone: "13900139000", title: "公交站台没有遮雨棚" });
    const noContact = await message(t, s, released);
    const rated = await message(t, s, { ...released, status: "CLOSED", rating: "SATISFIED" });
    // Reopened after 不满意 and released again (asked in its first round): it keeps its first rating, waits for the
    // second, is not asked again, and closes by itself like the others.
    const reopened = await message(t, s, {
      ...released,
      email: "wang.li@example.cn",
      rating: "UNSATISFIED",
      reopenCount: 1,
      ratingAskedAt: new Date("2026-10-20T08:00:00+08:00"),
    });

    expect(await followUpRatingsIn(t.id, at8("2026-11-13"))).toEqual({ mailed: 0, callBacks: 0, autoClosed: 0 });
    const before = smtp.messages.length;
    expect(await followUpRatingsIn(t.id, at8("2026-11-16"))).toEqual({ mailed: 1, callBacks: 1, autoClosed: 0 });
    expect(await followUpRatingsIn(t.id, at8("2026-11-16"))).toEqual({ mailed: 0, callBacks: 0, autoClosed: 0 });
    expect(await followUpRatingsIn(t.id, at8("2026-11-17"))).toEqual({ mailed: 0, callBacks: 0, autoClosed: 0 });

    const mails = smtp.messages.slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(["chen.min@example.cn"]); // not wang.li@, asked in the first round
    expect(mails[0]!.subject).toContain("请评价您的留言办理情况");
    expect(mails[0]!.text).toContain(`http://lianxin.test:3000/${t.slug}/track/${byMail.receiptCode}`);
    expect(mails[0]!.text).toContain(byMail.title);

    const rows = await unsafePrisma.citizenMessage.findMany({ where: { tenantId: t.id } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(byMail.id)!.ratingAskedAt).toEqual(at8("2026-11-16"));
    expect(byId.get(byPhone.id)!.ratingAskedAt).toEqual(at8("2026-11-16"));
    expect(byId.get(noContact.id)!.ratingAskedAt).toBeNull();
    expect(byId.get(rated.id)!.ratingAskedAt).toBeNull();

    // The call back: a notification for the station's staff (nobody else) and an item on their workbench.
    const calls = await notifications(t);
    expect(calls.map((n) => [n.userId, n.messageKey, n.dedupeKey])).toEqual([
      [staff.id, "citizenMessageStats.reminders.callBack", `citizenMessage:${byPhone.id}:ratingCallBack`],
    ]);
    const items = await workbench({ tenant: t as never, member: await memberOf(staff), now: at8("2026-11-17") });
    expect(items.find((i) => i.id === "citizenMessages.callBack")).toMatchObject({ count: 1 });
    expect(
      (await workbench({ tenant: t as never, member: await memberOf(office), now: at8("2026-11-17") })).some(
        (i) => i.id === "citizenMessages.callBack",
      ),
    ).toBe(false);

    // Fifteen working days after the release, the unrated ones close by themselves, each with its event.
    expect(await followUpRatingsIn(t.id, at8("2026-11-20"))).toEqual({ mailed: 0, callBacks: 0, autoClosed: 0 });
    expect(await followUpRatingsIn(t.id, at8("2026-11-23"))).toEqual({ mailed: 0, callBacks: 0, autoClosed: 4 });
    expect(await followUpRatingsIn(t.id, at8("2026-11-23"))).toEqual({ mailed: 0, callBacks: 0, autoClosed: 0 });
    const closed = await unsafePrisma.citizenMessage.findMany({
      where: { tenantId: t.id, id: { in: [byMail.id, byPhone.id, noContact.id, reopened.id] } },
    });
    expect(closed.map((m) => [m.status, m.autoClosed]).sort()).toEqual(Array(4).fill(["CLOSED", true]));
    expect(closed.filter((m) => m.rating === null)).toHaveLength(3);
    const events = await unsafePrisma.citizenMessageEvent.findMany({ where: { tenantId: t.id } });
    expect(events.map((e) => [e.kind, e.fromStatus, e.toStatus, e.actorId, e.public])).toEqual(
      Array(4).fill(["autoClose", "RELEASED", "CLOSED", null, true]),
    );

    // Counted apart from the rated one in the statistics.
    const stats = await messageStats(t.id, messageStatsPeriod({ view: "station", year: 2026 }), null);
    expect(stats.total).toMatchObject({ received: 5, rated: 2, satisfied: 1, unsatisfied: 1, autoClosed: 4 });
    expect(stats.total.satisfactionRate).toBe(0.5);
  });

  test("the call back reaches the deputy written to as well; the office when the station has nobody", async () => {
    const t = await createTenant();
    const s = await station(t);
    const lonely = await station(t);
    const staff = await stationUser(t, s.id);
    const office = await createUser(t, { roles: ["deputyAffairs"] });
    const { user: deputyUser, deputy } = await deputyWithAccount(t);
    const released = { status: "RELEASED" as const, releasedAt: new Date("2026-11-02T10:00:00+08:00") };
    const toDeputy = await message(t, s, { ...released, phone: "13700137000", deputyId: deputy.id });
    const nobody = await message(t, lonely, { ...released, phone: "13600136000" });
    expect(await followUpRatingsIn(t.id, at8("2026-11-16"))).toEqual({ mailed: 0, callBacks: 2, autoClosed: 0 });
    const rows = await notifications(t);
    const to = (id: string) => rows.filter((n) => n.dedupeKey === `citizenMessage:${id}:ratingCallBack`);
    expect(
      to(toDeputy.id)
        .map((n) => n.userId)
        .sort(),
    ).toEqual([staff.id, deputyUser.id].sort());
    expect(to(nobody.id).map((n) => n.userId)).toEqual([office.id]);
    const deputyItems = await workbench({
      tenant: t as never,
      member: await memberOf(deputyUser),
      now: at8("2026-11-17"),
    });
    expect(deputyItems.find((i) => i.id === "citizenMessages.callBack")).toMatchObject({ count: 1 });
  });

  test("a mail the SMTP server cannot take is not counted as asked: the next run asks again", async () => {
    const t = await createTenant();
    const s = await station(t);
    const m = await message(t, s, {
      status: "RELEASED",
      releasedAt: new Date("2026-11-02T10:00:00+08:00"),
      email: "li.hua@example.cn",
    });
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    try {
      await expect(followUpRatingsIn(t.id, at8("2026-11-16"))).rejects.toThrow(/rating mails failed/);
    } finally {
      process.env.SMTP_URL = smtp.url;
    }
    expect(
      (await unsafePrisma.citizenMessage.findFirstOrThrow({ where: { tenantId: t.id, id: m.id } })).ratingAskedAt,
    ).toBeNull();
    expect(await followUpRatingsIn(t.id, at8("2026-11-16"))).toMatchObject({ mailed: 1 });
    expect(smtp.messages.filter((x) => x.to.includes("li.hua@example.cn"))).toHaveLength(1);
  });
});

describe("statistics", () => {
  let t: TestTenant;
  let s1: { id: string; name: string };
  let s2: { id: string; name: string };
  let district: { id: string; name: string };
  let deputyName: string;

  beforeAll(async () => {
    t = await createTenant();
    district = await createArea(t, undefined, "龙湖区");
    const street = await createArea(t, { id: district.id, level: "DISTRICT" }, "金霞街道");
    s1 = await station(t, { name: "龙湖区网上代表联络站" });
    s2 = await station(t, { name: "金平区东方街道联络站" });
    const u = await createUnit(t, { name: "市城市管理局" });
    const { deputy } = await deputyWithAccount(t);
    deputyName = deputy.name;
    // Wednesday 2026-03-04 is a day off: the reply times below count it out.
    await createCalendarDay(t, "2026-03-04");
    const received = new Date("2026-03-02T09:00:00+08:00"); // a Monday
    const replied = (day: string) => new Date(`${day}T15:00:00+08:00`);
    const done = { status: "CLOSED" as const, unitId: u.id, dueOn: new Date("2026-03-20") };
    await message(t, s1, {
      ...done,
      deputyId: deputy.id,
      areaId: street.id,
      createdAt: received,
      firstRepliedAt: replied("2026-03-06"), // 3 working days
      releasedAt: replied("2026-03-06"),
      repliedOnTime: true,
      rating: "SATISFIED",
    });
    await message(t, s1, {
      ...done,
      areaId: district.id,
      createdAt: received,
      firstRepliedAt: replied("2026-03-09"), // 4
      releasedAt: replied("2026-03-10"),
      repliedOnTime: false,
      rating: "BASIC",
      reopenCount: 1,
    });
    await message(t, s1, {
      ...done,
      deputyId: deputy.id,
      category: "transport",
      createdAt: received,
      firstRepliedAt: replied("2026-03-03"), // 1
      releasedAt: replied("2026-03-03"),
      repliedOnTime: true,
      rating: "UNSATISFIED",
    });
    await message(t, s2, {
      status: "TRANSFERRED",
      unitId: u.id,
      dueOn: new Date("2026-03-20"),
      category: "transport",
      createdAt: received,
    });
    await message(t, s2, { createdAt: received }); // SUBMITTED
    await message(t, s2, {
      ...done,
      createdAt: received,
      firstRepliedAt: replied("2026-03-16"), // 9
      releasedAt: replied("2026-03-16"),
      repliedOnTime: true,
      autoClosed: true,
    });
    await message(t, s1, { status: "RETURNED", reason: "不属于人大代表联络站受理范围", createdAt: received });
    await message(t, s1, { createdAt: new Date("2025-12-31T23:00:00+08:00") }); // last year: not counted
  });

  const year2026 = messageStatsPeriod({ view: "station", year: 2026 });

  test("the figures add up, with 满意率 = (满意 + 基本满意) / rated and reply times in working days", async () => {
    const stats = await messageStats(t.id, year2026, null, at8("2026-12-01"));
    expect(stats.total).toEqual({
      received: 7,
      accepted: 5,
      replied: 4,
      repliedOnTime: 3,
      overdue: 1,
      rated: 3,
      satisfied: 1,
      basic: 1,
      unsatisfied: 1,
      reopened: 1,
      autoClosed: 1,
      satisfactionRate: 2 / 3,
      replyDaysAvg: 4.3, // (3 + 4 + 1 + 9) / 4 = 4.25
      replyDaysMedian: 3.5,
    });
    expect(stats.rows.map((r) => [r.label, r.received, r.replied, r.rated])).toEqual([
      [s1.name, 4, 3, 3],
      [s2.name, 3, 1, 0],
    ]);
    for (const f of ["received", "accepted", "replied", "repliedOnTime", "overdue", "rated", "autoClosed"] as const)
      expect(stats.rows.reduce((n, r) => n + r[f], 0)).toBe(stats.total[f]);
    expect(stats.rows[1]!.satisfactionRate).toBeNull();
    // Before the deadline nothing is overdue.
    expect((await messageStats(t.id, year2026, null, at8("2026-03-20"))).total.overdue).toBe(0);
  });

  test("per deputy, category and district; a period of dates; station staff see their stations only", async () => {
    const byDeputy = await messageStats(t.id, { ...year2026, view: "deputy" }, null);
    expect(byDeputy.rows.map((r) => [r.key === "" ? "" : r.label, r.received])).toEqual([
      ["", 5],
      [deputyName, 2],
    ]);
    const byCategory = await messageStats(t.id, { ...year2026, view: "category" }, null);
    expect(byCategory.rows.map((r) => [r.key, r.received, r.unsatisfied])).toEqual([
      ["urban", 5, 0],
      ["transport", 2, 1],
    ]);
    const byArea = await messageStats(t.id, { ...year2026, view: "area" }, null);
    expect(byArea.rows.map((r) => [r.key === "" ? "" : r.label, r.received])).toEqual([
      ["", 5],
      [district.name, 2],
    ]);
    const march = messageStatsPeriod({ view: "station", from: "2026-03-02", to: "2026-03-02" });
    expect((await messageStats(t.id, march, null)).total.received).toBe(7);
    const before = messageStatsPeriod({ view: "station", from: "2026-03-03", to: "2026-01-01" });
    expect(before).toMatchObject({ from: "2026-01-01", to: "2026-03-03", year: null });
    expect((await messageStats(t.id, before, null)).total.received).toBe(7);

    const staff = await memberOf(await stationUser(t, s2.id));
    expect(messageStatsFilter(staff)).toEqual([s2.id]);
    const own = await messageStats(t.id, year2026, messageStatsFilter(staff));
    expect(own.rows.map((r) => r.key)).toEqual([s2.id]);
    expect(own.total.received).toBe(3);
    expect(messageStatsFilter(await memberOf(await createUser(t, { roles: ["leader"] })))).toBeNull();
    // Another city sees none of these.
    const other = await createTenant();
    expect((await messageStats(other.id, year2026, null)).total.received).toBe(0);
  });

  test("the .xlsx holds the page's figures: every row and the total", async () => {
    for (const view of ["station", "category"] as const) {
      const stats = await messageStats(t.id, { ...year2026, view }, null, at8("2026-12-01"));
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await messageStatsWorkbook(stats, t.fullName, "zh-CN")) as never);
      const sheet = book.worksheets[0]!;
      expect(String(sheet.getCell("A1").value)).toContain("2026-01-01");
      expect(String(sheet.getCell("A2").value)).toContain("满意率 =（满意 + 基本满意）÷ 已评价");
      expect((sheet.getRow(3).values as unknown[]).slice(1, 3)).toEqual([
        view === "station" ? "联络站" : "类别",
        "收到",
      ]);
      const t0 = await getTranslator("zh-CN");
      const say = (key: string) => t0(key as never) as string;
      const cells = (row: number) =>
        Array.from({ length: STATS_COLUMNS.length + 1 }, (_, i) => sheet.getRow(row).getCell(i + 1).value ?? null);
      stats.rows.forEach((r, i) =>
        expect(cells(4 + i)).toEqual([
          messageStatsRowLabel(r, view, say),
          ...STATS_COLUMNS.map((c) => statsCell(r, c)),
        ]),
      );
      expect(cells(4 + stats.rows.length)).toEqual(["合计", ...STATS_COLUMNS.map((c) => statsCell(stats.total, c))]);
      if (view === "category") expect(cells(4)[0]).toBe("城市管理");
    }
    const totals = await messageStats(t.id, year2026, null);
    expect(statsCell(totals.total, "satisfactionRate")).toBe(66.7);
  });

  test("the export route: the page's figures for message.stats holders, their own stations for staff", async () => {
    const get = async (user: { id: string; tenantId: string } | null, query: string, slug = t.slug) => {
      session.current = user
        ? { identity: { kind: "tenant", userId: user.id, tenantId: user.tenantId, authAt: Date.now() } }
        : null;
      return exportStats(new NextRequest(`http://localhost:3000/${slug}/console/messages/stats/export?${query}`), {
        params: Promise.resolve({ tenant: slug }),
      });
    };
    const totalRow = async (res: Response) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await res.arrayBuffer()) as never);
      const sheet = book.worksheets[0]!;
      const last = sheet.getRow(sheet.rowCount);
      return Array.from({ length: STATS_COLUMNS.length + 1 }, (_, i) => last.getCell(i + 1).value ?? null);
    };
    const office = await createUser(t, { roles: ["deputyAffairs"] });
    const res = await get(office, "view=station&year=2026");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    expect(res.headers.get("content-disposition")).toContain("attachment");
    const page = await messageStats(t.id, year2026, null);
    expect(await totalRow(res)).toEqual(["合计", ...STATS_COLUMNS.map((c) => statsCell(page.total, c))]);

    const staff = await stationUser(t, s2.id);
    const own = await messageStats(t.id, year2026, [s2.id]);
    expect(await totalRow(await get(staff, "view=station&year=2026"))).toEqual([
      "合计",
      ...STATS_COLUMNS.map((c) => statsCell(own.total, c)),
    ]);

    const { user: deputyUser } = await deputyWithAccount(t); // a deputy holds no message.stats
    expect((await get(deputyUser, "year=2026")).status).toBe(403);
    expect((await get(null, "year=2026")).status).toBe(401);
    const bad = await get(office, "view=planet&year=20x6");
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({
      error: {
        code: "VALIDATION",
        fieldErrors: { view: ["请从给出的选项中选择一项。"], year: ["格式不正确，请重新填写。"] },
      },
    });
    // Another city's session is a city that does not exist.
    const other = await createTenant();
    expect((await get(await createUser(other, { roles: ["deputyAffairs"] }), "year=2026")).status).toBe(404);
  });
});

describe("the workbench", () => {
  test("each role sees what waits for it, linking to the filtered list", async () => {
    const t = await createTenant();
    const s = await station(t);
    const elsewhere = await station(t);
    const u = await createUnit(t);
    const { user: deputyUser, deputy } = await deputyWithAccount(t);
    await unsafePrisma.stationDeputy.create({ data: { tenantId: t.id, stationId: s.id, deputyId: deputy.id } });
    const staff = await stationUser(t, s.id);
    const office = await createUser(t, { roles: ["deputyAffairs"] });
    const unitUser = await createUser(t, { roles: [{ role: "unit", scopeId: u.id }] });

    await message(t, s, {});
    await message(t, s, { deputyId: deputy.id });
    await message(t, elsewhere, {});
    await message(t, s, { status: "ACCEPTED" });
    await message(t, s, { status: "CLASSIFIED" });
    await message(t, s, { status: "REPLIED", unitId: u.id, dueOn: new Date("2026-12-18") });
    const late = await message(t, s, { status: "TRANSFERRED", unitId: u.id, dueOn: new Date("2026-12-01") });
    const soon = await message(t, s, { status: "TRANSFERRED", unitId: u.id, dueOn: new Date("2026-12-09") });
    const back = await message(t, elsewhere, {
      status: "HANDBACK_REQUESTED",
      unitId: u.id,
      dueOn: new Date("2026-12-23"),
    });
    const now = at8("2026-12-04"); // a Friday
    const items = async (user: { id: string; tenantId: string }) =>
      (await workbench({ tenant: t as never, member: await memberOf(user), now })).map((i) => ({
        id: i.id,
        count: i.count,
        href: i.href,
        left: i.due?.workingDaysLeft,
      }));
    const list = `/${t.slug}/console/messages`;

    expect(await items(office)).toEqual([
      { id: "citizenMessages.toClassify", count: 1, href: `${list}?status=ACCEPTED`, left: undefined },
      { id: "citizenMessages.toTransfer", count: 1, href: `${list}?status=CLASSIFIED`, left: undefined },
      { id: "citizenMessages.handback", count: 1, href: `${list}?status=HANDBACK_REQUESTED`, left: undefined },
      { id: "citizenMessages.toRelease", count: 1, href: `${list}?status=REPLIED`, left: undefined },
      { id: "citizenMessages.overdue", count: 1, href: `${list}?status=overdue`, left: undefined },
    ]);
    expect(await items(staff)).toEqual([
      { id: "citizenMessages.toAccept", count: 2, href: `${list}?status=SUBMITTED`, left: undefined },
    ]);
    expect(await items(deputyUser)).toEqual([
      { id: "citizenMessages.toAccept", count: 2, href: `${list}?status=SUBMITTED`, left: undefined },
      { id: "citizenMessages.toCheck", count: 1, href: `${list}?status=REPLIED`, left: undefined },
    ]);
    // The unit: each message it holds, the nearest deadline first, with the working days left (negative: late).
    expect(await items(unitUser)).toEqual([
      { id: `citizenMessages.unitDue:${late.id}`, count: undefined, href: `${list}/${late.id}`, left: -3 },
      { id: `citizenMessages.unitDue:${soon.id}`, count: undefined, href: `${list}/${soon.id}`, left: 3 },
      { id: `citizenMessages.unitDue:${back.id}`, count: undefined, href: `${list}/${back.id}`, left: 13 },
    ]);
    // A unit account of another city's unit, or a member of no role here, sees nothing of these.
    const stranger = await createUser(t, { roles: ["legislative"] });
    expect(await items(stranger)).toEqual([]);
  });
});
