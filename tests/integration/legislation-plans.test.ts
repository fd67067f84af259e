// Five-year and annual legislative plans: creating them, adding items (and the regulation projects that come
// with deliberation items), publishing, and the read side with each item's current stage.
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import {
  addPlanItem,
  createPlan as createPlanAction,
  getPlan,
  listPlans,
  publishPlan,
  transitionRegulation,
} from "@/lib/modules/legislation";
import {
  auditRows,
  createCommittee,
  createTenant,
  createUnit,
  createUser,
  sessionFor,
  type TestTenant,
  type TestUser,
} from "../factories";
import {
  createCall,
  createLegalField,
  createPlan,
  createPlanItem,
  createRegulation,
  daysFromToday,
} from "../factories/legislation";

async function world() {
  const tenant = await createTenant();
  const staff = await createUser(tenant, { roles: ["legislative"] });
  return { tenant, staff };
}

function add(tenant: TestTenant, user: TestUser, input: Record<string, unknown>) {
  return executeAction(addPlanItem, tenant.slug, input, sessionFor(user));
}

async function footprint(tenantId: string) {
  const where = { tenantId };
  const [plans, items, regulations, events, audits] = await Promise.all([
    unsafePrisma.legislativePlan.findMany({ where, orderBy: { id: "asc" } }),
    unsafePrisma.planItem.findMany({ where, orderBy: { id: "asc" } }),
    unsafePrisma.regulation.findMany({ where, orderBy: { id: "asc" } }),
    unsafePrisma.regulationEvent.count({ where }),
    unsafePrisma.auditEvent.count({ where }),
  ]);
  return { plans, items, regulations, events, audits };
}

