// Submission against real PostgreSQL: congress sessions; drafts saved and edited by a deputy and by the office on
// a deputy's behalf; co-signers invited, told, confirming and declining from their own accounts (unconfirmed ones
// not counted, an uninvited deputy refused); submitting (the session's deadline, a motion short of signers or
// its bill still submittable but flagged, the office told); withdrawing; every forbidden submission; audit rows.
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import type { Result } from "@/lib/errors";
import { Upload } from "@/lib/modules/attachments";
import { findActiveTenant } from "@/lib/tenant";
import {
  cosignSuggestion,
  createSession,
  createSuggestion,
  declineCosign,
  draftForEdit,
  getSuggestion,
  listSessions,
  loadViewer,
  submitSuggestion,
  submitView,
  updateSession,
  updateSuggestion,
  withdrawSuggestion,
} from "@/lib/modules/suggestions";
import { auditRows, createUser, sessionFor, type TestUser } from "../factories";
import { memberOf } from "../factories/stations";
import { insertSuggestion, suggestionCity, type SuggestionCity } from "../factories/suggestions";
import { congressSession, draftInput, submitCity } from "../factories/suggestions-submit";

function run<R = { id: string }>(
  def: Parameters<typeof executeAction>[0],
  c: SuggestionCity,
  user: TestUser,
  input: unknown,
) {
  return executeAction(def, c.tenant.slug, input, sessionFor(user)) as Promise<Result<R>>;
}
function ok<R>(r: Result<R>): R {
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fieldErrors)}`);
  return r.data;
}
function refused(r: Result<unknown>, code: string) {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
  return r.ok ? null : r.error;
}
const row = (c: SuggestionCity, id: string) =>
  unsafePrisma.suggestion.findFirstOrThrow({ where: { id, tenantId: c.tenant.id } });
const signers = (c: SuggestionCity, id: string) =>
  unsafePrisma.suggestionSigner.findMany({ where: { suggestionId: id, tenantId: c.tenant.id } });
const notes = (c: SuggestionCity, userId: string, kind: string) =>
  unsafePrisma.notification.findMany({ where: { tenantId: c.tenant.id, userId, kind } });
const detail = async (c: SuggestionCity, user: TestUser, id: string) =>
  getSuggestion(c.tenant.id, await loadViewer(await memberOf(user)), id);
const pdf = (name = "议案.pdf") => new Upload(name, new TextEncoder().encode("%PDF-1.4\n%测试\n%%EOF\n"));

describe("congress sessions", () => {
  test("the office records and corrects a session; the days are checked and a term's number is taken once", async () => {
    const c = await suggestionCity();
    const input = {
      term: "第九届",
      number: 3,
      name: "辽源市第九届人民代表大会第三次会议",
      year: 2026,
      opensOn: "2026-01-10",
      closesOn: "2026-01-13",
      deadlineOn: "2026-01-12",
    };
    const { id } = ok(await run(createSession, c, c.office, input));
    const err = refused(await run(createSession, c, c.office, { ...input, name: "重复" }), "VALIDATION");
    expect(err?.fieldErrors?.number?.[0]).toContain("已有");
    refused(await run(createSession, c, c.office, { ...input, number: 4, closesOn: "2026-01-01" }), "VALIDATION");
    refused(await run(createSession, c, c.lead.user, { ...input, number: 5 }), "FORBIDDEN");
    ok(await run(updateSession, c, c.office, { ...input, id, deadlineOn: "2026-01-13" }));
    const [s] = await listSessions(c.tenant.id);
    expect([s?.name, s?.deadlineOn, s?.year]).toEqual([input.name, "2026-01-13", 2026]);
    expect(await auditRows(c.tenant.id, { action: { in: ["session.create", "session.update"] } })).toHaveLength(2);
    // Another city's session is not found.
    const other = await suggestionCity();
    refused(await run(updateSession, other, other.office, { ...input, id }), "NOT_FOUND");
  });
});

describe("drafts", () => {
  test("a deputy saves a draft they lead; co-signers are invited and told; the draft is edited while a draft", async () => {
    const c = await suggestionCity();
    const session = await congressSession(c, { year: 2031 });
    const { id } = ok(
      await run(createSuggestion, c, c.lead.user, {
        ...draftInput({ timing: "SESSION", sessionId: session.id, cosignerIds: [c.co1.deputy.id, c.co2.deputy.id] }),
        files: [new Upload("现场.txt", new TextEncoder().encode("现场照片说明"))],
      }),
    );
    const s = await row(c, id);
    expect([s.status, s.leadDeputyId, s.onBehalf, s.createdById, s.year, s.sessionId]).toEqual([
      "DRAFT",
      c.lead.deputy.id,
      false,
      c.lead.user.id,
      2031,
      session.id,
    ]);
    const rows = await signers(c, id);
    expect(rows.find((r) => r.role === "LEAD")?.confirmedAt).not.toBeNull();
    expect(rows.filter((r) => r.role === "COSIGNER" && r.confirmedAt === null)).toHaveLength(2);
    for (const co of [c.co1, c.co2]) {
      const [n] = await notes(c, co.user.id, "suggestions.cosignInvited");
      expect(n?.href).toBe(`/console/suggestions/${id}`);
    }
    const files = await unsafePrisma.attachment.findMany({ where: { tenantId: c.tenant.id, ownerId: id } });
    expect(files.map((f) => f.ownerKind)).toEqual(["suggestionFile"]);
    // The lead's own view: counted signers are the lead alone until a co-signer confirms.
    expect((await detail(c, c.lead.user, id))?.confirmedSigners).toBe(1);

    ok(
      await run(updateSuggestion, c, c.lead.user, {
        id,
        ...draftInput({ title: "关于老旧小区改造的建议（修改）", cosignerIds: [c.co1.deputy.id] }),
        removeAttachmentIds: [files[0]!.id],
      }),
    );
    const edited = await row(c, id);
    expect([edited.title, edited.timing, edited.sessionId, edited.year]).toEqual([
      "关于老旧小区改造的建议（修改）",
      "RECESS",
      null,
      Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4)),
    ]);
    expect((await signers(c, id)).map((r) => r.deputyId).sort()).toEqual([c.lead.deputy.id, c.co1.deputy.id].sort());
    expect(await unsafePrisma.attachment.count({ where: { tenantId: c.tenant.id, ownerId: id } })).toBe(0);
    expect(await auditRows(c.tenant.id, { action: { in: ["suggestion.create", "suggestion.update"] } })).toHaveLength(
      2,
    );
    const events = await unsafePrisma.suggestionEvent.findMany({
      where: { tenantId: c.tenant.id, suggestionId: id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(events.map((e) => e.kind)).toEqual(["create", "invite"]);
    expect(events[1]?.note).toContain(c.co1.deputy.name);
  });

  test("fields are checked in Chinese: title length, the city's category, a session when at a session, co-signers in office", async () => {
    const c = await suggestionCity();
    const other = await suggestionCity();
    const long = refused(
      await run(createSuggestion, c, c.lead.user, draftInput({ title: "长".repeat(101) })),
      "VALIDATION",
    );
    expect(long?.fieldErrors?.title?.[0]).toMatch(/[\u4e00-\u9fff]/);
    const body = refused(
      await run(createSuggestion, c, c.lead.user, draftInput({ body: "字".repeat(10_001) })),
      "VALIDATION",
    );
    expect(body?.fieldErrors?.body).toBeDefined();
    const cat = refused(
      await run(createSuggestion, c, c.lead.user, draftInput({ category: "nonsense" })),
      "VALIDATION",
    );
    expect(cat?.fieldErrors?.category?.[0]).toContain("分类");
    const ses = refused(await run(createSuggestion, c, c.lead.user, draftInput({ timing: "SESSION" })), "VALIDATION");
    expect(ses?.fieldErrors?.sessionId?.[0]).toContain("会议");
    const foreign = refused(
      await run(createSuggestion, c, c.lead.user, draftInput({ cosignerIds: [other.co1.deputy.id] })),
      "VALIDATION",
    );
    expect(foreign?.fieldErrors?.cosignerIds?.[0]).toContain("在任");
    const otherSession = await congressSession(other);
    refused(
      await run(createSuggestion, c, c.lead.user, draftInput({ timing: "SESSION", sessionId: otherSession.id })),
      "VALIDATION",
    );
    expect(await unsafePrisma.suggestion.count({ where: { tenantId: c.tenant.id } })).toBe(0);
  });

  test("the office enters one on a deputy's behalf, choosing the lead; it sees and edits its own draft", async () => {
    const c = await suggestionCity();
    const none = refused(await run(createSuggestion, c, c.office, draftInput()), "VALIDATION");
    expect(none?.fieldErrors?.leadDeputyId).toBeDefined();
    const { id } = ok(
      await run(
        createSuggestion,
        c,
        c.office,
        draftInput({ leadDeputyId: c.lead.deputy.id, cosignerIds: [c.co1.deputy.id] }),
      ),
    );
    const s = await row(c, id);
    expect([s.onBehalf, s.leadDeputyId, s.createdById]).toEqual([true, c.lead.deputy.id, c.office.id]);
    ok(await run(updateSuggestion, c, c.office, { id, ...draftInput({ title: "代为录入的建议" }) }));
    // Another office account did not write this draft: it does not see it.
    const office2 = await createUser(c.tenant, { roles: ["deputyAffairs"] });
    refused(await run(updateSuggestion, c, office2, { id, ...draftInput() }), "NOT_FOUND");
  });

  test("a unit, a leader and an account with no deputy may not draft; a suggestion once submitted is not edited", async () => {
    const c = await suggestionCity();
    refused(await run(createSuggestion, c, c.leadUnitUser, draftInput()), "FORBIDDEN");
    refused(await run(createSuggestion, c, c.leader, draftInput()), "FORBIDDEN");
    const unlinked = await createUser(c.tenant, { roles: ["deputy"] });
    const err = refused(await run(createSuggestion, c, unlinked, draftInput()), "FORBIDDEN");
    expect(err?.message).toContain("关联");
    const sent = await insertSuggestion(c, { status: "SUBMITTED" });
    refused(await run(updateSuggestion, c, c.lead.user, { id: sent.id, ...draftInput() }), "CONFLICT");
  });
});

describe("co-signing", () => {
  test("an invited co-signer confirms and another declines from their own accounts; the lead is told; only confirmed count", async () => {
    const c = await suggestionCity();
    const { id } = ok(
      await run(createSuggestion, c, c.lead.user, draftInput({ cosignerIds: [c.co1.deputy.id, c.co2.deputy.id] })),
    );
    ok(await run(cosignSuggestion, c, c.co1.user, { id }));
    ok(await run(declineCosign, c, c.co2.user, { id }));
    const d = await detail(c, c.lead.user, id);
    expect(d?.confirmedSigners).toBe(2);
    expect(d?.signers.find((x) => x.deputyId === c.co2.deputy.id)?.declinedAt).not.toBeNull();
    const kinds = (
      await unsafePrisma.suggestionEvent.findMany({
        where: { tenantId: c.tenant.id, suggestionId: id },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      })
    ).map((e) => e.kind);
    expect(kinds).toEqual(["create", "invite", "cosign", "declineCosign"]);
    expect(await notes(c, c.lead.user.id, "suggestions.cosign")).toHaveLength(1);
    expect(await notes(c, c.lead.user.id, "suggestions.declineCosign")).toHaveLength(1);
    expect(
      await auditRows(c.tenant.id, { action: { in: ["suggestion.cosign", "suggestion.declineCosign"] } }),
    ).toHaveLength(2);
    // Changing one's mind: the decliner confirms after all, and then counts.
    ok(await run(cosignSuggestion, c, c.co2.user, { id }));
    expect((await detail(c, c.lead.user, id))?.confirmedSigners).toBe(3);
  });

  test("an uninvited deputy does not see it; the lead cannot co-sign their own; the office cannot co-sign for a deputy", async () => {
    const c = await suggestionCity();
    const { id } = ok(await run(createSuggestion, c, c.lead.user, draftInput({ cosignerIds: [c.co1.deputy.id] })));
    refused(await run(cosignSuggestion, c, c.co2.user, { id }), "NOT_FOUND");
    refused(await run(cosignSuggestion, c, c.lead.user, { id }), "FORBIDDEN");
    // The office does not see a deputy's draft; once submitted it sees it, but co-signs for nobody.
    refused(await run(cosignSuggestion, c, c.office, { id }), "NOT_FOUND");
    ok(await run(submitSuggestion, c, c.lead.user, { id }));
    refused(await run(cosignSuggestion, c, c.office, { id }), "FORBIDDEN");
    refused(await run(cosignSuggestion, c, c.co2.user, { id }), "NOT_FOUND");
    expect((await detail(c, c.lead.user, id))?.confirmedSigners).toBe(1);
    // An invited co-signer may still confirm after it was sent (the office reviews the count it then has).
    ok(await run(cosignSuggestion, c, c.co1.user, { id }));
    expect((await detail(c, c.office, id))?.confirmedSigners).toBe(2);
  });
});

describe("submitting and withdrawing", () => {
  test("a deputy submits their own: the state, the time, the delegation, the office told, the audit row", async () => {
    const c = await suggestionCity();
    await unsafePrisma.deputy.updateMany({
      where: { id: c.lead.deputy.id, tenantId: c.tenant.id },
      data: { delegation: "龙山区代表团" },
    });
    const { id } = ok(await run(createSuggestion, c, c.lead.user, draftInput()));
    const r = ok(await run<{ id: string; motionQualifies: boolean | null }>(submitSuggestion, c, c.lead.user, { id }));
    expect(r.motionQualifies).toBeNull();
    const s = await row(c, id);
    expect([s.status, s.delegation, s.submittedAt !== null]).toEqual(["SUBMITTED", "龙山区代表团", true]);
    expect(await notes(c, c.office.id, "suggestions.submitted")).toHaveLength(1);
    const [audit] = await auditRows(c.tenant.id, { action: "suggestion.submit" });
    expect(audit?.after).toMatchObject({ suggestionStatus: "SUBMITTED" });
    refused(await run(submitSuggestion, c, c.lead.user, { id }), "CONFLICT");
  });

  test("the office submits the one it entered on a deputy's behalf", async () => {
    const c = await suggestionCity();
    const { id } = ok(await run(createSuggestion, c, c.office, draftInput({ leadDeputyId: c.lead.deputy.id })));
    ok(await run(submitSuggestion, c, c.office, { id }));
    expect((await row(c, id)).status).toBe("SUBMITTED");
  });

  test("a session suggestion is refused after the session's deadline, with a clear message; before it, it goes", async () => {
    const c = await suggestionCity();
    const past = await congressSession(c, { deadlineInDays: -1 });
    const open = await congressSession(c, { deadlineInDays: 0 });
    const late = ok(await run(createSuggestion, c, c.lead.user, draftInput({ timing: "SESSION", sessionId: past.id })));
    const err = refused(await run(submitSuggestion, c, c.lead.user, { id: late.id }), "VALIDATION");
    expect(err?.message).toContain("截止");
    expect(err?.message).toContain(past.name);
    expect((await row(c, late.id)).status).toBe("DRAFT");
    const onTime = ok(
      await run(createSuggestion, c, c.lead.user, draftInput({ timing: "SESSION", sessionId: open.id })),
    );
    ok(await run(submitSuggestion, c, c.lead.user, { id: onTime.id }));
    // Changed to recess, the late one goes too.
    ok(await run(updateSuggestion, c, c.lead.user, { id: late.id, ...draftInput() }));
    ok(await run(submitSuggestion, c, c.lead.user, { id: late.id }));
  });

  test("a motion short of confirmed signers or without its bill is still submitted, flagged; with both it qualifies", async () => {
    const c = await submitCity(3);
    const co = [c.co1.deputy.id, c.co2.deputy.id];
    // Both invited, one confirmed: 2 of 3, with the bill.
    const short = ok(
      await run(createSuggestion, c, c.lead.user, { ...draftInput({ kind: "MOTION", cosignerIds: co }), bill: pdf() }),
    );
    ok(await run(cosignSuggestion, c, c.co1.user, { id: short.id }));
    const a = ok(await run<{ motionQualifies: boolean | null }>(submitSuggestion, c, c.lead.user, { id: short.id }));
    expect(a.motionQualifies).toBe(false);
    expect((await row(c, short.id)).status).toBe("SUBMITTED");
    expect(await notes(c, c.office.id, "suggestions.submitted")).toHaveLength(1);
    // All confirmed, no bill.
    const noBill = ok(await run(createSuggestion, c, c.lead.user, draftInput({ kind: "MOTION", cosignerIds: co })));
    for (const x of [c.co1, c.co2]) ok(await run(cosignSuggestion, c, x.user, { id: noBill.id }));
    const b = ok(await run<{ motionQualifies: boolean | null }>(submitSuggestion, c, c.lead.user, { id: noBill.id }));
    expect(b.motionQualifies).toBe(false);
    // All confirmed, the bill attached on an edit.
    const good = ok(await run(createSuggestion, c, c.lead.user, draftInput({ kind: "MOTION", cosignerIds: co })));
    for (const x of [c.co1, c.co2]) ok(await run(cosignSuggestion, c, x.user, { id: good.id }));
    ok(
      await run(updateSuggestion, c, c.lead.user, {
        id: good.id,
        ...draftInput({ kind: "MOTION", cosignerIds: co }),
        bill: pdf(),
      }),
    );
    const g = ok(await run<{ motionQualifies: boolean | null }>(submitSuggestion, c, c.lead.user, { id: good.id }));
    expect(g.motionQualifies).toBe(true);
    const audits = await auditRows(c.tenant.id, { action: "suggestion.submit" });
    expect(audits.map((x) => (x.after as { motionQualifies?: boolean }).motionQualifies)).toEqual([false, false, true]);
    // A suggestion carries no bill.
    const err = refused(await run(createSuggestion, c, c.lead.user, { ...draftInput(), bill: pdf() }), "VALIDATION");
    expect(err?.fieldErrors?.bill).toBeDefined();
  });

  test("the author withdraws a submitted one (the office told); a withdrawn one is not submitted again", async () => {
    const c = await suggestionCity();
    const { id } = ok(await run(createSuggestion, c, c.lead.user, draftInput()));
    ok(await run(submitSuggestion, c, c.lead.user, { id }));
    refused(await run(withdrawSuggestion, c, c.co1.user, { id }), "NOT_FOUND");
    ok(await run(withdrawSuggestion, c, c.lead.user, { id, note: "与其他代表的建议重复" }));
    expect((await row(c, id)).status).toBe("WITHDRAWN");
    expect(await notes(c, c.office.id, "suggestions.withdrawn")).toHaveLength(1);
    refused(await run(submitSuggestion, c, c.lead.user, { id }), "CONFLICT");
    expect(await auditRows(c.tenant.id, { action: "suggestion.withdraw" })).toHaveLength(1);
  });

  test("forbidden submissions: another deputy's draft, a unit, a leader, another city's id (404), an invited co-signer", async () => {
    const c = await suggestionCity();
    const { id } = ok(await run(createSuggestion, c, c.lead.user, draftInput({ cosignerIds: [c.co1.deputy.id] })));
    // A co-signer sees the draft but does not submit it.
    refused(await run(submitSuggestion, c, c.co1.user, { id }), "FORBIDDEN");
    refused(await run(submitSuggestion, c, c.co2.user, { id }), "NOT_FOUND");
    refused(await run(submitSuggestion, c, c.leadUnitUser, { id }), "FORBIDDEN");
    refused(await run(submitSuggestion, c, c.leader, { id }), "FORBIDDEN");
    // The office did not write this draft: a deputy's own draft is theirs until they send it.
    refused(await run(submitSuggestion, c, c.office, { id }), "NOT_FOUND");
    const other = await suggestionCity();
    for (const def of [submitSuggestion, withdrawSuggestion, cosignSuggestion, declineCosign])
      refused(await run(def, other, other.lead.user, { id }), "NOT_FOUND");
    refused(await run(updateSuggestion, other, other.lead.user, { id, ...draftInput() }), "NOT_FOUND");
    expect((await row(c, id)).status).toBe("DRAFT");
    expect(await auditRows(c.tenant.id, { action: "suggestion.submit" })).toHaveLength(0);
  });

  test("one returned for revision is edited and submitted again by its author", async () => {
    const c = await suggestionCity();
    const s = await insertSuggestion(c, { status: "REVISING", data: { reason: "请补充具体措施" } });
    ok(await run(updateSuggestion, c, c.lead.user, { id: s.id, ...draftInput({ cosignerIds: [c.co1.deputy.id] }) }));
    ok(await run(submitSuggestion, c, c.lead.user, { id: s.id }));
    expect((await row(c, s.id)).status).toBe("SUBMITTED");
  });
});

describe("what the pages read", () => {
  test("the edit form opens only for the author of an editable one; the panel counts a motion's signers and bill", async () => {
    const c = await submitCity(3);
    const viewer = async (u: TestUser) => loadViewer(await memberOf(u));
    const tenant = async (x: SuggestionCity) => (await findActiveTenant(x.tenant.slug))!;
    const t = await tenant(c);
    const { id } = ok(
      await run(createSuggestion, c, c.lead.user, {
        ...draftInput({ kind: "MOTION", cosignerIds: [c.co1.deputy.id, c.co2.deputy.id] }),
        bill: pdf(),
      }),
    );
    const draft = await draftForEdit(t, await viewer(c.lead.user), id);
    expect(draft?.cosigners.map((x) => x.id).sort()).toEqual([c.co1.deputy.id, c.co2.deputy.id].sort());
    expect(draft?.files.bill?.fileName).toBe("议案.pdf");
    expect(await draftForEdit(t, await viewer(c.co1.user), id)).toBeNull();
    const other = await suggestionCity();
    expect(await draftForEdit(await tenant(other), await viewer(other.lead.user), id)).toBeNull();
    ok(await run(cosignSuggestion, c, c.co1.user, { id }));
    const s = (await detail(c, c.lead.user, id))!;
    expect((await submitView(t, s)).motion).toEqual({
      confirmedSigners: 2,
      pendingSigners: 1,
      minSigners: 3,
      hasBill: true,
      qualifies: false,
    });
    ok(await run(cosignSuggestion, c, c.co2.user, { id }));
    expect((await submitView(t, (await detail(c, c.lead.user, id))!)).motion?.qualifies).toBe(true);
    ok(await run(submitSuggestion, c, c.lead.user, { id }));
    expect(await draftForEdit(t, await viewer(c.lead.user), id)).toBeNull();
  });
});
