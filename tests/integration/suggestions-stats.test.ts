// The rates of deputies' suggestions against real PostgreSQL, on a hand-made fixture: fifteen suggestions inserted
// directly in known states (and one in another city), the expected figures worked out by hand below, compared
// with every rate and every breakdown (per unit with its ranking, category, delegation, session, year, key); the
// filters; the .xlsx holds the page's figures row by row; publishing (office only, replied only, where the city
// publishes; audited); the public list shows only published suggestions and only public fields; the API answers
// 200, 400 on a bad parameter and 404 for an unknown city.
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { GET as exportStats } from "@/app/[tenant]/console/suggestions/stats/export/route";
import { GET as listApi } from "@/app/api/v1/[tenant]/suggestions/route";
import { GET as statsApi } from "@/app/api/v1/[tenant]/suggestions/stats/route";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { addShanghaiDays, dayToDate, todayInShanghai } from "@/lib/dates";
import { getTranslator } from "@/lib/i18n/translate";
import {
  cachedSuggestionStats,
  forgetKeptSuggestionStats,
  listPublishedSuggestions,
  publishSuggestion,
  SUGGESTION_STATS_COLUMNS,
  SUGGESTION_BREAKDOWNS,
  statsCell,
  suggestionStats,
  type SuggestionCount,
  type SuggestionStats,
  type SuggestionStatsRow,
} from "@/lib/modules/suggestions";
import { statsSheetRows, suggestionStatsWorkbook } from "@/lib/modules/suggestions/export-stats";
import { auditRows, createTenant, createUser, sessionFor } from "../factories";
import { insertSuggestion, suggestionCity, type SuggestionCity } from "../factories/suggestions";

