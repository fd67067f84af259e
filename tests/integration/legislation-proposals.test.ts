// Calls for proposals and the screening of what comes in: public and console submission, screening steps,
// decisions (into the plan, merged, rejected), receipts and the call's funnel.
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import {
  decideProposal,
  findProposalReceipt,
  getCallSummary,
  getProposal,
  listOpenCalls,
  listProposals,
  recordScreeningStep,
  submitProposal,
  submitPublicProposal,
} from "@/lib/modules/legislation";
import { executePublicAction } from "@/lib/public-action";
import {
  anonymousContext,
  auditRows,
  createTenant,
  createUnit,
  createUser,
  sessionFor,
  type TestTenant,
  type TestUser,
} from "../factories";
import { createCall, createLegalField, createPlan, daysFromToday, whileRowLocked } from "../factories/legislation";

/** "2026-12-02" as the message shows it: 2026年12月2日. */
const zhDate = (day: string) => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

const RECEIPT = /^[A-HJ-NP-Z2-9]{10}$/; // no I, O, 0 or 1

function publicInput(callId: string, overrides: Record<string, unknown> = {}) {
  return {
    callId,
    title: "关于制定《测试市电动自行车管理条例》的建议",
    necessity: "电动自行车数量多，停放充电引发火灾隐患，现行规定不够具体。",
    mainContent: "规范登记、停放、充电和通行管理。",
    proposerName: "李女士",
    proposerContact: "13800001234",
    ...overrides,
  };
}

function submitPublic(tenant: TestTenant, input: unknown) {
  return executePublicAction(submitPublicProposal, tenant.slug, input, anonymousContext());
}

async function world() {
  const tenant = await createTenant();
  const staff = await createUser(tenant, { roles: ["legislative"], displayName: "法工委干部" });
  const call = await createCall(tenant);
  return { tenant, staff, call };
}

