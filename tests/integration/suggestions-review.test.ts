// The office's review and assignment of suggestions against real PostgreSQL: each move allowed and refused (wrong
// role, wrong state, another unit, another city → 404); merging credits every deputy; 立案 numbers stay unique
// under concurrent accepts; the units' deadlines (65 working days) across Spring Festival and National Day with
// 调休, exact; the 7-working-day hand-back window across a holiday; reassigning restarts the clock, refusing keeps
// it; the 交办函 .docx (issuer, number, titles, seal line, date) and the batch .zip, and who may download them.
import { strFromU8, unzipSync } from "fflate";
import { NextRequest } from "next/server";
import { describe, expect, test, vi } from "vitest";
import { GET as batchRoute } from "@/app/[tenant]/console/suggestions/letters/batch/route";
import { GET as letterRoute } from "@/app/[tenant]/console/suggestions/letters/[letterId]/route";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import type { Result } from "@/lib/errors";
import { workingCalendar } from "@/lib/modules/calendar";
import {
  acceptSuggestion,
  assignmentClock,
  assignSuggestion,
  chineseDate,
  convertSuggestion,
  handbackWindow,
  issueSuggestionLetters,
  letterBatchStream,
  letterDocxStream,
  markKeySuggestion,
  mergeSuggestion,
  reassignSuggestion,
  refuseSuggestionHandback,
  requestSuggestionHandback,
  returnSuggestion,
} from "@/lib/modules/suggestions";
import { auditRows, createTenant, createUser, sessionFor, type TestUser } from "../factories";
import { deputyWithAccount } from "../factories/stations";
import { insertSuggestion, suggestionCity, type SuggestionCity } from "../factories/suggestions";
import { holidays2026, suggestionLedBy } from "../factories/suggestions-review";

