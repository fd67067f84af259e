// Filing review against real PostgreSQL: registering (deadline in the city's working days, duplicates refused,
// text or file required), assigning, the finding by the reviewing committee only, the issuer unit's response
// (the office records it for an issuer without a unit), compare-and-set moves, what each member sees (another
// city's filing is 404), the overdue flag, the public list and API, and the reminder job's dedupe.
import { describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { addShanghaiDays, dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import type { Result } from "@/lib/errors";
import { workingCalendar } from "@/lib/modules/calendar";
import {
  assignFiling,
  getFiling,
  listFilings,
  listFilingsForApi,
  listPublicFilings,
  recordFilingResponse,
  registerFiling,
  remindFilingDeadlinesIn,
  respondFiling,
  reviewFiling,
} from "@/lib/modules/filings";
import { anonymousContext, auditRows } from "../factories";
import { actAs, filingCity, insertFiling } from "../factories/filings";
import { memberOf } from "../factories/stations";

function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  return r.data;
}
function refused(r: Result<unknown>, code: string) {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
  return r;
}

describe("registering a filing", () => {
  test("the office registers one; the deadline is 30 working days after filing; duplicates and bad input refused", async () => {
    const c = await filingCity();
    const filedOn = todayInShanghai(addShanghaiDays(new Date(), -3));
    const input = {
      title: "某市城市供水管理办法",
      issuer: "某市人民政府",
      issuerUnitId: "",
      docNumber: "某政令第1号",
      issuedOn: filedOn,
      filedOn,
      text: "第一条 为了加强城市供水管理……",
      committeeId: c.committee.id,
    };
    const r = ok(await actAs(c, c.office)<{ id: string; dueOn: string; status: string }>(registerFiling, input));
    const cal = await workingCalendar(c.tenant.id);
    expect(r.dueOn).toBe(cal.addWorkingDays(filedOn, 30));
    expect(r.status).toBe("REVIEWING");
    const row = await unsafePrisma.normativeFiling.findFirstOrThrow({ where: { id: r.id, tenantId: c.tenant.id } });
    expect(dateToDay(row.dueOn)).toBe(r.dueOn);
    expect(row.committeeId).toBe(c.committee.id);
    expect(await auditRows(c.tenant.id, { action: "filing.register", entityId: r.id })).toHaveLength(1);
    // The committee's member is told.
    const notes = await unsafePrisma.notification.findMany({
      where: { tenantId: c.tenant.id, userId: c.committeeUser.id },
    });
    expect(notes.map((n) => n.messageKey)).toContain("filings.notifications.assigned");

    const dup = refused(await actAs(c, c.office)(registerFiling, input), "CONFLICT");
    if (!dup.ok) expect(dup.error.message).toContain("文号");
    refused(await actAs(c, c.office)(registerFiling, { ...input, docNumber: "X2", text: "" }), "VALIDATION");
    refused(
      await actAs(c, c.office)(registerFiling, { ...input, docNumber: "X3", issuedOn: todayInShanghai() }),
      "VALIDATION",
    );
    refused(
      await actAs(c, c.office)(registerFiling, { ...input, docNumber: "X4", filedOn: "2026-13-01" }),
      "VALIDATION",
    );
    // A unit may not register; a committee's member may not assign to another committee.
    refused(await actAs(c, c.unitUser)(registerFiling, { ...input, docNumber: "X5" }), "FORBIDDEN");
    refused(
      await actAs(c, c.committeeUser)(registerFiling, { ...input, docNumber: "X6", committeeId: c.otherCommittee.id }),
      "FORBIDDEN",
    );
  });
});

describe("the review", () => {
  test("received → assigned → correction → the issuer unit responds → closed", async () => {
    const c = await filingCity();
    const f = await insertFiling(c, { status: "RECEIVED", committeeId: null });
    refused(await actAs(c, c.committeeUser)(reviewFiling, { id: f.id, finding: "NO_PROBLEM", note: "x" }), "CONFLICT");
    ok(await actAs(c, c.office)(assignFiling, { id: f.id, committeeId: c.committee.id }));
    // Only the reviewing committee (or the office) records the finding.
    refused(
      await actAs(c, c.otherCommitteeUser)(reviewFiling, { id: f.id, finding: "NO_PROBLEM", note: "x" }),
      "FORBIDDEN",
    );
    refused(await actAs(c, c.committeeUser)(reviewFiling, { id: f.id, finding: "MAYBE", note: "x" }), "VALIDATION");
    refused(
      await actAs(c, c.committeeUser)(reviewFiling, { id: f.id, finding: "CORRECTION", note: " " }),
      "VALIDATION",
    );
    const r = ok(
      await actAs(c, c.committeeUser)<{ status: string }>(reviewFiling, {
        id: f.id,
        finding: "CORRECTION",
        note: "第十二条罚款数额超出上位法规定的幅度。",
      }),
    );
    expect(r.status).toBe("AWAITING_RESPONSE");
    const unitNotes = await unsafePrisma.notification.findMany({
      where: { tenantId: c.tenant.id, userId: c.unitUser.id },
    });
    expect(unitNotes.map((n) => n.messageKey)).toContain("filings.notifications.finding.CORRECTION");
    // Another unit does not even see it; the office may not answer for a unit with its own account.
    refused(await actAs(c, c.otherUnitUser)(respondFiling, { id: f.id, body: "已修改" }), "NOT_FOUND");
    refused(await actAs(c, c.office)(recordFilingResponse, { id: f.id, body: "已修改" }), "FORBIDDEN");
    ok(await actAs(c, c.unitUser)(respondFiling, { id: f.id, body: "已按审查意见修改第十二条。" }));
    const row = await unsafePrisma.normativeFiling.findFirstOrThrow({ where: { id: f.id, tenantId: c.tenant.id } });
    expect(row.status).toBe("CLOSED");
    expect(row.responseBody).toBe("已按审查意见修改第十二条。");
    expect(row.reviewedById).toBe(c.committeeUser.id);
    refused(await actAs(c, c.unitUser)(respondFiling, { id: f.id, body: "again" }), "CONFLICT");
    const actions = (await auditRows(c.tenant.id, { entityId: f.id })).map((a) => a.action).sort();
    expect(actions).toEqual(["filing.assign", "filing.respond", "filing.review"]);
  });

  test("no problem closes it; for an issuer without a unit the office records the response", async () => {
    const c = await filingCity();
    const a = await insertFiling(c);
    expect(
      ok(
        await actAs(c, c.committeeUser)<{ status: string }>(reviewFiling, {
          id: a.id,
          finding: "NO_PROBLEM",
          note: "未发现问题",
        }),
      ).status,
    ).toBe("CLOSED");
    const b = await insertFiling(c, { issuerUnitId: null, issuer: "某市人民政府" });
    ok(await actAs(c, c.office)(reviewFiling, { id: b.id, finding: "REPEAL", note: "缺乏法律依据。" }));
    refused(await actAs(c, c.unitUser)(respondFiling, { id: b.id, body: "x" }), "NOT_FOUND");
    ok(await actAs(c, c.office)(recordFilingResponse, { id: b.id, body: "已发文废止。" }));
    expect(
      (await unsafePrisma.normativeFiling.findFirstOrThrow({ where: { id: b.id, tenantId: c.tenant.id } })).status,
    ).toBe("CLOSED");
  });

  test("two findings at once: one is stored, the other is refused (compare-and-set)", async () => {
    const c = await filingCity();
    const f = await insertFiling(c);
    const results = await Promise.all([
      actAs(c, c.committeeUser)(reviewFiling, { id: f.id, finding: "NO_PROBLEM", note: "a" }),
      actAs(c, c.office)(reviewFiling, { id: f.id, finding: "REPEAL", note: "b" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(["CONFLICT"]);
    expect(await auditRows(c.tenant.id, { action: "filing.review", entityId: f.id })).toHaveLength(1);
  });
});

describe("who sees what", () => {
  test("a unit sees its own filings only; another city's filing is not found; overdue flagged", async () => {
    const c = await filingCity();
    const other = await filingCity();
    const yesterday = todayInShanghai(addShanghaiDays(new Date(), -1));
    const mine = await insertFiling(c, { dueOn: dayToDate(yesterday) });
    const theirs = await insertFiling(c, { issuerUnitId: c.otherUnit.id });
    const elsewhere = await insertFiling(other);
    const unit = await memberOf(c.unitUser);
    const office = await memberOf(c.office);
    expect((await listFilings(c.tenant.id, unit, {})).rows.map((r) => r.id)).toEqual([mine.id]);
    expect(await getFiling(c.tenant.id, unit, theirs.id)).toBeNull();
    expect((await getFiling(c.tenant.id, office, mine.id))?.overdue).toBe(true);
    expect(await getFiling(c.tenant.id, office, elsewhere.id)).toBeNull();
    expect(await getFiling(c.tenant.id, office, "not-a-uuid")).toBeNull();
    const overdue = await listFilings(c.tenant.id, office, { overdue: true });
    expect(overdue.rows.map((r) => r.id)).toEqual([mine.id]);
    refused(await actAs(c, c.office)(assignFiling, { id: elsewhere.id, committeeId: c.committee.id }), "NOT_FOUND");
  });
});

describe("the public list and API", () => {
  test("a year's filings with their findings; bad parameters 400; unknown city 404", async () => {
    const c = await filingCity();
    const year = Number(todayInShanghai().slice(0, 4));
    const f = await insertFiling(c, {
      status: "CLOSED",
      finding: "CORRECTION",
      findingNote: "内部说明",
      responseBody: "已修改",
      reviewedOn: dayToDate(todayInShanghai()),
      respondedOn: dayToDate(todayInShanghai()),
    });
    await insertFiling(c, { year: year - 1 });
    const list = await listPublicFilings(c.tenant.id, year, { limit: 10, offset: 0 });
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ id: f.id, finding: "CORRECTION", responseBody: "已修改" });
    expect(JSON.stringify(list.rows[0])).not.toContain("内部说明");
    const api = await listFilingsForApi(c.tenant.slug, { year: String(year) }, anonymousContext());
    expect(api.ok && api.data.filings.map((x) => x.id)).toEqual([f.id]);
    expect(api.ok && api.data.counts.correction).toBe(1);
    refused(await listFilingsForApi(c.tenant.slug, { year: "abc" }, anonymousContext()), "BAD_REQUEST");
    refused(await listFilingsForApi(c.tenant.slug, { bogus: "1" }, anonymousContext()), "BAD_REQUEST");
    refused(await listFilingsForApi("no-such-city-x", {}, anonymousContext()), "NOT_FOUND");
  });
});

describe("the reminder job", () => {
  test("the committee hears 1 working day before and the office once overdue; re-runs tell no one twice", async () => {
    const c = await filingCity();
    const cal = await workingCalendar(c.tenant.id);
    const today = todayInShanghai();
    const soon = await insertFiling(c, { dueOn: dayToDate(cal.addWorkingDays(today, 1)) });
    const late = await insertFiling(c, { dueOn: dayToDate(todayInShanghai(addShanghaiDays(new Date(), -2))) });
    await insertFiling(c, { dueOn: dayToDate(cal.addWorkingDays(today, 20)) });
    const first = await remindFilingDeadlinesIn(c.tenant.id, today);
    expect(first).toBe(3); // soon → committee; late → committee and office
    expect(await remindFilingDeadlinesIn(c.tenant.id, today)).toBe(0);
    const committeeNotes = await unsafePrisma.notification.findMany({
      where: { tenantId: c.tenant.id, userId: c.committeeUser.id, kind: { startsWith: "filings." } },
    });
    expect(committeeNotes.map((n) => n.href).sort()).toEqual(
      [`/console/filings/${soon.id}`, `/console/filings/${late.id}`].sort(),
    );
    const officeNotes = await unsafePrisma.notification.findMany({
      where: { tenantId: c.tenant.id, userId: c.office.id, kind: "filings.overdue" },
    });
    expect(officeNotes).toHaveLength(1);
  });
});

describe("the document's file", () => {
  test("registered with a PDF; read by the staff and the issuer unit, not by another unit", async () => {
    const c = await filingCity();
    const { Upload } = await import("@/lib/modules/attachments");
    const { attachmentReaders } = await import("@/lib/modules/filings/attachment-readers");
    const pdf = new Upload("文件.pdf", new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));
    const today = todayInShanghai();
    const r = ok(
      await actAs(c, c.office)<{ id: string }>(registerFiling, {
        title: "某市某局管理规定",
        issuer: "某市某局",
        issuerUnitId: c.unit.id,
        docNumber: "某发〔2026〕9号",
        issuedOn: today,
        filedOn: today,
        text: "",
        file: pdf,
      }),
    );
    const row = await unsafePrisma.normativeFiling.findFirstOrThrow({ where: { id: r.id, tenantId: c.tenant.id } });
    expect(row.attachmentId).not.toBeNull();
    expect(row.status).toBe("RECEIVED");
    const file = { ownerKind: "document", ownerId: r.id };
    expect(await attachmentReaders(c.tenant.id, await memberOf(c.unitUser), file)).toBe(true);
    expect(await attachmentReaders(c.tenant.id, await memberOf(c.office), file)).toBe(true);
    expect(await attachmentReaders(c.tenant.id, await memberOf(c.otherUnitUser), file)).toBe(false);
  });
});