/** A proposal submitted through the portal; returns its id and receipt code. */
async function propose(tenant: TestTenant, callId: string, title: string) {
  const result = await submitPublic(tenant, publicInput(callId, { title }));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

function decide(tenant: TestTenant, user: TestUser, input: Record<string, unknown>) {
  return executeAction(decideProposal, tenant.slug, input, sessionFor(user));
}

function screen(tenant: TestTenant, user: TestUser, input: Record<string, unknown>) {
  return executeAction(recordScreeningStep, tenant.slug, input, sessionFor(user));
}

async function proposalCount(tenantId: string) {
  return unsafePrisma.legislativeProposal.count({ where: { tenantId } });
}

describe("public submission", () => {
  test("a client over its limit is refused with a wait (counted in PostgreSQL); others go on", async () => {
    process.env.PROPOSAL_LIMIT_PER_CLIENT = "2";
    try {
      const { tenant, call } = await world();
      const from = (ip: string) => ({ ...anonymousContext(), ip });
      const results = [];
      for (let i = 0; i < 3; i++)
        results.push(
          await executePublicAction(
            submitPublicProposal,
            tenant.slug,
            publicInput(call.id, { title: `限流测试${i}` }),
            from("198.51.100.7"),
          ),
        );
      expect(results.map((r) => r.ok)).toEqual([true, true, false]);
      expect(results[2]!.ok === false && results[2]!.error).toMatchObject({
        code: "RATE_LIMITED",
        message: expect.stringMatching(/^提交过于频繁，请在 \d+ 秒后再试。$/),
      });
      expect(
        (await executePublicAction(submitPublicProposal, tenant.slug, publicInput(call.id), from("198.51.100.8"))).ok,
      ).toBe(true);
      expect(await proposalCount(tenant.id)).toBe(3);
    } finally {
      delete process.env.PROPOSAL_LIMIT_PER_CLIENT;
    }
  });

  test("in an open call: a receipt code; the receipt shows the status but never the contact details", async () => {
    const { tenant, call } = await world();
    const field = await createLegalField(tenant, { name: "城乡建设与管理" });
    const result = await submitPublic(tenant, publicInput(call.id, { fieldId: field.id }));
    expect(result).toEqual({ ok: true, data: { id: expect.any(String), receiptCode: expect.stringMatching(RECEIPT) } });
    if (!result.ok) return;

    const row = await unsafePrisma.legislativeProposal.findFirstOrThrow({
      where: { tenantId: tenant.id, id: result.data.id },
    });
    expect(row).toMatchObject({
      callId: call.id,
      receiptCode: result.data.receiptCode,
      proposerType: "PUBLIC",
      proposerName: "李女士",
      proposerContact: "13800001234",
      status: "SUBMITTED",
      fieldId: field.id,
      submittedById: null,
      planCategory: null,
      mergedIntoId: null,
    });

    const receipt = await findProposalReceipt(tenant.id, result.data.receiptCode);
    expect(receipt).toEqual({
      kind: "proposal",
      title: "关于制定《测试市电动自行车管理条例》的建议",
      status: "SUBMITTED",
      category: null,
      reason: null,
      mergedIntoTitle: null,
      submittedAt: row.createdAt.toISOString(),
      decidedOn: null,
    });
    expect(JSON.stringify(receipt)).not.toContain("13800001234");
    expect(JSON.stringify(receipt)).not.toContain("李女士");

    // An anonymous audit row, without the contact details either.
    const audits = await auditRows(tenant.id);
    expect(audits).toEqual([
      expect.objectContaining({
        action: "proposal.submit",
        actorKind: "ANONYMOUS",
        actorId: null,
        entityType: "LegislativeProposal",
        entityId: result.data.id,
      }),
    ]);
    expect(JSON.stringify(audits[0]!.after)).not.toContain("13800001234");

    // The receipt code is this tenant's only.
    expect(await findProposalReceipt((await createTenant()).id, result.data.receiptCode)).toBeNull();
    expect(await findProposalReceipt(tenant.id, "ABCDEFGHJK")).toBeNull();
  });

  test("receipt codes are distinct", async () => {
    const { tenant, call } = await world();
    const codes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => propose(tenant, call.id, `建议 ${i}`).then((d) => d.receiptCode)),
    );
    expect(new Set(codes).size).toBe(8);
    for (const c of codes) expect(c).toMatch(RECEIPT);
  });

  test("name and contact are optional", async () => {
    const { tenant, call } = await world();
    const result = await submitPublic(tenant, publicInput(call.id, { proposerName: undefined, proposerContact: "" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      await unsafePrisma.legislativeProposal.findFirstOrThrow({ where: { tenantId: tenant.id, id: result.data.id } }),
    ).toMatchObject({ proposerName: null, proposerContact: null });
  });

  test("a call is open from its first day through its last", async () => {
    const tenant = await createTenant();
    const opensToday = await createCall(tenant, { opensOn: daysFromToday(0), closesOn: daysFromToday(5) });
    const closesToday = await createCall(tenant, { opensOn: daysFromToday(-5), closesOn: daysFromToday(0) });
    expect((await submitPublic(tenant, publicInput(opensToday.id))).ok).toBe(true);
    expect((await submitPublic(tenant, publicInput(closesToday.id))).ok).toBe(true);
    const closed = await createCall(tenant, { open: false });
    expect((await listOpenCalls(tenant.id)).map((c) => c.id).sort()).toEqual([opensToday.id, closesToday.id].sort());
    expect((await listOpenCalls(tenant.id)).map((c) => c.id)).not.toContain(closed.id);
  });

  test("a closed call: CONFLICT naming the closing date, nothing stored", async () => {
    const tenant = await createTenant();
    const closesOn = daysFromToday(-1);
    const call = await createCall(tenant, { opensOn: daysFromToday(-30), closesOn });
    const result = await submitPublic(tenant, publicInput(call.id));
    expect(result).toEqual({
      ok: false,
      error: { code: "CONFLICT", message: `该征集已于${zhDate(closesOn)}截止，不再接收新的建议。` },
    });
    expect(await proposalCount(tenant.id)).toBe(0);
    expect(await auditRows(tenant.id)).toEqual([]);
  });

  test("a call not yet open: CONFLICT naming the opening date, nothing stored", async () => {
    const tenant = await createTenant();
    const call = await createCall(tenant, { future: true });
    const result = await submitPublic(tenant, publicInput(call.id));
    expect(result).toEqual({
      ok: false,
      error: { code: "CONFLICT", message: `该征集尚未开始，将于${zhDate(daysFromToday(10))}开始接收建议。` },
    });
    expect(await proposalCount(tenant.id)).toBe(0);
  });

  test("the callId of another tenant: NOT_FOUND, nothing stored in either", async () => {
    const tenant = await createTenant();
    const elsewhere = await createTenant();
    const foreign = await createCall(elsewhere);
    const result = await submitPublic(tenant, publicInput(foreign.id));
    expect(result.ok === false && result.error.code).toBe("NOT_FOUND");
    expect(result.ok === false && result.error.message).toBe("该征集不存在。");
    expect(await proposalCount(tenant.id)).toBe(0);
    expect(await proposalCount(elsewhere.id)).toBe(0);
  });

  test("an unknown or inactive tenant: NOT_FOUND", async () => {
    const inactive = await createTenant({ active: false });
    const call = await createCall(inactive);
    const result = await submitPublic(inactive, publicInput(call.id));
    expect(result.ok === false && result.error.code).toBe("NOT_FOUND");
    expect(await proposalCount(inactive.id)).toBe(0);
  });

  test("wrong types, unknown fields, a too long title, a field of law of another tenant: VALIDATION, nothing stored", async () => {
    const { tenant, call } = await world();
    const foreignField = await createLegalField(await createTenant());
    const cases: [Record<string, unknown>, string[]][] = [
      [{ title: 12345, necessity: null }, ["necessity", "title"]],
      [{ status: "IN_PLAN", proposerType: "DEPUTY", tenantId: tenant.id }, ["proposerType", "status", "tenantId"]],
      [{ title: "条".repeat(101) }, ["title"]],
      [{ title: "   ", mainContent: "" }, ["mainContent", "title"]],
      [{ callId: "not-a-uuid" }, ["callId"]],
      [{ proposerContact: "1".repeat(101) }, ["proposerContact"]],
      [{ fieldId: foreignField.id }, ["fieldId"]],
    ];
    for (const [overrides, fields] of cases) {
      const result = await submitPublic(tenant, publicInput(call.id, overrides));
      expect(result.ok, JSON.stringify(overrides)).toBe(false);
      if (result.ok) continue;
      expect(result.error.code, JSON.stringify(overrides)).toBe("VALIDATION");
      expect(Object.keys(result.error.fieldErrors ?? {}).sort(), JSON.stringify(overrides)).toEqual(fields);
    }
    const tooLong = await submitPublic(tenant, publicInput(call.id, { title: "条".repeat(101) }));
    expect(tooLong.ok === false && tooLong.error.fieldErrors?.title).toEqual(["内容过长。"]);
    const notObject = await submitPublic(tenant, "电动自行车");
    expect(notObject.ok === false && notObject.error.code).toBe("VALIDATION");
    expect(await proposalCount(tenant.id)).toBe(0);
    expect(await auditRows(tenant.id)).toEqual([]);
    // A title of exactly 100 characters is fine.
    expect((await submitPublic(tenant, publicInput(call.id, { title: "条".repeat(100) }))).ok).toBe(true);
  });
});

describe("console submission", () => {
  test("a deputy proposes: proposer type DEPUTY, their name by default, submittedBy them", async () => {
    const { tenant, call } = await world();
    const deputy = await createUser(tenant, { roles: ["deputy"], displayName: "张代表" });
    const ctx = sessionFor(deputy);
    const result = await executeAction(
      submitProposal,
      tenant.slug,
      {
        callId: call.id,
        title: "关于制定养犬管理条例的建议",
        necessity: "必要",
        mainContent: "内容",
        proposerType: "DEPUTY",
      },
      ctx,
    );
    expect(result).toEqual({ ok: true, data: { id: expect.any(String), receiptCode: expect.stringMatching(RECEIPT) } });
    if (!result.ok) return;
    expect(
      await unsafePrisma.legislativeProposal.findFirstOrThrow({ where: { tenantId: tenant.id, id: result.data.id } }),
    ).toMatchObject({
      proposerType: "DEPUTY",
      proposerName: "张代表",
      submittedById: deputy.id,
      proposerUnitId: null,
      proposerContact: null,
      status: "SUBMITTED",
    });
    expect(await auditRows(tenant.id)).toEqual([
      expect.objectContaining({
        action: "proposal.submit",
        actorKind: "USER",
        actorId: deputy.id,
        requestId: ctx.requestId,
        after: { title: "关于制定养犬管理条例的建议", proposerType: "DEPUTY" },
      }),
    ]);
  });

  test("a unit proposes in its own name: the unit is recorded", async () => {
    const { tenant, call } = await world();
    const unit = await createUnit(tenant);
    const user = await createUser(tenant, { roles: [{ role: "unit", scopeId: unit.id }] });
    const result = await executeAction(
      submitProposal,
      tenant.slug,
      {
        callId: call.id,
        title: "建议",
        necessity: "必要",
        mainContent: "内容",
        proposerType: "UNIT",
        proposerName: "市城管局",
      },
      sessionFor(user),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      await unsafePrisma.legislativeProposal.findFirstOrThrow({ where: { tenantId: tenant.id, id: result.data.id } }),
    ).toMatchObject({ proposerType: "UNIT", proposerName: "市城管局", proposerUnitId: unit.id });
  });

  test("the call's window holds for the console too; leaders and admins may not submit", async () => {
    const tenant = await createTenant();
    const closed = await createCall(tenant, { open: false });
    const open = await createCall(tenant);
    const deputy = await createUser(tenant, { roles: ["deputy"] });
    const input = (callId: string) => ({
      callId,
      title: "建议",
      necessity: "必要",
      mainContent: "内容",
      proposerType: "DEPUTY",
    });
    const late = await executeAction(submitProposal, tenant.slug, input(closed.id), sessionFor(deputy));
    expect(late.ok === false && late.error.code).toBe("CONFLICT");
    for (const role of ["leader", "admin"] as const) {
      const user = await createUser(tenant, { roles: [role] });
      const result = await executeAction(submitProposal, tenant.slug, input(open.id), sessionFor(user));
      expect(result.ok === false && result.error.code, role).toBe("FORBIDDEN");
    }
    const anonymous = await executeAction(submitProposal, tenant.slug, input(open.id), anonymousContext());
    expect(anonymous.ok === false && anonymous.error.code).toBe("UNAUTHENTICATED");
    expect(await proposalCount(tenant.id)).toBe(0);
  });
});

describe("screening", () => {
  test("the first step moves SUBMITTED → SCREENING; steps are the proposal's timeline, in order", async () => {
    const { tenant, staff, call } = await world();
    const unit = await createUnit(tenant, { name: "市城市管理局" });
    const { id } = await propose(tenant, call.id, "关于制定公共停车场管理条例的建议");
    const first = await screen(tenant, staff, {
      proposalId: id,
      kind: "INITIAL_REVIEW",
      occurredOn: "2024-05-10",
      organiser: "市人大法工委",
      summary: "初步审核，认为有立法必要。",
    });
    expect(first).toEqual({ ok: true, data: { id: expect.any(String) } });
    expect((await getProposal(tenant.id, id))?.proposal.status).toBe("SCREENING");
    expect(
      (await findProposalReceipt(tenant.id, (await getProposal(tenant.id, id))!.proposal.receiptCode))?.status,
    ).toBe("SCREENING");
    const reply = await screen(tenant, staff, {
      proposalId: id,
      kind: "SOLICITATION_REPLY",
      occurredOn: "2024-05-30",
      unitId: unit.id,
      summary: "复函：建议并入市政公用设施管理条例。",
    });
    expect(reply.ok).toBe(true);
    const sent = await screen(tenant, staff, {
      proposalId: id,
      kind: "SOLICITATION_SENT",
      occurredOn: "2024-05-12",
      unitId: unit.id,
      summary: "发放征求意见函。",
    });
    expect(sent.ok).toBe(true);

    const detail = await getProposal(tenant.id, id);
    expect(detail?.proposal.status).toBe("SCREENING");
    expect(detail?.steps.map((s) => [s.kind, s.occurredOn, s.unitId, s.organiser, s.actorId])).toEqual([
      ["INITIAL_REVIEW", "2024-05-10", null, "市人大法工委", staff.id],
      ["SOLICITATION_SENT", "2024-05-12", unit.id, null, staff.id],
      ["SOLICITATION_REPLY", "2024-05-30", unit.id, null, staff.id],
    ]);
    expect((await auditRows(tenant.id, { action: "proposal.screen" })).map((a) => a.after)).toEqual([
      { kind: "INITIAL_REVIEW", occurredOn: "2024-05-10" },
      { kind: "SOLICITATION_REPLY", occurredOn: "2024-05-30" },
      { kind: "SOLICITATION_SENT", occurredOn: "2024-05-12" },
    ]);
  });

  test("a unit of another tenant, a DECISION step, a proposal of another tenant, someone without legislation.manage: refused", async () => {
    const { tenant, staff, call } = await world();
    const { id } = await propose(tenant, call.id, "建议");
    const foreignUnit = await createUnit(await createTenant());
    const bad = await screen(tenant, staff, {
      proposalId: id,
      kind: "SOLICITATION_SENT",
      occurredOn: "2024-05-12",
      unitId: foreignUnit.id,
      summary: "函",
    });
    expect(bad.ok === false && bad.error.fieldErrors).toEqual({ unitId: ["所选项目在本市不存在。"] });
    const decision = await screen(tenant, staff, {
      proposalId: id,
      kind: "DECISION",
      occurredOn: "2024-05-12",
      summary: "决定",
    });
    expect(decision.ok === false && Object.keys(decision.error.fieldErrors ?? {})).toEqual(["kind"]);
    const elsewhere = await createTenant();
    const foreign = await propose(elsewhere, (await createCall(elsewhere)).id, "外市建议");
    const cross = await screen(tenant, staff, {
      proposalId: foreign.id,
      kind: "NOTE",
      occurredOn: "2024-05-12",
      summary: "备注",
    });
    expect(cross.ok === false && cross.error.code).toBe("NOT_FOUND");
    const committee = await createUser(tenant, { roles: ["committee"] });
    const forbidden = await screen(tenant, committee, {
      proposalId: id,
      kind: "NOTE",
      occurredOn: "2024-05-12",
      summary: "备注",
    });
    expect(forbidden.ok === false && forbidden.error.code).toBe("FORBIDDEN");
    expect((await getProposal(tenant.id, id))?.proposal.status).toBe("SUBMITTED");
    expect(await unsafePrisma.screeningStep.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await unsafePrisma.screeningStep.count({ where: { tenantId: elsewhere.id } })).toBe(0);
  });
});

describe("decisions", () => {
  test("IN_PLAN with a category: status, category, date and a DECISION step; no plan item without a plan", async () => {
    const { tenant, staff, call } = await world();
    const { id, receiptCode } = await propose(tenant, call.id, "关于制定养犬管理条例的建议");
    const result = await decide(tenant, staff, {
      proposalId: id,
      decision: "IN_PLAN",
      category: "RESEARCH",
      decidedOn: "2024-06-20",
      reason: "列入调研论证项目。",
    });
    expect(result).toEqual({ ok: true, data: { id, planItemId: null } });
    const detail = await getProposal(tenant.id, id);
    expect(detail?.proposal).toMatchObject({
      status: "IN_PLAN",
      planCategory: "RESEARCH",
      decisionReason: "列入调研论证项目。",
      decidedOn: new Date("2024-06-20T00:00:00Z"),
    });
    expect(detail?.steps.map((s) => [s.kind, s.occurredOn, s.summary])).toEqual([
      ["DECISION", "2024-06-20", "列入调研论证项目。"],
    ]);
    expect(await findProposalReceipt(tenant.id, receiptCode)).toMatchObject({
      status: "IN_PLAN",
      category: "RESEARCH",
      reason: "列入调研论证项目。",
      decidedOn: "2024-06-20",
    });
    expect(await unsafePrisma.planItem.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await auditRows(tenant.id, { action: "proposal.decide" })).toEqual([
      expect.objectContaining({
        entityId: id,
        before: { status: "SUBMITTED" },
        after: {
          status: "IN_PLAN",
          category: "RESEARCH",
          mergedIntoId: null,
          reason: "列入调研论证项目。",
          planItemId: null,
        },
      }),
    ]);
  });

  test("IN_PLAN with planId: a plan item is created from the proposal (annual plans give it their year)", async () => {
    const { tenant, staff, call } = await world();
    const field = await createLegalField(tenant);
    const fiveYear = await createPlan(tenant, { kind: "FIVE_YEAR" });
    const annual = await createPlan(tenant, { kind: "ANNUAL", startYear: 2025 });
    const first = await submitPublic(
      tenant,
      publicInput(call.id, { title: "关于制定物业管理条例的建议", fieldId: field.id }),
    );
    if (!first.ok) throw new Error("submit failed");
    const second = await propose(tenant, call.id, "关于制定燃气管理条例的建议");

    const into5 = await decide(tenant, staff, {
      proposalId: first.data.id,
      decision: "IN_PLAN",
      category: "DELIBERATION",
      decidedOn: "2024-06-20",
      planId: fiveYear.id,
    });
    expect(into5).toEqual({ ok: true, data: { id: first.data.id, planItemId: expect.any(String) } });
    const intoAnnual = await decide(tenant, staff, {
      proposalId: second.id,
      decision: "IN_PLAN",
      category: "RESERVE",
      decidedOn: "2024-06-20",
      planId: annual.id,
    });
    expect(intoAnnual.ok).toBe(true);

    const items = await unsafePrisma.planItem.findMany({ where: { tenantId: tenant.id }, orderBy: { title: "asc" } });
    expect(
      items.map((i) => ({
        planId: i.planId,
        title: i.title,
        category: i.category,
        proposalId: i.proposalId,
        fieldId: i.fieldId,
        plannedYear: i.plannedYear,
        sortOrder: i.sortOrder,
      })),
    ).toEqual([
      {
        planId: annual.id,
        title: "关于制定燃气管理条例的建议",
        category: "RESERVE",
        proposalId: second.id,
        fieldId: null,
        plannedYear: 2025,
        sortOrder: 0,
      },
      {
        planId: fiveYear.id,
        title: "关于制定物业管理条例的建议",
        category: "DELIBERATION",
        proposalId: first.data.id,
        fieldId: field.id,
        plannedYear: null,
        sortOrder: 0,
      },
    ]);
    expect(items.find((i) => i.planId === fiveYear.id)?.id).toBe(into5.ok && into5.data.planItemId);
  });

  test("IN_PLAN into a plan of another tenant: VALIDATION on planId, nothing changes", async () => {
    const { tenant, staff, call } = await world();
    const foreignPlan = await createPlan(await createTenant(), { kind: "FIVE_YEAR" });
    const { id } = await propose(tenant, call.id, "建议");
    const result = await decide(tenant, staff, {
      proposalId: id,
      decision: "IN_PLAN",
      category: "DELIBERATION",
      decidedOn: "2024-06-20",
      planId: foreignPlan.id,
    });
    expect(result.ok === false && result.error.fieldErrors).toEqual({ planId: ["所选项目在本市不存在。"] });
    expect((await getProposal(tenant.id, id))?.proposal.status).toBe("SUBMITTED");
    expect(
      await unsafePrisma.planItem.count({ where: { planId: foreignPlan.id, tenantId: foreignPlan.tenantId } }),
    ).toBe(0);
  });

  test("MERGED into another proposal: mergedInto and mergedFrom in getProposal, the receipt names the target", async () => {
    const { tenant, staff, call } = await world();
    const target = await propose(tenant, call.id, "关于制定市政公用设施管理条例的建议");
    const lighting = await propose(tenant, call.id, "关于制定城市亮化照明管理条例的建议");
    const parking = await propose(tenant, call.id, "关于制定公共停车场管理条例的建议");
    for (const p of [lighting, parking]) {
      const result = await decide(tenant, staff, {
        proposalId: p.id,
        decision: "MERGED",
        mergedIntoId: target.id,
        decidedOn: "2024-06-20",
        reason: "内容并入市政公用设施管理条例。",
      });
      expect(result).toEqual({ ok: true, data: { id: p.id, planItemId: null } });
    }
    const merged = await getProposal(tenant.id, lighting.id);
    expect(merged?.proposal).toMatchObject({ status: "MERGED", mergedIntoId: target.id, planCategory: null });
    expect(merged?.mergedInto).toEqual({ id: target.id, title: "关于制定市政公用设施管理条例的建议" });
    const into = await getProposal(tenant.id, target.id);
    expect(into?.proposal.status).toBe("SUBMITTED");
    expect(into?.mergedFrom.map((p) => p.id).sort()).toEqual([lighting.id, parking.id].sort());
    expect(await findProposalReceipt(tenant.id, parking.receiptCode)).toMatchObject({
      status: "MERGED",
      mergedIntoTitle: "关于制定市政公用设施管理条例的建议",
      reason: "内容并入市政公用设施管理条例。",
    });
    expect((await listProposals(tenant.id, { status: "MERGED" })).map((p) => p.id).sort()).toEqual(
      [lighting.id, parking.id].sort(),
    );
  });

  test("merging into itself, into a proposal of another tenant, into a rejected one or back into one merged into it: refused", async () => {
    const { tenant, staff, call } = await world();
    const a = await propose(tenant, call.id, "甲");
    const b = await propose(tenant, call.id, "乙");
    const rejected = await propose(tenant, call.id, "丙");
    expect(
      (
        await decide(tenant, staff, {
          proposalId: rejected.id,
          decision: "REJECTED",
          decidedOn: "2024-06-01",
          reason: "不宜立法",
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await decide(tenant, staff, {
          proposalId: b.id,
          decision: "MERGED",
          mergedIntoId: a.id,
          decidedOn: "2024-06-01",
        })
      ).ok,
    ).toBe(true);
    const elsewhere = await createTenant();
    const foreign = await propose(elsewhere, (await createCall(elsewhere)).id, "外市建议");
    const before = await getProposal(tenant.id, a.id);
    for (const mergedIntoId of [a.id, foreign.id, rejected.id, b.id, "0190a0b0-0000-7000-8000-00000000cafe"]) {
      const result = await decide(tenant, staff, {
        proposalId: a.id,
        decision: "MERGED",
        mergedIntoId,
        decidedOn: "2024-06-20",
      });
      expect(result, mergedIntoId).toEqual({
        ok: false,
        error: {
          code: "VALIDATION",
          message: "提交的内容有误，请按提示修改。",
          fieldErrors: { mergedIntoId: ["请选择本次征集中另一项未被否决的建议作为合并对象。"] },
        },
      });
    }
    expect(await getProposal(tenant.id, a.id)).toEqual(before);
    expect((await getProposal(elsewhere.id, foreign.id))?.mergedFrom).toEqual([]);
  });

  test("merging into a proposal that was itself merged away is refused: no chains, no cycles", async () => {
    const { tenant, staff, call } = await world();
    const a = await propose(tenant, call.id, "甲");
    const b = await propose(tenant, call.id, "乙");
    const c = await propose(tenant, call.id, "丙");
    expect(
      (
        await decide(tenant, staff, {
          proposalId: c.id,
          decision: "MERGED",
          mergedIntoId: b.id,
          decidedOn: "2024-06-01",
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await decide(tenant, staff, {
          proposalId: b.id,
          decision: "MERGED",
          mergedIntoId: a.id,
          decidedOn: "2024-06-02",
        })
      ).ok,
    ).toBe(true);
    // 甲 → 丙 would close the loop 甲 → 丙 → 乙 → 甲.
    const cycle = await decide(tenant, staff, {
      proposalId: a.id,
      decision: "MERGED",
      mergedIntoId: c.id,
      decidedOn: "2024-06-03",
    });
    expect(cycle.ok === false && cycle.error.fieldErrors).toEqual({
      mergedIntoId: ["请选择本次征集中另一项未被否决的建议作为合并对象。"],
    });
    const d = await propose(tenant, call.id, "丁");
    const chain = await decide(tenant, staff, {
      proposalId: d.id,
      decision: "MERGED",
      mergedIntoId: b.id,
      decidedOn: "2024-06-03",
    });
    expect(chain.ok === false && chain.error.code).toBe("VALIDATION");
    expect((await getProposal(tenant.id, a.id))?.proposal).toMatchObject({ status: "SUBMITTED", mergedIntoId: null });
    expect((await getProposal(tenant.id, d.id))?.proposal).toMatchObject({ status: "SUBMITTED", mergedIntoId: null });
  });

  test("REJECTED requires a reason; the citizen sees it", async () => {
    const { tenant, staff, call } = await world();
    const { id, receiptCode } = await propose(tenant, call.id, "关于制定12345热线运行条例的建议");
    for (const reason of [undefined, "", "   "]) {
      const result = await decide(tenant, staff, {
        proposalId: id,
        decision: "REJECTED",
        decidedOn: "2024-05-10",
        ...(reason === undefined ? {} : { reason }),
      });
      expect(result.ok === false && result.error.code, String(reason)).toBe("VALIDATION");
      expect(result.ok === false && Object.keys(result.error.fieldErrors ?? {}), String(reason)).toEqual(["reason"]);
    }
    expect((await getProposal(tenant.id, id))?.proposal.status).toBe("SUBMITTED");
    const ok = await decide(tenant, staff, {
      proposalId: id,
      decision: "REJECTED",
      decidedOn: "2024-05-10",
      reason: "属于内部管理范畴，不适宜作为地方立法项目。",
    });
    expect(ok.ok).toBe(true);
    expect(await findProposalReceipt(tenant.id, receiptCode)).toMatchObject({
      status: "REJECTED",
      category: null,
      reason: "属于内部管理范畴，不适宜作为地方立法项目。",
      decidedOn: "2024-05-10",
    });
  });

  test("an unknown decision or a category on a rejection: VALIDATION", async () => {
    const { tenant, staff, call } = await world();
    const { id } = await propose(tenant, call.id, "建议");
    const unknown = await decide(tenant, staff, { proposalId: id, decision: "ACCEPTED", decidedOn: "2024-05-10" });
    expect(unknown.ok === false && unknown.error.code).toBe("VALIDATION");
    const extra = await decide(tenant, staff, {
      proposalId: id,
      decision: "REJECTED",
      decidedOn: "2024-05-10",
      reason: "不宜",
      category: "RESERVE",
    });
    expect(extra.ok === false && Object.keys(extra.error.fieldErrors ?? {})).toEqual(["category"]);
    expect((await getProposal(tenant.id, id))?.proposal.status).toBe("SUBMITTED");
  });

  test("a decided proposal can be neither screened nor decided again: CONFLICT, nothing changes", async () => {
    const { tenant, staff, call } = await world();
    const other = await propose(tenant, call.id, "另一项");
    for (const decision of [
      { decision: "IN_PLAN", category: "DELIBERATION", decidedOn: "2024-06-20" },
      { decision: "MERGED", mergedIntoId: other.id, decidedOn: "2024-06-20" },
      { decision: "REJECTED", decidedOn: "2024-06-20", reason: "不宜立法" },
    ]) {
      const { id } = await propose(tenant, call.id, `建议 ${decision.decision}`);
      expect((await decide(tenant, staff, { proposalId: id, ...decision })).ok).toBe(true);
      const before = await getProposal(tenant.id, id);
      const audits = (await auditRows(tenant.id)).length;
      const again = await decide(tenant, staff, {
        proposalId: id,
        decision: "REJECTED",
        decidedOn: "2024-07-01",
        reason: "改变主意",
      });
      expect(again).toEqual({ ok: false, error: { code: "CONFLICT", message: "该建议已作出处理决定，不能再变更。" } });
      const screened = await screen(tenant, staff, {
        proposalId: id,
        kind: "NOTE",
        occurredOn: "2024-07-01",
        summary: "补充",
      });
      expect(screened).toEqual({
        ok: false,
        error: { code: "CONFLICT", message: "该建议已作出处理决定，不能再变更。" },
      });
      expect(await getProposal(tenant.id, id)).toEqual(before);
      expect((await auditRows(tenant.id)).length).toBe(audits);
    }
  });

  test("two concurrent decisions on one proposal: one wins, the other is refused and leaves no trace", async () => {
    const { tenant, staff, call } = await world();
    const plan = await createPlan(tenant, { kind: "FIVE_YEAR" });
    const { id } = await propose(tenant, call.id, "建议");
    const results = await whileRowLocked("LegislativeProposal", tenant.id, id, [
      () =>
        decide(tenant, staff, { proposalId: id, decision: "REJECTED", decidedOn: "2024-06-20", reason: "不宜立法" }),
      () =>
        decide(tenant, staff, {
          proposalId: id,
          decision: "IN_PLAN",
          category: "DELIBERATION",
          decidedOn: "2024-06-20",
          planId: plan.id,
        }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, error: { code: "CONFLICT", message: "该建议已作出处理决定，不能再变更。" } },
    ]);
    const rejectedWon = results[0]!.ok;
    const detail = await getProposal(tenant.id, id);
    expect(detail?.proposal).toMatchObject(
      rejectedWon
        ? { status: "REJECTED", planCategory: null, decisionReason: "不宜立法" }
        : { status: "IN_PLAN", planCategory: "DELIBERATION" },
    );
    expect(detail?.steps.map((s) => s.kind)).toEqual(["DECISION"]);
    // A losing IN_PLAN decision leaves no plan item pointing at a rejected proposal.
    expect(await unsafePrisma.planItem.count({ where: { tenantId: tenant.id } })).toBe(rejectedWon ? 0 : 1);
    expect(await auditRows(tenant.id, { action: "proposal.decide" })).toHaveLength(1);
  });

  test("a screening step racing a decision never reopens the decided proposal", async () => {
    const { tenant, staff, call } = await world();
    const { id } = await propose(tenant, call.id, "建议");
    const results = await whileRowLocked("LegislativeProposal", tenant.id, id, [
      () =>
        decide(tenant, staff, { proposalId: id, decision: "IN_PLAN", category: "RESERVE", decidedOn: "2024-06-20" }),
      () =>
        screen(tenant, staff, {
          proposalId: id,
          kind: "INITIAL_REVIEW",
          occurredOn: "2024-06-19",
          summary: "初步审核",
        }),
    ]);
    // In either order the decision stands (a step recorded first is simply part of the screening).
    expect(results[0]).toEqual({ ok: true, data: { id, planItemId: null } });
    expect((await getProposal(tenant.id, id))?.proposal).toMatchObject({ status: "IN_PLAN", planCategory: "RESERVE" });
  });
});

describe("getCallSummary", () => {
  test("the funnel counts each outcome of this call only", async () => {
    const { tenant, staff, call } = await world();
    const otherCall = await createCall(tenant);
    await propose(tenant, otherCall.id, "另一次征集的建议");
    const ids: string[] = [];
    for (let i = 0; i < 11; i++) ids.push((await propose(tenant, call.id, `建议 ${i}`)).id);
    const [d1, d2, d3, r1, v1, m1, m2, x1, x2, s1] = ids as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    for (const id of [d1, d2, d3])
      expect(
        (
          await decide(tenant, staff, {
            proposalId: id,
            decision: "IN_PLAN",
            category: "DELIBERATION",
            decidedOn: "2024-06-20",
          })
        ).ok,
      ).toBe(true);
    expect(
      (
        await decide(tenant, staff, {
          proposalId: r1,
          decision: "IN_PLAN",
          category: "RESEARCH",
          decidedOn: "2024-06-20",
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await decide(tenant, staff, {
          proposalId: v1,
          decision: "IN_PLAN",
          category: "RESERVE",
          decidedOn: "2024-06-20",
        })
      ).ok,
    ).toBe(true);
    for (const id of [m1, m2])
      expect(
        (await decide(tenant, staff, { proposalId: id, decision: "MERGED", mergedIntoId: d1, decidedOn: "2024-06-20" }))
          .ok,
      ).toBe(true);
    for (const id of [x1, x2])
      expect(
        (await decide(tenant, staff, { proposalId: id, decision: "REJECTED", decidedOn: "2024-06-20", reason: "不宜" }))
          .ok,
      ).toBe(true);
    expect(
      (
        await screen(tenant, staff, {
          proposalId: s1,
          kind: "INITIAL_REVIEW",
          occurredOn: "2024-05-10",
          summary: "审核",
        })
      ).ok,
    ).toBe(true);
    // ids[10] stays SUBMITTED

    const summary = await getCallSummary(tenant.id, call.id);
    expect(summary?.call).toMatchObject({ id: call.id, opensOn: daysFromToday(-10), closesOn: daysFromToday(10) });
    expect(summary?.funnel).toEqual({
      received: 11,
      open: 2,
      deliberation: 3,
      research: 1,
      reserve: 1,
      merged: 2,
      rejected: 2,
    });
    expect((await getCallSummary(tenant.id, otherCall.id))?.funnel).toEqual({
      received: 1,
      open: 1,
      deliberation: 0,
      research: 0,
      reserve: 0,
      merged: 0,
      rejected: 0,
    });
    expect(await getCallSummary((await createTenant()).id, call.id)).toBeNull();
    expect((await listProposals(tenant.id, { callId: call.id })).length).toBe(11);
  });
});