const session = vi.hoisted(() => ({ current: null as null | { identity: unknown } }));
vi.mock("next-auth", async (load) => ({
  ...(await load<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));

const YEAR = 2025;
const day = (offset: number) => dayToDate(todayInShanghai(addShanghaiDays(new Date(), offset)));
const PHONE = "13900001111";

let c: SuggestionCity;
let s1: { id: string };
const ids: Record<number, string> = {};

type Counts = Partial<Record<SuggestionCount, number>>;
const ZERO = {
  submitted: 0,
  assigned: 0,
  replied: 0,
  repliedOnTime: 0,
  a: 0,
  b: 0,
  c: 0,
  bDone: 0,
  done: 0,
  rated: 0,
  satisfied: 0,
  basic: 0,
  unsatisfied: 0,
  overdue: 0,
  keyCount: 0,
};
const counts = (o: Counts) => ({ ...ZERO, ...o });
const countsOf = (r: SuggestionStats["total"]) =>
  Object.fromEntries(Object.keys(ZERO).map((k) => [k, r[k as SuggestionCount]]));
const byKey = (rows: SuggestionStatsRow[]) => Object.fromEntries(rows.map((r) => [r.key, countsOf(r)]));

beforeAll(async () => {
  c = await suggestionCity(await createTenant({ settings: { suggestions: { publish: true } } }));
  await unsafePrisma.deputy.updateMany({
    where: { tenantId: c.tenant.id, id: c.lead.deputy.id },
    data: { phone: PHONE },
  });
  s1 = await unsafePrisma.congressSession.create({
    data: {
      tenantId: c.tenant.id,
      term: "第九届",
      number: 4,
      name: "第九届人民代表大会第四次会议",
      year: YEAR,
      opensOn: new Date("2025-01-10"),
      closesOn: new Date("2025-01-14"),
      deadlineOn: new Date("2025-01-13"),
    },
  });
  const U1 = c.leadUnit.id;
  const U2 = c.assistUnit.id;
  const U3 = c.otherUnit.id;
  const replied = (onTime: boolean) => ({ firstRepliedAt: new Date(), repliedOnTime: onTime });
  const put = async (n: number, o: Parameters<typeof insertSuggestion>[1]) => {
    ids[n] = (await insertSuggestion(c, { ...o, data: { year: YEAR, ...o?.data } })).id;
  };
  // Not counted: a draft, a withdrawn and a merged one.
  await put(1, { status: "DRAFT" });
  await put(2, { status: "WITHDRAWN" });
  // Submitted, not yet assigned.
  await put(4, { status: "SUBMITTED", data: { category: "economy", delegation: "南区" } });
  await put(3, { status: "MERGED", data: { mergedIntoId: ids[4]! } });
  // U1: overdue key one, one still on its clock, an A reply unrated, an A reply satisfied.
  const s = { sessionId: s1.id, timing: "SESSION" as const };
  await put(5, {
    status: "ASSIGNED",
    data: { ...s, category: "urban", delegation: "北区", isKey: true, dueOn: day(-1), leadUnitId: U1 },
  });
  await put(6, { status: "ASSIGNED", data: { ...s, category: "urban", delegation: "北区", dueOn: day(30) } });
  await put(7, {
    status: "REPLIED",
    data: { ...s, category: "urban", delegation: "北区", isKey: true, replyCategory: "A", ...replied(true) },
  });
  await put(8, {
    status: "CLOSED",
    data: {
      ...s,
      category: "economy",
      delegation: "南区",
      replyCategory: "A",
      satisfaction: "SATISFIED",
      ...replied(true),
      body: `请联系 ${PHONE}`,
    },
  });
  // U2: B awaiting its follow-up (basically satisfied), B done (satisfied), C late (unsatisfied, allowance used).
  await put(9, {
    status: "IN_PLAN",
    data: { category: "economy", delegation: "南区", leadUnitId: U2, satisfaction: "BASIC", ...replied(true) },
  });
  await put(10, {
    status: "CLOSED",
    data: {
      ...s,
      category: "health",
      delegation: "南区",
      leadUnitId: U2,
      // B, then its follow-up solved it: now A, with followUpDoneAt.
      replyCategory: "A",
      followUpDoneAt: new Date(),
      satisfaction: "SATISFIED",
      ...replied(true),
    },
  });
  await put(11, {
    status: "CLOSED",
    data: { category: "health", leadUnitId: U2, replyCategory: "C", satisfaction: "UNSATISFIED", ...replied(false) },
  });
  // U3: a key one being handled again after 不满意 (its first reply was on time), a hand-back asked past its day.
  await put(12, {
    status: "ASSIGNED",
    data: {
      category: "health",
      delegation: "北区",
      leadUnitId: U3,
      isKey: true,
      replyCategory: "C",
      satisfaction: "UNSATISFIED",
      rehandleCount: 1,
      dueOn: day(20),
      ...replied(true),
    },
  });
  await put(15, { status: "HANDBACK_REQUESTED", data: { category: "economy", leadUnitId: U3, dueOn: day(-3) } });
  // The year before, and another city's.
  await put(13, {
    status: "CLOSED",
    data: { year: YEAR - 1, category: "urban", replyCategory: "A", satisfaction: "SATISFIED", ...replied(true) },
  });
  const other = await suggestionCity(await createTenant({ settings: { suggestions: { publish: true } } }));
  ids[14] = (
    await insertSuggestion(other, {
      status: "CLOSED",
      data: { year: YEAR, replyCategory: "A", ...replied(true), publishedAt: new Date() },
    })
  ).id;
  otherSlug = other.tenant.slug;
  // Replies of the two that will be published.
  await unsafePrisma.suggestionReply.createMany({
    data: [
      {
        tenantId: c.tenant.id,
        suggestionId: ids[8]!,
        unitId: U1,
        kind: "FIRST",
        category: "A",
        body: "已建成停车场。",
      },
      {
        tenantId: c.tenant.id,
        suggestionId: ids[10]!,
        unitId: U2,
        kind: "FIRST",
        category: "B",
        body: "已列入明年计划。",
        promisedOn: new Date("2025-10-01"),
      },
      { tenantId: c.tenant.id, suggestionId: ids[10]!, unitId: U2, kind: "FOLLOW_UP", category: "A", body: "已完工。" },
    ],
  });
});
let otherSlug = "";

beforeEach(() => forgetKeptSuggestionStats());

const q = (o: Partial<SuggestionStats["query"]> = {}) => ({ year: YEAR, session: null, key: null, ...o });

describe("the rates against the hand-made fixture", () => {
  test("the total: 10 counted of 15, and every rate by its formula", async () => {
    const st = await suggestionStats(c.tenant.id, q(), todayInShanghai());
    // #4–#12 and #15; assigned = all but #4; replied #7–#12; on time all of them but #11.
    expect(countsOf(st.total)).toEqual(
      counts({
        submitted: 10,
        assigned: 9,
        replied: 6,
        repliedOnTime: 5,
        a: 3,
        b: 1,
        c: 2,
        bDone: 1,
        done: 3,
        rated: 5,
        satisfied: 2,
        basic: 1,
        unsatisfied: 2,
        overdue: 2,
        keyCount: 3,
      }),
    );
    expect(st.total.replyRate).toBeCloseTo(5 / 9);
    expect(st.total.doneRate).toBeCloseTo(3 / 9);
    expect(st.total.solvingRate).toBeCloseTo(4 / 6);
    expect(st.total.satisfactionRate).toBeCloseTo(3 / 5);
    expect([st.total.aShare, st.total.bShare, st.total.cShare].map((x) => x!.toFixed(4))).toEqual([
      "0.5000",
      "0.1667",
      "0.3333",
    ]);
    expect(statsCell(st.total, "replyRate")).toBe(55.6);
    expect(statsCell(st.total, "doneRate")).toBe(33.3);
  });

  test("per lead unit, ranked by 办复率 then 满意率; the unassigned one is in no unit", async () => {
    const st = await suggestionStats(c.tenant.id, q(), todayInShanghai());
    expect(st.unit.map((r) => r.key)).toEqual([c.assistUnit.id, c.leadUnit.id, c.otherUnit.id]);
    expect(st.unit.map((r) => r.label)).toEqual([c.assistUnit.name, c.leadUnit.name, c.otherUnit.name]);
    expect(byKey(st.unit)).toEqual({
      [c.leadUnit.id]: counts({
        submitted: 4,
        assigned: 4,
        replied: 2,
        repliedOnTime: 2,
        a: 2,
        done: 2,
        rated: 1,
        satisfied: 1,
        overdue: 1,
        keyCount: 2,
      }),
      [c.assistUnit.id]: counts({
        submitted: 3,
        assigned: 3,
        replied: 3,
        repliedOnTime: 2,
        a: 1,
        b: 1,
        c: 1,
        bDone: 1,
        done: 1,
        rated: 3,
        satisfied: 1,
        basic: 1,
        unsatisfied: 1,
      }),
      [c.otherUnit.id]: counts({
        submitted: 2,
        assigned: 2,
        replied: 1,
        repliedOnTime: 1,
        c: 1,
        rated: 1,
        unsatisfied: 1,
        overdue: 1,
        keyCount: 1,
      }),
    });
    const [u2, u1, u3] = st.unit;
    expect([u2!.replyRate, u2!.satisfactionRate, u2!.doneRate]).toEqual([2 / 3, 2 / 3, 1 / 3]);
    expect([u1!.replyRate, u1!.satisfactionRate, u1!.doneRate]).toEqual([0.5, 1, 0.5]);
    expect([u3!.replyRate, u3!.satisfactionRate, u3!.solvingRate]).toEqual([0.5, 0, 0]);
  });

  test("per category, delegation, session, key and year", async () => {
    const st = await suggestionStats(c.tenant.id, q(), todayInShanghai());
    expect(st.category.map((r) => r.key)).toEqual(["economy", "health", "urban"]);
    expect(byKey(st.category)).toEqual({
      economy: counts({
        submitted: 4,
        assigned: 3,
        replied: 2,
        repliedOnTime: 2,
        a: 1,
        b: 1,
        done: 1,
        rated: 2,
        satisfied: 1,
        basic: 1,
        overdue: 1,
      }),
      urban: counts({
        submitted: 3,
        assigned: 3,
        replied: 1,
        repliedOnTime: 1,
        a: 1,
        done: 1,
        overdue: 1,
        keyCount: 2,
      }),
      health: counts({
        submitted: 3,
        assigned: 3,
        replied: 3,
        repliedOnTime: 2,
        a: 1,
        c: 2,
        bDone: 1,
        done: 1,
        rated: 3,
        satisfied: 1,
        unsatisfied: 2,
        keyCount: 1,
      }),
    });
    expect(st.category.find((r) => r.key === "health")!.satisfactionRate).toBeCloseTo(1 / 3);
    expect(byKey(st.delegation)).toEqual({
      北区: counts({
        submitted: 4,
        assigned: 4,
        replied: 2,
        repliedOnTime: 2,
        a: 1,
        c: 1,
        done: 1,
        rated: 1,
        unsatisfied: 1,
        overdue: 1,
        keyCount: 3,
      }),
      南区: counts({
        submitted: 4,
        assigned: 3,
        replied: 3,
        repliedOnTime: 3,
        a: 2,
        b: 1,
        bDone: 1,
        done: 2,
        rated: 3,
        satisfied: 2,
        basic: 1,
      }),
      "": counts({ submitted: 2, assigned: 2, replied: 1, c: 1, rated: 1, unsatisfied: 1, overdue: 1 }),
    });
    expect(byKey(st.session)).toEqual({
      [s1.id]: counts({
        submitted: 5,
        assigned: 5,
        replied: 3,
        repliedOnTime: 3,
        a: 3,

        bDone: 1,
        done: 3,
        rated: 2,
        satisfied: 2,
        overdue: 1,
        keyCount: 2,
      }),
      "": counts({
        submitted: 5,
        assigned: 4,
        replied: 3,
        repliedOnTime: 2,
        b: 1,
        c: 2,
        rated: 3,
        basic: 1,
        unsatisfied: 2,
        overdue: 1,
        keyCount: 1,
      }),
    });
    expect(st.session.find((r) => r.key === s1.id)!.label).toBe("第九届人民代表大会第四次会议");
    expect(st.key.map((r) => [r.key, r.submitted])).toEqual([
      ["key", 3],
      ["ordinary", 7],
    ]);
    expect(st.year.map((r) => r.key)).toEqual([String(YEAR), String(YEAR - 1)]);
    expect(countsOf(st.year[0]!)).toEqual(countsOf(st.total));
    expect(countsOf(st.year[1]!)).toEqual(
      counts({ submitted: 1, assigned: 1, replied: 1, repliedOnTime: 1, a: 1, done: 1, rated: 1, satisfied: 1 }),
    );
  });

  test("the filters: key only, one session, the year before; another city sees none of these", async () => {
    const key = await suggestionStats(c.tenant.id, q({ key: "key" }), todayInShanghai());
    expect(countsOf(key.total)).toEqual(
      counts({
        submitted: 3,
        assigned: 3,
        replied: 2,
        repliedOnTime: 2,
        a: 1,
        c: 1,
        done: 1,
        rated: 1,
        unsatisfied: 1,
        overdue: 1,
        keyCount: 3,
      }),
    );
    const ordinary = await suggestionStats(c.tenant.id, q({ key: "ordinary" }), todayInShanghai());
    expect(ordinary.total.submitted).toBe(7);
    const session = await suggestionStats(c.tenant.id, q({ session: s1.id }), todayInShanghai());
    expect(session.total.submitted).toBe(5);
    expect(session.total.replyRate).toBeCloseTo(3 / 5);
    const before = await suggestionStats(c.tenant.id, q({ year: YEAR - 1 }), todayInShanghai());
    expect(before.total.submitted).toBe(1);
    expect(before.total.replyRate).toBe(1);
    const empty = await suggestionStats(c.tenant.id, q({ year: 2001 }), todayInShanghai());
    expect(empty.total.submitted).toBe(0);
    expect(empty.total.replyRate).toBeNull();
    const other = await createTenant();
    expect((await suggestionStats(other.id, q(), todayInShanghai())).total.submitted).toBe(0);
  });
});

describe(".xlsx", () => {
  test("every sheet holds the page's figures row by row, the units ranked, with borders and a header row", async () => {
    const st = await suggestionStats(c.tenant.id, q(), todayInShanghai());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await suggestionStatsWorkbook(st, c.tenant.fullName, null, "zh-CN")) as never);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "总体",
      "承办单位排名",
      "按类别",
      "按代表团",
      "按会次",
      "按年度",
      "重点督办",
    ]);
    const tr = await getTranslator("zh-CN");
    const say = (key: string, values?: Record<string, string | number>) => tr(key as never, values as never) as string;
    const cells = (sheet: ExcelJS.Worksheet, row: number, n: number) =>
      Array.from({ length: n }, (_, i) => sheet.getRow(row).getCell(i + 1).value ?? null);
    const head = book.worksheets[0]!;
    expect(String(head.getCell("A1").value)).toContain(`${YEAR}年代表建议办理统计`);
    SUGGESTION_STATS_COLUMNS.forEach((col, i) =>
      expect(cells(head, 4 + i, 2)).toEqual([say(`suggestionStats.figure.${col}`), statsCell(st.total, col)]),
    );
    expect(cells(head, 8, 3)).toEqual(["办复率（%）", 55.6, "办复率 = 按期答复数 ÷ 交办数"]);
    for (const [i, dim] of SUGGESTION_BREAKDOWNS.entries()) {
      const sheet = book.worksheets[i + 1]!;
      const expected = statsSheetRows(st, dim, say);
      expect(sheet.rowCount).toBe(3 + expected.length);
      const width = expected[0]!.length;
      expected.forEach((row, r) => expect(cells(sheet, 4 + r, width)).toEqual(row));
      expect(sheet.getRow(3).font?.bold).toBe(true);
      expect(sheet.getRow(4).getCell(1).border?.top?.style).toBe("thin");
      expect(sheet.getColumn(dim === "unit" ? 2 : 1).width).toBe(28);
    }
    // The ranking sheet, independently of statsSheetRows: place, name, then the page's columns.
    const units = book.worksheets[1]!;
    expect(cells(units, 3, 3)).toEqual(["名次", "承办单位", "提出"]);
    expect(cells(units, 4, 7)).toEqual([1, c.assistUnit.name, 3, 3, 3, 2, 66.7]);
    expect(cells(units, 6, 7)).toEqual([3, c.otherUnit.name, 2, 2, 1, 1, 50]);
    expect(cells(book.worksheets[2]!, 4, 2)).toEqual(["经济发展", 4]);
    expect(cells(book.worksheets[4]!, 4, 1)[0]).toMatch(/第九届人民代表大会第四次会议|闭会期间/);
  });

  test("the export route: suggestion.stats holders get it; a unit 403; another city's session 404; bad year 422", async () => {
    const get = async (user: { id: string; tenantId: string }, query: string, slug = c.tenant.slug) => {
      session.current = { identity: { kind: "tenant", userId: user.id, tenantId: user.tenantId, authAt: Date.now() } };
      return exportStats(new NextRequest(`http://localhost:3000/${slug}/console/suggestions/stats/export?${query}`), {
        params: Promise.resolve({ tenant: slug }),
      });
    };
    const res = await get(c.office, `year=${YEAR}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as never);
    expect(book.worksheets[0]!.getRow(4).getCell(2).value).toBe(10);
    expect((await get(c.leader, `year=${YEAR}&key=key`)).status).toBe(200);
    expect((await get(c.leadUnitUser, `year=${YEAR}`)).status).toBe(403);
    expect((await get(c.office, `year=${YEAR}`, otherSlug)).status).toBe(404);
    expect((await get(c.office, "year=abc")).status).toBe(422);
  });
});

describe("publishing and the public list", () => {
  const publish = (user: { id: string; tenantId: string }, id: string, published: boolean, slug = c.tenant.slug) =>
    executeAction(publishSuggestion, slug, { id, published }, sessionFor(user));

  test("the office publishes replied ones only, where the city publishes; audited; units may not", async () => {
    expect(await publish(c.office, ids[8]!, true)).toMatchObject({ ok: true, data: { published: true } });
    expect(await publish(c.office, ids[10]!, true)).toMatchObject({ ok: true });
    expect(await publish(c.office, ids[7]!, true)).toMatchObject({ ok: true });
    expect(await publish(c.office, ids[7]!, false)).toMatchObject({ ok: true, data: { published: false } });
    expect(await publish(c.office, ids[6]!, true)).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await publish(c.leadUnitUser, ids[8]!, false)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const actions = (await auditRows(c.tenant.id, { entityId: ids[7]! })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["suggestion.publish", "suggestion.unpublish"]));
    const events = await unsafePrisma.suggestionEvent.findMany({
      where: { tenantId: c.tenant.id, suggestionId: ids[7]! },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(events.map((e) => [e.kind, e.toStatus, e.actorId])).toEqual([
      ["publish", "REPLIED", c.office.id],
      ["unpublish", "REPLIED", c.office.id],
    ]);
    const quiet = await suggestionCity();
    const q1 = await insertSuggestion(quiet, { status: "CLOSED", data: { firstRepliedAt: new Date() } });
    expect(await publish(quiet.office, q1.id, true, quiet.tenant.slug)).toMatchObject({
      ok: false,
      error: { code: "CONFLICT" },
    });
    // Another city's suggestion is not found.
    expect(await publish(c.office, ids[14]!, true)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  test("only published ones, only public fields, with their replies", async () => {
    const { rows, total } = await listPublishedSuggestions(c.tenant.id, { year: YEAR }, { limit: 20, offset: 0 });
    expect(total).toBe(2);
    expect(rows.map((r) => r.id).sort()).toEqual([ids[8]!, ids[10]!].sort());
    const r10 = rows.find((r) => r.id === ids[10])!;
    expect(Object.keys(r10).sort()).toEqual(
      [
        "id",
        "year",
        "number",
        "kind",
        "timing",
        "sessionId",
        "title",
        "category",
        "leadDeputy",
        "leadUnitId",
        "leadUnit",
        "status",
        "replyCategory",
        "publishedAt",
        "replies",
      ].sort(),
    );
    expect(r10).toMatchObject({ leadDeputy: c.lead.deputy.name, leadUnit: c.assistUnit.name, replyCategory: "A" });
    expect(r10.replies).toMatchObject([
      { kind: "FIRST", category: "B", body: "已列入明年计划。", promisedOn: "2025-10-01" },
      { kind: "FOLLOW_UP", body: "已完工。" },
    ]);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(c.co1.deputy.name);
  });
});

describe("the public API", () => {
  const call = async (route: typeof listApi, path: string, slug = c.tenant.slug) => {
    session.current = null;
    const res = await route(new NextRequest(`http://localhost:3000/api/v1/${slug}/${path}`), {
      params: Promise.resolve({ tenant: slug }),
    });
    return { status: res.status, body: await res.json() };
  };

  test("the list: published ones with filters and pages; 400 on bad values; 404 unknown city", async () => {
    const all = await call(listApi, `suggestions?year=${YEAR}`);
    expect(all.status).toBe(200);
    expect(all.body.data).toMatchObject({ total: 2, limit: 20, offset: 0, published: true });
    expect(JSON.stringify(all.body)).not.toContain(PHONE);
    const unit = await call(listApi, `suggestions?unit=${c.assistUnit.id}&status=CLOSED`);
    expect(unit.body.data.suggestions.map((s: { id: string }) => s.id)).toEqual([ids[10]]);
    expect((await call(listApi, `suggestions?session=${s1.id}&limit=1`)).body.data).toMatchObject({
      total: 2,
      limit: 1,
    });
    expect((await call(listApi, "suggestions?year=2001")).body.data.total).toBe(0);
    for (const bad of ["year=abc", "year=1999", "unit=x", "status=NOPE", "limit=0", "colour=red"]) {
      const r = await call(listApi, `suggestions?${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.error).toMatchObject({ code: "BAD_REQUEST", message: "查询参数有误，请检查后重试。" });
      expect(Object.keys(r.body.error.fieldErrors ?? {}).length, bad).toBeGreaterThan(0);
    }
    expect((await call(listApi, "suggestions", "no-such-city")).status).toBe(404);
    // The other city lists its own, never this city's.
    const other = await call(listApi, "suggestions", otherSlug);
    expect(other.body.data.suggestions.map((s: { id: string }) => s.id)).toEqual([ids[14]]);
  });

  test("a city that does not publish lists nothing", async () => {
    const quiet = await suggestionCity();
    await insertSuggestion(quiet, { status: "CLOSED", data: { publishedAt: new Date(), firstRepliedAt: new Date() } });
    const r = await call(listApi, "suggestions", quiet.tenant.slug);
    expect(r.body.data).toMatchObject({ suggestions: [], total: 0, published: false });
  });

  test("the stats: the rates of the year; 400 on a bad year; 404 unknown city", async () => {
    const r = await call(statsApi, `suggestions/stats?year=${YEAR}`);
    expect(r.status).toBe(200);
    expect(r.body.data.total).toMatchObject({ submitted: 10, assigned: 9, repliedOnTime: 5, done: 3 });
    expect(r.body.data.total.replyRate).toBeCloseTo(5 / 9);
    expect(r.body.data.unit.map((u: { key: string }) => u.key)).toEqual([
      c.assistUnit.id,
      c.leadUnit.id,
      c.otherUnit.id,
    ]);
    expect((await call(statsApi, "suggestions/stats?year=20x5")).status).toBe(400);
    expect((await call(statsApi, "suggestions/stats?session=1")).status).toBe(400);
    expect((await call(statsApi, "suggestions/stats", "no-such-city")).status).toBe(404);
    const defaultYear = await call(statsApi, "suggestions/stats");
    expect(defaultYear.body.data.query.year).toBe(Number(todayInShanghai().slice(0, 4)));
  });

  test("kept figures: an action shows at once, anything else within 60 s; one computation at a time", async () => {
    const t0 = new Date(`${todayInShanghai()}T03:00:00+08:00`);
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    const submitted = async (s: number) => (await cachedSuggestionStats(c.tenant.id, q(), at(s))).total.submitted;
    const before = await submitted(0);
    // Written behind the action path: the kept figure stands …
    await insertSuggestion(c, { status: "SUBMITTED", data: { year: YEAR } });
    expect(await submitted(1)).toBe(before);
    // … an action commits: recomputed on the next read, however young the kept figure.
    expect(await publish(c.office, ids[8]!, true)).toMatchObject({ ok: true });
    expect(await submitted(2)).toBe(before + 1);
    // Nothing through the actions: recomputed once 60 s old.
    await insertSuggestion(c, { status: "SUBMITTED", data: { year: YEAR } });
    expect(await submitted(30)).toBe(before + 1);
    expect(await submitted(67)).toBe(before + 2);
    // Readers arriving while it is recomputed after an action share the one computation: both see the action.
    await insertSuggestion(c, { status: "SUBMITTED", data: { year: YEAR } });
    expect(await publish(c.office, ids[8]!, true)).toMatchObject({ ok: true });
    const both = await Promise.all([submitted(80), submitted(80)]);
    expect(both).toEqual([before + 3, before + 3]);
    // The API reads the same kept figures.
    const r = await call(statsApi, `suggestions/stats?year=${YEAR}`);
    expect(r.body.data.total.submitted).toBe(before + 3);
  });
  const publish = (user: { id: string; tenantId: string }, id: string, published: boolean) =>
    executeAction(publishSuggestion, c.tenant.slug, { id, published }, sessionFor(user));
});

test("a second city in the same year is untouched by the first", async () => {
  const other = await createTenant();
  await createUser(other, { roles: ["deputyAffairs"] });
  const st = await suggestionStats(other.id, q(), todayInShanghai());
  expect(st.unit).toEqual([]);
});