const session = vi.hoisted(() => ({ current: null as null | { identity: unknown } }));
vi.mock("next-auth", async (load) => ({
  ...(await load<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));

type Def = Parameters<typeof executeAction>[0];
const run = (c: SuggestionCity, user: TestUser, def: Def, input: unknown) =>
  executeAction(def, c.tenant.slug, input, sessionFor(user)) as Promise<Result<Record<string, unknown>>>;

function refused(r: Result<unknown>, code: string) {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
  return r;
}
function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r.data;
}

const row = (s: { id: string; tenantId: string }) =>
  unsafePrisma.suggestion.findFirstOrThrow({ where: { id: s.id, tenantId: s.tenantId } });
const rounds = (s: { id: string; tenantId: string }) =>
  unsafePrisma.suggestionAssignment.findMany({
    where: { suggestionId: s.id, tenantId: s.tenantId },
    orderBy: [{ round: "asc" }, { role: "asc" }],
  });
const notesFor = (user: { id: string; tenantId: string }) =>
  unsafePrisma.notification.findMany({ where: { userId: user.id, tenantId: user.tenantId } });

describe("return, convert, accept", () => {
  test("the office returns with a reason the deputy sees; others may not; a reason is required", async () => {
    const c = await suggestionCity();
    const s = await insertSuggestion(c);
    refused(await run(c, c.lead.user, returnSuggestion, { id: s.id, reason: "请补充" }), "FORBIDDEN");
    refused(await run(c, c.leader, returnSuggestion, { id: s.id, reason: "请补充" }), "FORBIDDEN");
    refused(await run(c, c.leadUnitUser, returnSuggestion, { id: s.id, reason: "请补充" }), "FORBIDDEN");
    refused(await run(c, c.office, returnSuggestion, { id: s.id, reason: "  " }), "VALIDATION");
    ok(await run(c, c.office, returnSuggestion, { id: s.id, reason: "请补充具体地点和数据。" }));
    const r = await row(s);
    expect(r.status).toBe("REVISING");
    expect(r.reason).toBe("请补充具体地点和数据。");
    expect((await notesFor(c.lead.user)).map((n) => n.messageKey)).toContain(
      "suggestionsReview.notifications.returned",
    );
    // Wrong state: it is no longer submitted.
    refused(await run(c, c.office, returnSuggestion, { id: s.id, reason: "再次" }), "CONFLICT");
    expect((await auditRows(c.tenant.id, { action: "suggestion.return" })).length).toBe(1);
  });

  test("a motion is converted to a suggestion with a reason, its state unchanged; a suggestion cannot be", async () => {
    const c = await suggestionCity();
    const m = await insertSuggestion(c, { kind: "MOTION" });
    ok(await run(c, c.office, convertSuggestion, { id: m.id, reason: "附议代表不足十人。" }));
    const r = await row(m);
    expect([r.kind, r.status, r.reason]).toEqual(["SUGGESTION", "SUBMITTED", "附议代表不足十人。"]);
    expect(r.convertedAt).not.toBeNull();
    expect((await notesFor(c.lead.user)).map((n) => n.messageKey)).toContain(
      "suggestionsReview.notifications.converted",
    );
    refused(await run(c, c.office, convertSuggestion, { id: m.id, reason: "再转" }), "CONFLICT");
    refused(await run(c, c.lead.user, convertSuggestion, { id: m.id, reason: "x" }), "FORBIDDEN");
  });

  test("accepting numbers per year and kind; two concurrent accepts get two numbers", async () => {
    const c = await suggestionCity();
    const a = await insertSuggestion(c);
    const b = await insertSuggestion(c);
    const m = await insertSuggestion(c, { kind: "MOTION" });
    const [ra, rb] = await Promise.all([
      run(c, c.office, acceptSuggestion, { id: a.id }),
      run(c, c.office, acceptSuggestion, { id: b.id }),
    ]);
    expect([ok(ra).number, ok(rb).number].sort()).toEqual([1, 2]);
    expect(ok(await run(c, c.office, acceptSuggestion, { id: m.id })).number).toBe(1); // motions count apart
    const r = await row(a);
    expect(r.status).toBe("REVIEWED");
    expect(r.acceptedAt).not.toBeNull();
    refused(await run(c, c.office, acceptSuggestion, { id: a.id }), "CONFLICT");
    refused(await run(c, c.co1.user, acceptSuggestion, { id: b.id }), "FORBIDDEN");
  });

  test("another city's office gets 404, through its own city and through this one", async () => {
    const c = await suggestionCity();
    const other = await suggestionCity();
    const s = await insertSuggestion(c);
    refused(
      await executeAction(acceptSuggestion, other.tenant.slug, { id: s.id }, sessionFor(other.office)),
      "NOT_FOUND",
    );
    refused(await executeAction(acceptSuggestion, c.tenant.slug, { id: s.id }, sessionFor(other.office)), "NOT_FOUND");
    expect((await row(s)).status).toBe("SUBMITTED");
  });
});

describe("merge", () => {
  test("every deputy of the merged one is credited on the target, once; the unconfirmed is not", async () => {
    const c = await suggestionCity();
    const x = await deputyWithAccount(c.tenant);
    const target = await suggestionLedBy(c, x.deputy.id, {
      cosigners: [{ deputyId: c.co1.deputy.id, confirmed: true }],
    });
    const dup = await insertSuggestion(c); // lead, co1 confirmed, co2 invited only
    const r = ok(await run(c, c.office, mergeSuggestion, { id: dup.id, targetId: target.id }));
    expect(r.credited).toBe(1); // co1 signs the target already
    const d = await row(dup);
    expect([d.status, d.mergedIntoId]).toEqual(["MERGED", target.id]);
    const signers = await unsafePrisma.suggestionSigner.findMany({
      where: { suggestionId: target.id, tenantId: c.tenant.id },
    });
    const byDeputy = new Map(signers.map((s) => [s.deputyId, s]));
    expect(signers).toHaveLength(3);
    expect(byDeputy.get(c.lead.deputy.id)).toMatchObject({ role: "COSIGNER", creditedFromId: dup.id });
    expect(byDeputy.get(c.lead.deputy.id)?.confirmedAt).not.toBeNull();
    expect(byDeputy.get(c.co1.deputy.id)?.creditedFromId).toBeNull();
    expect(byDeputy.has(c.co2.deputy.id)).toBe(false);
  });

  test("refused into itself, into a merged, withdrawn or draft one, across cities (404), and by others", async () => {
    const c = await suggestionCity();
    const other = await suggestionCity();
    const s = await insertSuggestion(c);
    refused(await run(c, c.office, mergeSuggestion, { id: s.id, targetId: s.id }), "VALIDATION");
    for (const status of ["MERGED", "WITHDRAWN", "DRAFT"] as const) {
      const t = await insertSuggestion(c, { status, data: status === "MERGED" ? { mergedIntoId: s.id } : {} });
      refused(await run(c, c.office, mergeSuggestion, { id: s.id, targetId: t.id }), "CONFLICT");
    }
    const foreign = await insertSuggestion(other);
    refused(await run(c, c.office, mergeSuggestion, { id: s.id, targetId: foreign.id }), "NOT_FOUND");
    const t = await insertSuggestion(c);
    refused(await run(c, c.lead.user, mergeSuggestion, { id: s.id, targetId: t.id }), "FORBIDDEN");
    expect((await row(s)).status).toBe("SUBMITTED");
  });
});

describe("the clocks", () => {
  test("65 working days across Spring Festival and across National Day with 调休, exact", async () => {
    const c = await suggestionCity();
    await holidays2026(c.tenant);
    const cal = await workingCalendar(c.tenant.id);
    const days = { handlingWorkingDays: 65, viewWorkingDays: 22 };
    // 1月20日 + 65: the nine days off from 2月15日 and Qingming skipped, the Saturdays 2月14日 and 28日 counted.
    expect(assignmentClock(cal, "2026-01-20", days)).toEqual({
      dueOn: "2026-04-28",
      viewDueOn: "2026-02-26",
      unconfirmedYears: [],
    });
    // 8月20日 + 65 across Mid-Autumn and National Day; the view's 22nd working day is the make-up Sunday 9月20日.
    expect(assignmentClock(cal, "2026-08-20", days)).toEqual({
      dueOn: "2026-11-25",
      viewDueOn: "2026-09-20",
      unconfirmedYears: [],
    });
    // Into a year whose arrangement is not confirmed: said so.
    expect(assignmentClock(cal, "2026-12-01", days).unconfirmedYears).toEqual([2027]);
  });

  test("the hand-back window: the 7th working day across National Day is allowed, the 8th refused", async () => {
    const c = await suggestionCity();
    await holidays2026(c.tenant);
    const cal = await workingCalendar(c.tenant.id);
    // Assigned Monday 9月28日: 29, 30 September, then 8, 9, 10 (the make-up Saturday), 12, 13 October.
    expect(handbackWindow(cal, "2026-09-28", "2026-10-07", 7)).toMatchObject({ open: true, lastDay: "2026-10-13" });
    expect(handbackWindow(cal, "2026-09-28", "2026-10-13", 7)).toMatchObject({ open: true, since: 7 });
    expect(handbackWindow(cal, "2026-09-28", "2026-10-14", 7)).toMatchObject({ open: false, since: 8 });
  });

  test("assigning: units of the city, distinct; deadlines from today; rows of round 1; units and leader told", async () => {
    const c = await suggestionCity();
    const s = await insertSuggestion(c, { status: "REVIEWED" });
    const input = { id: s.id, leadUnitId: c.leadUnit.id, assistUnitIds: [c.assistUnit.id] };
    const foreign = await suggestionCity();
    refused(await run(c, c.office, assignSuggestion, { ...input, leadUnitId: foreign.leadUnit.id }), "VALIDATION");
    refused(await run(c, c.office, assignSuggestion, { ...input, assistUnitIds: [c.leadUnit.id] }), "VALIDATION");
    refused(await run(c, c.office, assignSuggestion, { ...input, isKey: true }), "VALIDATION"); // no leader
    refused(await run(c, c.leadUnitUser, assignSuggestion, input), "FORBIDDEN");
    const r = ok(
      await run(c, c.office, assignSuggestion, {
        ...input,
        isKey: "on",
        supervisingLeaderId: c.leader.id,
        pushingCommitteeId: c.committee.id,
      }),
    );
    const cal = await workingCalendar(c.tenant.id);
    const today = todayInShanghai();
    expect(r.dueOn).toBe(cal.addWorkingDays(today, 65));
    expect(r.viewDueOn).toBe(cal.addWorkingDays(today, 22));
    const sRow = await row(s);
    expect(sRow).toMatchObject({ status: "ASSIGNED", leadUnitId: c.leadUnit.id, isKey: true });
    expect(sRow.supervisingLeaderId).toBe(c.leader.id);
    expect(dateToDay(sRow.dueOn!)).toBe(r.dueOn);
    const rows = await rounds(s);
    expect(
      rows.map((a) => [a.unitId, a.role, a.round, dateToDay(a.dueOn), a.viewDueOn && dateToDay(a.viewDueOn)]),
    ).toEqual([
      [c.leadUnit.id, "LEAD", 1, r.dueOn, null],
      [c.assistUnit.id, "ASSIST", 1, r.dueOn, r.viewDueOn],
    ]);
    for (const u of [c.leadUnitUser, c.assistUnitUser])
      expect((await notesFor(u)).map((n) => n.messageKey)).toContain("suggestionsReview.notifications.assigned");
    expect(await notesFor(c.otherUnitUser)).toHaveLength(0);
    expect((await notesFor(c.leader)).map((n) => n.messageKey)).toContain(
      "suggestionsReview.notifications.keySupervision",
    );
    refused(await run(c, c.office, assignSuggestion, input), "CONFLICT");
  });

  test("key marking on its own: a leader of the city, an active committee; unmarking", async () => {
    const c = await suggestionCity();
    const s = await insertSuggestion(c, { status: "ASSIGNED" });
    refused(
      await run(c, c.office, markKeySuggestion, { id: s.id, isKey: true, supervisingLeaderId: c.office.id }),
      "VALIDATION",
    );
    refused(
      await run(c, c.leader, markKeySuggestion, { id: s.id, isKey: true, supervisingLeaderId: c.leader.id }),
      "FORBIDDEN",
    );
    ok(await run(c, c.office, markKeySuggestion, { id: s.id, isKey: true, supervisingLeaderId: c.leader.id }));
    expect(await row(s)).toMatchObject({ isKey: true, supervisingLeaderId: c.leader.id, status: "ASSIGNED" });
    ok(await run(c, c.office, markKeySuggestion, { id: s.id, isKey: false }));
    expect(await row(s)).toMatchObject({ isKey: false, supervisingLeaderId: null });
  });
});

describe("hand-back", () => {
  test("a unit of the round asks within the window; another unit gets 404; after the window a clear refusal", async () => {
    const c = await suggestionCity();
    const s = await insertSuggestion(c, { status: "ASSIGNED" });
    refused(
      await run(c, c.otherUnitUser, requestSuggestionHandback, { id: s.id, reason: "非我单位职责" }),
      "NOT_FOUND",
    );
    refused(await run(c, c.office, requestSuggestionHandback, { id: s.id, reason: "x" }), "FORBIDDEN");
    ok(await run(c, c.assistUnitUser, requestSuggestionHandback, { id: s.id, reason: "非我单位职责" }));
    expect((await row(s)).status).toBe("HANDBACK_REQUESTED");
    const mine = (await rounds(s)).find((a) => a.unitId === c.assistUnit.id)!;
    expect(mine.handbackReason).toBe("非我单位职责");
    expect((await notesFor(c.office)).map((n) => n.messageKey)).toContain(
      "suggestionsReview.notifications.handbackRequested",
    );
    refused(await run(c, c.leadUnitUser, requestSuggestionHandback, { id: s.id, reason: "再次" }), "CONFLICT");

    const late = await insertSuggestion(c, { status: "ASSIGNED", assignedDaysAgo: 30 });
    const r = refused(
      await run(c, c.leadUnitUser, requestSuggestionHandback, { id: late.id, reason: "晚了" }),
      "CONFLICT",
    );
    if (!r.ok) expect(r.error.message).toContain("7 个工作日");
    expect((await row(late)).status).toBe("ASSIGNED");
  });

  test("reassigning ends the round and restarts the clock from today; refusing keeps the old one", async () => {
    const c = await suggestionCity();
    const s = await insertSuggestion(c, { status: "HANDBACK_REQUESTED", assignedDaysAgo: 5 });
    const before = await row(s);
    refused(await run(c, c.leadUnitUser, reassignSuggestion, { id: s.id, leadUnitId: c.otherUnit.id }), "FORBIDDEN");
    const r = ok(
      await run(c, c.office, reassignSuggestion, { id: s.id, leadUnitId: c.otherUnit.id, assistUnitIds: [] }),
    );
    const cal = await workingCalendar(c.tenant.id);
    expect(r.dueOn).toBe(cal.addWorkingDays(todayInShanghai(), 65));
    expect(r.dueOn).not.toBe(dateToDay(before.dueOn!));
    const after = await row(s);
    expect(after).toMatchObject({ status: "ASSIGNED", leadUnitId: c.otherUnit.id });
    expect(dateToDay(after.dueOn!)).toBe(r.dueOn);
    const rows = await rounds(s);
    expect(rows.filter((a) => a.round === 1).every((a) => !a.active && a.endedAt)).toBe(true);
    expect(rows.filter((a) => a.round === 2).map((a) => [a.unitId, a.role, a.active, dateToDay(a.dueOn)])).toEqual([
      [c.otherUnit.id, "LEAD", true, r.dueOn],
    ]);
    // The old units no longer act on it; the new one does.
    refused(await run(c, c.leadUnitUser, requestSuggestionHandback, { id: s.id, reason: "x" }), "FORBIDDEN");
    expect((await notesFor(c.otherUnitUser)).map((n) => n.messageKey)).toContain(
      "suggestionsReview.notifications.assigned",
    );

    const k = await insertSuggestion(c, { status: "HANDBACK_REQUESTED", assignedDaysAgo: 3 });
    const kBefore = await row(k);
    refused(await run(c, c.office, refuseSuggestionHandback, { id: k.id, reason: "" }), "VALIDATION");
    ok(await run(c, c.office, refuseSuggestionHandback, { id: k.id, reason: "属于你单位职责。" }));
    const kAfter = await row(k);
    expect(kAfter.status).toBe("ASSIGNED");
    expect(kAfter.dueOn).toEqual(kBefore.dueOn);
    expect((await rounds(k)).every((a) => a.active && a.round === 1)).toBe(true);
    refused(await run(c, c.office, refuseSuggestionHandback, { id: k.id, reason: "再次" }), "CONFLICT");
  });
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
const documentText = (docx: Uint8Array) =>
  strFromU8(unzipSync(docx)["word/document.xml"]!)
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&");

describe("交办函", () => {
  test("one letter per unit, numbered 〔year〕N号; its .docx lists every suggestion; the batch has one per unit", async () => {
    const tenant = await createTenant({ fullName: "辽源市人民代表大会常务委员会" });
    const c = await suggestionCity(tenant);
    const a = await insertSuggestion(c, { status: "ASSIGNED", data: { number: 7 } });
    const b = await insertSuggestion(c, { status: "ASSIGNED", data: { number: 8 } });
    refused(await run(c, c.leadUnitUser, issueSuggestionLetters, {}), "FORBIDDEN");
    const { letters } = ok(await run(c, c.office, issueSuggestionLetters, {})) as {
      letters: { id: string; number: number; unitId: string; year: number }[];
    };
    expect(letters.map((l) => l.number).sort()).toEqual([1, 2]);
    expect(new Set(letters.map((l) => l.unitId))).toEqual(new Set([c.leadUnit.id, c.assistUnit.id]));
    const rows = await unsafePrisma.suggestionAssignment.findMany({ where: { tenantId: tenant.id } });
    expect(rows.every((r) => r.letterId !== null)).toBe(true);
    refused(await run(c, c.office, issueSuggestionLetters, {}), "CONFLICT"); // nothing left to letter

    const leadLetter = letters.find((l) => l.unitId === c.leadUnit.id)!;
    const doc = (await letterDocxStream(tenant, leadLetter.id))!;
    const text = documentText(await readAll(doc.stream));
    const year = leadLetter.year;
    expect(text).toContain("辽源市人民代表大会常务委员会代表工作委员会");
    expect(text).toContain(`〔${year}〕${leadLetter.number}号`);
    expect(text).toContain(`${c.leadUnit.name}：`);
    for (const s of [a, b]) expect(text).toContain(s.title);
    expect(text).toContain("第7号");
    expect(text).toContain(c.lead.deputy.name);
    expect(text).toContain("主办");
    expect(text).toContain("（盖章处）");
    expect(text).toContain(chineseDate(todayInShanghai()));
    expect(await letterDocxStream(await createTenant(), leadLetter.id)).toBeNull(); // another city's

    const zip = unzipSync(await readAll((await letterBatchStream(tenant, year))!));
    const names = Object.keys(zip);
    expect(names).toHaveLength(2);
    expect(names.every((n) => n.endsWith(".docx"))).toBe(true);
    const assistText = documentText(zip[names.find((n) => n.includes(c.assistUnit.name))!]!);
    expect(assistText).toContain("协办");
    expect(assistText).toContain(a.title);
  });

  test("two offices issuing at once get distinct numbers; a chosen set only letters those", async () => {
    const c = await suggestionCity();
    const [a, b, d] = [
      await insertSuggestion(c, { status: "ASSIGNED" }),
      await insertSuggestion(c, { status: "ASSIGNED" }),
      await insertSuggestion(c, { status: "ASSIGNED" }),
    ];
    const [ra, rb] = await Promise.all([
      run(c, c.office, issueSuggestionLetters, { ids: [a.id] }),
      run(c, c.office, issueSuggestionLetters, { ids: [b.id] }),
    ]);
    const numbers = [...(ok(ra).letters as { number: number }[]), ...(ok(rb).letters as { number: number }[])];
    expect(numbers.map((l) => l.number).sort()).toEqual([1, 2, 3, 4]);
    const left = await unsafePrisma.suggestionAssignment.findMany({
      where: { tenantId: c.tenant.id, letterId: null },
    });
    expect(left.map((r) => r.suggestionId)).toEqual([d.id, d.id]);
  });

  test("downloads: the office any letter, a unit its own, another unit or city 404; the batch for the office", async () => {
    const c = await suggestionCity();
    await insertSuggestion(c, { status: "ASSIGNED" });
    const { letters } = ok(await run(c, c.office, issueSuggestionLetters, {})) as {
      letters: { id: string; unitId: string; year: number }[];
    };
    const lead = letters.find((l) => l.unitId === c.leadUnit.id)!;
    const get = (user: TestUser, letterId: string, slug = c.tenant.slug) => {
      session.current = { identity: { kind: "tenant", userId: user.id, tenantId: user.tenantId, authAt: Date.now() } };
      return letterRoute(new NextRequest(`http://localhost:3000/${slug}/console/suggestions/letters/${letterId}`), {
        params: Promise.resolve({ tenant: slug, letterId }),
      });
    };
    const res = await get(c.office, lead.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("wordprocessingml");
    expect(documentText(new Uint8Array(await res.arrayBuffer()))).toContain(c.leadUnit.name);
    expect((await get(c.leadUnitUser, lead.id)).status).toBe(200);
    expect((await get(c.assistUnitUser, lead.id)).status).toBe(404);
    expect((await get(c.otherUnitUser, lead.id)).status).toBe(404);
    const other = await suggestionCity();
    expect((await get(other.office, lead.id, other.tenant.slug)).status).toBe(404);

    const batch = (user: TestUser, query: string) => {
      session.current = { identity: { kind: "tenant", userId: user.id, tenantId: user.tenantId, authAt: Date.now() } };
      return batchRoute(
        new NextRequest(`http://localhost:3000/${c.tenant.slug}/console/suggestions/letters/batch?${query}`),
        {
          params: Promise.resolve({ tenant: c.tenant.slug }),
        },
      );
    };
    const zipRes = await batch(c.office, `year=${lead.year}`);
    expect(zipRes.status).toBe(200);
    expect(Object.keys(unzipSync(new Uint8Array(await zipRes.arrayBuffer())))).toHaveLength(2);
    expect((await batch(c.leadUnitUser, `year=${lead.year}`)).status).toBe(403);
    expect((await batch(c.office, "year=1999")).status).toBe(400);
    const u = await createUser(c.tenant, { roles: ["deputyAffairs"] });
    expect((await batch(u, `year=${lead.year + 1}`)).status).toBe(404);
  });
});