describe("createPlan", () => {
  test("a five-year plan is created and audited", async () => {
    const { tenant, staff } = await world();
    const ctx = sessionFor(staff);
    const input = {
      kind: "FIVE_YEAR",
      title: "测试市人大常委会五年立法规划（2023—2027年）",
      term: "第十届",
      startYear: 2023,
      endYear: 2027,
    };
    const result = await executeAction(createPlanAction, tenant.slug, input, ctx);
    expect(result).toEqual({ ok: true, data: { id: expect.any(String) } });
    if (!result.ok) return;
    expect(
      await unsafePrisma.legislativePlan.findFirstOrThrow({ where: { tenantId: tenant.id, id: result.data.id } }),
    ).toMatchObject({ ...input, description: "", publishedAt: null });
    expect(await auditRows(tenant.id)).toEqual([
      expect.objectContaining({
        action: "plan.create",
        entityType: "LegislativePlan",
        entityId: result.data.id,
        actorId: staff.id,
        requestId: ctx.requestId,
      }),
    ]);
  });

  test("an annual plan must be one year; a five-year plan at most five; years in order: VALIDATION on endYear, nothing stored", async () => {
    const { tenant, staff } = await world();
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: "ANNUAL", startYear: 2024, endYear: 2025 }, "年度计划的起止年份须相同。"],
      [{ kind: "FIVE_YEAR", startYear: 2023, endYear: 2029 }, "起止年份有误（五年规划最多跨 5 年）。"],
      [{ kind: "FIVE_YEAR", startYear: 2027, endYear: 2023 }, "起止年份有误（五年规划最多跨 5 年）。"],
    ];
    for (const [years, message] of cases) {
      const result = await executeAction(createPlanAction, tenant.slug, { title: "计划", ...years }, sessionFor(staff));
      expect(result.ok === false && result.error.code, JSON.stringify(years)).toBe("VALIDATION");
      expect(result.ok === false && result.error.fieldErrors, JSON.stringify(years)).toEqual({ endYear: [message] });
    }
    const badKind = await executeAction(
      createPlanAction,
      tenant.slug,
      { title: "计划", kind: "TEN_YEAR", startYear: 2024, endYear: 2024 },
      sessionFor(staff),
    );
    expect(badKind.ok === false && Object.keys(badKind.error.fieldErrors ?? {})).toEqual(["kind"]);
    expect(await unsafePrisma.legislativePlan.count({ where: { tenantId: tenant.id } })).toBe(0);
    // One year is fine for an annual plan, and the years may come as strings from a form.
    const ok = await executeAction(
      createPlanAction,
      tenant.slug,
      { title: "2024年度立法计划", kind: "ANNUAL", startYear: "2024", endYear: "2024" },
      sessionFor(staff),
    );
    expect(ok.ok).toBe(true);
  });

  test("only legislative staff: a committee member or a leader is FORBIDDEN", async () => {
    const { tenant } = await world();
    for (const roles of [["committee"], ["leader"], ["admin"]] as const) {
      const user = await createUser(tenant, { roles: [...roles] });
      const result = await executeAction(
        createPlanAction,
        tenant.slug,
        { title: "计划", kind: "ANNUAL", startYear: 2024, endYear: 2024 },
        sessionFor(user),
      );
      expect(result.ok === false && result.error.code, roles[0]).toBe("FORBIDDEN");
    }
    expect(await unsafePrisma.legislativePlan.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});

describe("addPlanItem", () => {
  test("a DELIBERATION item without a regulation creates one, PLANNED, with its committee, unit, field and year", async () => {
    const { tenant, staff } = await world();
    const plan = await createPlan(tenant, { kind: "FIVE_YEAR", startYear: 2023 });
    const committee = await createCommittee(tenant, { shortName: "城建环保委" });
    const unit = await createUnit(tenant, { name: "市城市管理局" });
    const field = await createLegalField(tenant, { name: "城乡建设与管理" });
    const result = await add(tenant, staff, {
      planId: plan.id,
      title: "测试市城市绿化条例",
      category: "DELIBERATION",
      fieldId: field.id,
      draftingUnitId: unit.id,
      leadCommitteeId: committee.id,
      plannedYear: 2025,
      targetStage: "FIRST_READING",
      targetMonth: 10,
      notes: "重点项目",
    });
    expect(result).toEqual({ ok: true, data: { id: expect.any(String), regulationId: expect.any(String) } });
    if (!result.ok) return;
    const item = await unsafePrisma.planItem.findFirstOrThrow({ where: { tenantId: tenant.id, id: result.data.id } });
    expect(item).toMatchObject({
      planId: plan.id,
      title: "测试市城市绿化条例",
      category: "DELIBERATION",
      fieldId: field.id,
      draftingUnitId: unit.id,
      leadCommitteeId: committee.id,
      plannedYear: 2025,
      targetStage: "FIRST_READING",
      targetMonth: 10,
      notes: "重点项目",
      sortOrder: 0,
      regulationId: result.data.regulationId,
      sourceItemId: null,
      proposalId: null,
    });
    const reg = await unsafePrisma.regulation.findFirstOrThrow({
      where: { tenantId: tenant.id, id: result.data.regulationId! },
    });
    expect(reg).toMatchObject({
      title: "测试市城市绿化条例",
      kind: "NEW",
      stage: "PLANNED",
      committeeId: committee.id,
      draftingUnitId: unit.id,
      fieldId: field.id,
      year: 2025,
      stageChangedOn: new Date(`${daysFromToday(0)}T00:00:00Z`),
    });
    expect(
      await unsafePrisma.regulationEvent.findMany({
        where: { tenantId: tenant.id, regulationId: reg.id },
        select: { fromStage: true, toStage: true, actorId: true, note: true },
      }),
    ).toEqual([{ fromStage: null, toStage: "PLANNED", actorId: staff.id, note: plan.title }]);
    expect(await auditRows(tenant.id)).toEqual([
      expect.objectContaining({
        action: "plan.addItem",
        entityType: "PlanItem",
        entityId: item.id,
        after: expect.objectContaining({ regulationId: reg.id, title: "测试市城市绿化条例" }),
      }),
    ]);
  });

  test("research and reserve items get no regulation; a deliberation item without a year takes the plan's first year", async () => {
    const { tenant, staff } = await world();
    const plan = await createPlan(tenant, { kind: "FIVE_YEAR", startYear: 2023 });
    for (const category of ["RESEARCH", "RESERVE"]) {
      const result = await add(tenant, staff, { planId: plan.id, title: `${category} 项目`, category });
      expect(result, category).toEqual({ ok: true, data: { id: expect.any(String), regulationId: null } });
    }
    const deliberation = await add(tenant, staff, { planId: plan.id, title: "审议项目", category: "DELIBERATION" });
    expect(deliberation.ok).toBe(true);
    if (!deliberation.ok) return;
    expect(
      (
        await unsafePrisma.regulation.findFirstOrThrow({
          where: { tenantId: tenant.id, id: deliberation.data.regulationId! },
        })
      ).year,
    ).toBe(2023);
    expect(await unsafePrisma.regulation.count({ where: { tenantId: tenant.id } })).toBe(1);
    expect(
      (
        await unsafePrisma.planItem.findMany({
          where: { tenantId: tenant.id, planId: plan.id },
          orderBy: { sortOrder: "asc" },
        })
      ).map((i) => [i.sortOrder, i.title]),
    ).toEqual([
      [0, "RESEARCH 项目"],
      [1, "RESERVE 项目"],
      [2, "审议项目"],
    ]);
  });

  test("an existing regulation can be linked; an annual item taken from the five-year plan follows its regulation", async () => {
    const { tenant, staff } = await world();
    const fiveYear = await createPlan(tenant, { kind: "FIVE_YEAR", startYear: 2023 });
    const annual = await createPlan(tenant, { kind: "ANNUAL", startYear: 2024 });
    const source = await add(tenant, staff, {
      planId: fiveYear.id,
      title: "测试市物业管理条例",
      category: "DELIBERATION",
      plannedYear: 2024,
    });
    if (!source.ok) throw new Error(JSON.stringify(source.error));
    const annualItem = await add(tenant, staff, {
      planId: annual.id,
      title: "测试市物业管理条例",
      category: "DELIBERATION",
      plannedYear: 2024,
      sourceItemId: source.data.id,
      targetStage: "FIRST_READING",
      targetMonth: 8,
    });
    expect(annualItem).toEqual({ ok: true, data: { id: expect.any(String), regulationId: source.data.regulationId } });
    if (!annualItem.ok) return;
    expect(
      await unsafePrisma.planItem.findFirstOrThrow({ where: { tenantId: tenant.id, id: annualItem.data.id } }),
    ).toMatchObject({ sourceItemId: source.data.id, regulationId: source.data.regulationId });
    expect(await unsafePrisma.regulation.count({ where: { tenantId: tenant.id } })).toBe(1); // no second project

    const existing = await createRegulation(tenant, { stage: "DRAFTING" });
    const linked = await add(tenant, staff, {
      planId: annual.id,
      title: "修改某条例",
      category: "DELIBERATION",
      regulationId: existing.id,
    });
    expect(linked).toEqual({ ok: true, data: { id: expect.any(String), regulationId: existing.id } });
    expect(await unsafePrisma.regulation.count({ where: { tenantId: tenant.id } })).toBe(2);
  });

  test("plannedYear outside the plan: VALIDATION; its first and last years are fine", async () => {
    const { tenant, staff } = await world();
    const plan = await createPlan(tenant, { kind: "FIVE_YEAR", startYear: 2023, endYear: 2027 });
    const annual = await createPlan(tenant, { kind: "ANNUAL", startYear: 2024 });
    const before = await footprint(tenant.id);
    for (const [planId, plannedYear] of [
      [plan.id, 2022],
      [plan.id, 2028],
      [annual.id, 2025],
      [annual.id, 2023],
    ] as const) {
      const result = await add(tenant, staff, { planId, title: "项目", category: "DELIBERATION", plannedYear });
      expect(result, `${plannedYear}`).toEqual({
        ok: false,
        error: {
          code: "VALIDATION",
          message: "提交的内容有误，请按提示修改。",
          fieldErrors: { plannedYear: ["年份须在规划或计划的起止年份之内。"] },
        },
      });
    }
    expect(await footprint(tenant.id)).toEqual(before);
    for (const plannedYear of [2023, 2027])
      expect(
        (await add(tenant, staff, { planId: plan.id, title: `项目 ${plannedYear}`, category: "RESEARCH", plannedYear }))
          .ok,
      ).toBe(true);
    expect(
      (await add(tenant, staff, { planId: annual.id, title: "年度项目", category: "RESEARCH", plannedYear: 2024 })).ok,
    ).toBe(true);
  });

  test("a committee, unit, field, source item, regulation or proposal of ANOTHER tenant: VALIDATION on that field, nothing stored", async () => {
    const { tenant, staff } = await world();
    const plan = await createPlan(tenant, { kind: "FIVE_YEAR" });
    const elsewhere = await createTenant();
    const foreignPlan = await createPlan(elsewhere, { kind: "FIVE_YEAR" });
    const foreignReg = await createRegulation(elsewhere);
    const foreignItem = await createPlanItem(elsewhere, foreignPlan, { regulationId: foreignReg.id });
    const foreignCall = await createCall(elsewhere);
    const foreignProposal = await unsafePrisma.legislativeProposal.create({
      data: {
        tenantId: elsewhere.id,
        callId: foreignCall.id,
        receiptCode: "ABCDEFGH23",
        title: "外市建议",
        necessity: "必要",
        mainContent: "内容",
        proposerType: "PUBLIC",
      },
    });
    const refs: [string, string][] = [
      ["leadCommitteeId", (await createCommittee(elsewhere)).id],
      ["draftingUnitId", (await createUnit(elsewhere)).id],
      ["fieldId", (await createLegalField(elsewhere)).id],
      ["sourceItemId", foreignItem.id],
      ["regulationId", foreignReg.id],
      ["proposalId", foreignProposal.id],
    ];
    const before = await footprint(tenant.id);
    const beforeElsewhere = await footprint(elsewhere.id);
    for (const [field, id] of refs) {
      const result = await add(tenant, staff, {
        planId: plan.id,
        title: "项目",
        category: "DELIBERATION",
        [field]: id,
      });
      expect(result, field).toEqual({
        ok: false,
        error: {
          code: "VALIDATION",
          message: "提交的内容有误，请按提示修改。",
          fieldErrors: { [field]: ["所选项目在本市不存在。"] },
        },
      });
    }
    // All three reference checks answer together.
    const three = await add(tenant, staff, {
      planId: plan.id,
      title: "项目",
      category: "DELIBERATION",
      leadCommitteeId: refs[0]![1],
      draftingUnitId: refs[1]![1],
      fieldId: refs[2]![1],
    });
    expect(three.ok === false && Object.keys(three.error.fieldErrors ?? {}).sort()).toEqual([
      "draftingUnitId",
      "fieldId",
      "leadCommitteeId",
    ]);
    // Another tenant's plan is simply not there.
    const foreign = await add(tenant, staff, { planId: foreignPlan.id, title: "项目", category: "DELIBERATION" });
    expect(foreign.ok === false && foreign.error.code).toBe("NOT_FOUND");
    expect(await footprint(tenant.id)).toEqual(before);
    expect(await footprint(elsewhere.id)).toEqual(beforeElsewhere);
  });

  test("bad input: unknown category, month 13, unknown fields", async () => {
    const { tenant, staff } = await world();
    const plan = await createPlan(tenant, { kind: "ANNUAL" });
    const result = await add(tenant, staff, {
      planId: plan.id,
      title: "项目",
      category: "URGENT",
      targetMonth: 13,
      stage: "PASSED",
    });
    expect(result.ok === false && result.error.code).toBe("VALIDATION");
    expect(result.ok === false && Object.keys(result.error.fieldErrors ?? {}).sort()).toEqual([
      "category",
      "stage",
      "targetMonth",
    ]);
    expect(await unsafePrisma.planItem.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});

describe("publishPlan", () => {
  test("an empty plan cannot be published; a plan with items once, not twice", async () => {
    const { tenant, staff } = await world();
    const plan = await createPlan(tenant, { kind: "ANNUAL" });
    const empty = await executeAction(publishPlan, tenant.slug, { planId: plan.id }, sessionFor(staff));
    expect(empty).toEqual({ ok: false, error: { code: "CONFLICT", message: "规划或计划中还没有项目，不能发布。" } });
    expect(
      (await unsafePrisma.legislativePlan.findFirstOrThrow({ where: { tenantId: tenant.id, id: plan.id } }))
        .publishedAt,
    ).toBeNull();

    expect((await add(tenant, staff, { planId: plan.id, title: "项目", category: "RESEARCH" })).ok).toBe(true);
    const first = await executeAction(publishPlan, tenant.slug, { planId: plan.id }, sessionFor(staff));
    expect(first).toEqual({ ok: true, data: { id: plan.id } });
    const publishedAt = (
      await unsafePrisma.legislativePlan.findFirstOrThrow({ where: { tenantId: tenant.id, id: plan.id } })
    ).publishedAt;
    expect(publishedAt).toBeInstanceOf(Date);

    const twice = await executeAction(publishPlan, tenant.slug, { planId: plan.id }, sessionFor(staff));
    expect(twice).toEqual({ ok: false, error: { code: "CONFLICT", message: "已经发布，无需重复发布。" } });
    expect(
      (await unsafePrisma.legislativePlan.findFirstOrThrow({ where: { tenantId: tenant.id, id: plan.id } }))
        .publishedAt,
    ).toEqual(publishedAt);
    expect((await auditRows(tenant.id, { action: "plan.publish" })).map((a) => a.entityId)).toEqual([plan.id]);
  });

  test("another tenant's plan: NOT_FOUND, still unpublished", async () => {
    const { tenant, staff } = await world();
    const elsewhere = await createTenant();
    const plan = await createPlan(elsewhere, { kind: "ANNUAL" });
    await createPlanItem(elsewhere, plan);
    const result = await executeAction(publishPlan, tenant.slug, { planId: plan.id }, sessionFor(staff));
    expect(result.ok === false && result.error.code).toBe("NOT_FOUND");
    expect(
      (await unsafePrisma.legislativePlan.findFirstOrThrow({ where: { tenantId: elsewhere.id, id: plan.id } }))
        .publishedAt,
    ).toBeNull();
  });
});

describe("listPlans / getPlan", () => {
  test("publishedOnly hides unpublished plans; the console sees all, five-year plans first, newest first", async () => {
    const { tenant } = await world();
    const fivePublished = await createPlan(tenant, { kind: "FIVE_YEAR", published: true, startYear: 2023 });
    const annual2024 = await createPlan(tenant, { kind: "ANNUAL", published: true, startYear: 2024 });
    const annual2025 = await createPlan(tenant, { kind: "ANNUAL", published: false, startYear: 2025 });
    await createPlanItem(tenant, fivePublished);
    await createPlanItem(tenant, fivePublished);
    await createPlanItem(tenant, annual2025);

    expect((await listPlans(tenant.id)).map((p) => [p.id, p.items])).toEqual([
      [fivePublished.id, 2],
      [annual2025.id, 1],
      [annual2024.id, 0],
    ]);
    expect((await listPlans(tenant.id, { publishedOnly: true })).map((p) => p.id)).toEqual([
      fivePublished.id,
      annual2024.id,
    ]);
    expect(await getPlan(tenant.id, annual2025.id, { publishedOnly: true })).toBeNull();
    expect((await getPlan(tenant.id, annual2025.id))?.plan.id).toBe(annual2025.id);
    expect((await getPlan(tenant.id, annual2024.id, { publishedOnly: true }))?.plan.id).toBe(annual2024.id);
    // Another tenant sees none of them; a malformed id is simply not found.
    const other = await createTenant();
    expect(await listPlans(other.id)).toEqual([]);
    expect(await getPlan(other.id, fivePublished.id)).toBeNull();
    expect(await getPlan(tenant.id, "not-a-uuid")).toBeNull();
  });

  test("getPlan: items in order, each with its regulation's CURRENT stage and the names of committee, unit and field", async () => {
    const { tenant, staff } = await world();
    const plan = await createPlan(tenant, { kind: "FIVE_YEAR", startYear: 2023 });
    const committee = await createCommittee(tenant, { shortName: "城建环保委" });
    const unit = await createUnit(tenant, { name: "市城市管理局" });
    const field = await createLegalField(tenant, { name: "城乡建设与管理" });
    const a = await add(tenant, staff, {
      planId: plan.id,
      title: "甲条例",
      category: "DELIBERATION",
      leadCommitteeId: committee.id,
      draftingUnitId: unit.id,
      fieldId: field.id,
    });
    const b = await add(tenant, staff, { planId: plan.id, title: "乙条例", category: "RESEARCH" });
    if (!a.ok || !b.ok) throw new Error("addPlanItem failed");

    let detail = await getPlan(tenant.id, plan.id);
    expect(detail?.items.map((i) => [i.title, i.stage, i.committee, i.draftingUnit, i.field])).toEqual([
      ["甲条例", "PLANNED", "城建环保委", "市城市管理局", "城乡建设与管理"],
      ["乙条例", null, null, null, null],
    ]);

    const moved = await executeAction(
      transitionRegulation,
      tenant.slug,
      { regulationId: a.data.regulationId, to: "DRAFTING", occurredOn: daysFromToday(0) },
      sessionFor(staff),
    );
    expect(moved.ok).toBe(true);
    detail = await getPlan(tenant.id, plan.id);
    expect(detail?.items.map((i) => [i.title, i.stage])).toEqual([
      ["甲条例", "DRAFTING"],
      ["乙条例", null],
    ]);
  });
});
