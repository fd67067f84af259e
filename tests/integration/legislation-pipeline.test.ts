// The regulation pipeline against a real database: transitionRegulation along the whole main line, every
// forbidden move from representative stages, the fields each move must record, who may move what, and what
// promulgating an amendment or a repeal does to the regulation it changes.
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import type { RegulationStage } from "@/lib/generated/prisma/enums";
import {
  createRegulation as createRegulationAction,
  getRegulation,
  listRegulationsInForce,
  STAGES,
  transitionRegulation,
  TRANSITIONS,
} from "@/lib/modules/legislation";
import {
  auditRows,
  createCommittee,
  createTenant,
  createUser,
  sessionFor,
  type TestTenant,
  type TestUser,
} from "../factories";
import { createDraft, createRegulation, whileRowLocked } from "../factories/legislation";

/** How a stage is named to users (messages/zh-CN/legislationTerms.json), written out here on purpose. */
const STAGE_ZH: Record<RegulationStage, string> = {
  PLANNED: "立项",
  DRAFTING: "起草",
  ARGUMENTATION: "论证",
  SUBMITTED: "提请审议",
  FIRST_READING: "一审",
  SECOND_READING: "二审",
  THIRD_READING: "三审",
  PASSED: "表决通过",
  PROVINCIAL_APPROVAL: "报省批准",
  PROMULGATED: "公布施行",
  WITHDRAWN: "撤回",
  SHELVED: "搁置",
};

/** The full-width space drafts put after an article's number (and between the characters of a chapter heading). */
const SP = "\u3000";
const DRAFT_V1 = `测试市某某管理条例（草案）

第一条${SP}为了加强某某管理，制定本条例。

第二条${SP}本市行政区域内的某某管理活动，适用本条例。

第三条${SP}本条例自${SP}年${SP}月${SP}日起施行。
`;
const DRAFT_V2 = DRAFT_V1.replace(
  "第三条　本条例自",
  "第三条　市人民政府应当加强对某某管理工作的领导。\n\n第四条　本条例自",
);

async function world() {
  const tenant = await createTenant();
  const committee = await createCommittee(tenant, { shortName: "法制委" });
  const staff = await createUser(tenant, { roles: ["legislative"], displayName: "法工委干部" });
  return { tenant, committee, staff };
}

function move(tenant: TestTenant, user: TestUser, input: Record<string, unknown>) {
  return executeAction(transitionRegulation, tenant.slug, input, sessionFor(user));
}

/** Everything a refused move must leave untouched. */
async function footprint(tenantId: string, regulationId: string) {
  const [regulation, events, audits] = await Promise.all([
    unsafePrisma.regulation.findFirstOrThrow({ where: { tenantId, id: regulationId } }),
    unsafePrisma.regulationEvent.findMany({ where: { tenantId, regulationId }, orderBy: { createdAt: "asc" } }),
    auditRows(tenantId),
  ]);
  return { regulation, events, audits };
}

describe("the whole main line, PLANNED → PROMULGATED", () => {
  test("each move writes its event and one audit row; getRegulation tells the timeline in order", async () => {
    const { tenant, committee, staff } = await world();
    const reg = await createRegulation(tenant, { committeeId: committee.id, stageChangedOn: "2024-01-10" });
    const v1 = await createDraft(tenant, reg, DRAFT_V1, { by: staff, label: "一审稿" });
    const v2 = await createDraft(tenant, reg, DRAFT_V2, { by: staff, label: "二审稿" });
    const auditsBefore = (await auditRows(tenant.id)).length; // the two draft.add rows

    const steps: {
      to: RegulationStage;
      occurredOn: string;
      meeting?: string;
      draftVersionId?: string;
      effectiveOn?: string;
      documents?: { title: string; url?: string }[];
    }[] = [
      { to: "DRAFTING", occurredOn: "2024-02-01" },
      { to: "ARGUMENTATION", occurredOn: "2024-03-01" },
      { to: "SUBMITTED", occurredOn: "2024-04-01" },
      { to: "FIRST_READING", occurredOn: "2024-04-25", meeting: "常委会第三次会议", draftVersionId: v1.id },
      { to: "SECOND_READING", occurredOn: "2024-06-27", meeting: "常委会第五次会议", draftVersionId: v2.id },
      { to: "THIRD_READING", occurredOn: "2024-08-29", meeting: "常委会第六次会议", draftVersionId: v2.id },
      { to: "PASSED", occurredOn: "2024-08-29", meeting: "常委会第六次会议" }, // voted the same day as the third reading
      { to: "PROVINCIAL_APPROVAL", occurredOn: "2024-09-26" },
      {
        to: "PROMULGATED",
        occurredOn: "2024-10-15",
        effectiveOn: "2025-01-01",
        documents: [{ title: "公告第12号", url: "https://example.org/gonggao-12" }],
      },
    ];
    let from: RegulationStage = "PLANNED";
    for (const [i, step] of steps.entries()) {
      const ctx = sessionFor(staff);
      const result = await executeAction(transitionRegulation, tenant.slug, { regulationId: reg.id, ...step }, ctx);
      expect(result, step.to).toEqual({ ok: true, data: { id: reg.id, eventId: expect.any(String), stage: step.to } });
      if (!result.ok) return;
      const event = await unsafePrisma.regulationEvent.findFirstOrThrow({
        where: { tenantId: tenant.id, id: result.data.eventId },
      });
      expect(event, step.to).toMatchObject({
        regulationId: reg.id,
        fromStage: from,
        toStage: step.to,
        occurredOn: new Date(`${step.occurredOn}T00:00:00Z`),
        meeting: step.meeting ?? null,
        committeeId: committee.id,
        draftVersionId: step.draftVersionId ?? null,
        actorId: staff.id,
        note: "",
        documents: step.documents ?? [],
      });
      const row = await unsafePrisma.regulation.findFirstOrThrow({ where: { tenantId: tenant.id, id: reg.id } });
      expect(row.stage).toBe(step.to);
      expect(row.stageChangedOn).toEqual(new Date(`${step.occurredOn}T00:00:00Z`));
      const audits = await auditRows(tenant.id);
      expect(audits, step.to).toHaveLength(auditsBefore + i + 1);
      expect(audits.at(-1)).toMatchObject({
        action: "regulation.transition",
        entityType: "Regulation",
        entityId: reg.id,
        actorId: staff.id,
        requestId: ctx.requestId,
        before: { stage: from },
        after: { stage: step.to, occurredOn: step.occurredOn, ...(step.meeting ? { meeting: step.meeting } : {}) },
      });
      from = step.to;
    }

    const detail = await getRegulation(tenant.id, reg.id);
    expect(detail?.regulation).toMatchObject({
      stage: "PROMULGATED",
      stageChangedOn: "2024-10-15",
      promulgatedOn: "2024-10-15",
      effectiveOn: "2025-01-01",
      repealedOn: null,
    });
    expect(detail?.regulation.committee).toMatchObject({ id: committee.id, shortName: "法制委" });
    expect(
      detail?.timeline.map((e) => [e.fromStage, e.toStage, e.occurredOn, e.meeting, e.draftVersionId, e.committee]),
    ).toEqual([
      [null, "PLANNED", "2024-01-10", null, null, "法制委"],
      ["PLANNED", "DRAFTING", "2024-02-01", null, null, "法制委"],
      ["DRAFTING", "ARGUMENTATION", "2024-03-01", null, null, "法制委"],
      ["ARGUMENTATION", "SUBMITTED", "2024-04-01", null, null, "法制委"],
      ["SUBMITTED", "FIRST_READING", "2024-04-25", "常委会第三次会议", v1.id, "法制委"],
      ["FIRST_READING", "SECOND_READING", "2024-06-27", "常委会第五次会议", v2.id, "法制委"],
      ["SECOND_READING", "THIRD_READING", "2024-08-29", "常委会第六次会议", v2.id, "法制委"],
      ["THIRD_READING", "PASSED", "2024-08-29", "常委会第六次会议", null, "法制委"],
      ["PASSED", "PROVINCIAL_APPROVAL", "2024-09-26", null, null, "法制委"],
      ["PROVINCIAL_APPROVAL", "PROMULGATED", "2024-10-15", null, null, "法制委"],
    ]);
    expect(detail?.timeline.at(-1)?.documents).toEqual([
      { title: "公告第12号", url: "https://example.org/gonggao-12" },
    ]);
    expect(detail?.drafts.map((d) => [d.versionNo, d.label])).toEqual([
      [1, "一审稿"],
      [2, "二审稿"],
    ]);
    expect((await listRegulationsInForce(tenant.id)).map((r) => [r.id, r.promulgatedOn, r.effectiveOn])).toEqual([
      [reg.id, "2024-10-15", "2025-01-01"],
    ]);
  });

  test("the side exits: shelved with a reason and taken up again; withdrawn is final", async () => {
    const { tenant, staff } = await world();
    const reg = await createRegulation(tenant, { stage: "DRAFTING", stageChangedOn: "2024-03-01" });
    expect(
      (
        await move(tenant, staff, {
          regulationId: reg.id,
          to: "SHELVED",
          occurredOn: "2024-05-01",
          note: "上位法正在修订，暂缓",
        })
      ).ok,
    ).toBe(true);
    expect((await move(tenant, staff, { regulationId: reg.id, to: "DRAFTING", occurredOn: "2025-02-01" })).ok).toBe(
      true,
    );
    expect(
      (
        await move(tenant, staff, {
          regulationId: reg.id,
          to: "WITHDRAWN",
          occurredOn: "2025-03-01",
          note: "起草单位申请撤回",
        })
      ).ok,
    ).toBe(true);
    const detail = await getRegulation(tenant.id, reg.id);
    expect(detail?.timeline.map((e) => [e.toStage, e.note])).toEqual([
      ["DRAFTING", ""],
      ["SHELVED", "上位法正在修订，暂缓"],
      ["DRAFTING", ""],
      ["WITHDRAWN", "起草单位申请撤回"],
    ]);
    const again = await move(tenant, staff, { regulationId: reg.id, to: "DRAFTING", occurredOn: "2025-04-01" });
    expect(again.ok === false && again.error.code).toBe("CONFLICT");
  });
});

describe("forbidden moves: CONFLICT naming the current stage, nothing changes", () => {
  const REPRESENTATIVE: RegulationStage[] = [
    "PLANNED",
    "ARGUMENTATION",
    "FIRST_READING",
    "SECOND_READING",
    "PASSED",
    "PROMULGATED",
    "WITHDRAWN",
    "SHELVED",
  ];
  for (const from of REPRESENTATIVE) {
    test(`from ${from} (${STAGE_ZH[from]})`, async () => {
      const { tenant, committee, staff } = await world();
      const reg = await createRegulation(tenant, {
        stage: from,
        committeeId: committee.id,
        stageChangedOn: "2024-04-01",
      });
      const draft = await createDraft(tenant, reg, DRAFT_V1); // a real draft of this regulation, so only the move itself is wrong
      const before = await footprint(tenant.id, reg.id);
      const forbidden = STAGES.filter((to) => !TRANSITIONS[from].includes(to));
      expect(forbidden.length).toBeGreaterThan(0);
      for (const to of forbidden) {
        const result = await move(tenant, staff, {
          regulationId: reg.id,
          to,
          occurredOn: "2024-06-01",
          meeting: "常委会第九次会议",
          draftVersionId: draft.id,
          note: "理由",
          effectiveOn: "2024-12-01",
        });
        expect(result.ok, `${from} → ${to}`).toBe(false);
        if (result.ok) continue;
        expect(result.error.code, `${from} → ${to}`).toBe("CONFLICT");
        expect(result.error.message).toBe(`当前阶段为「${STAGE_ZH[from]}」，不能转入「${STAGE_ZH[to]}」。`);
        expect(result.error.fieldErrors).toBeUndefined();
      }
      expect(await footprint(tenant.id, reg.id)).toEqual(before);
    });
  }

  test("an English session is told in English", async () => {
    const { tenant, staff } = await world();
    const reg = await createRegulation(tenant, { stage: "FIRST_READING" });
    const result = await executeAction(
      transitionRegulation,
      tenant.slug,
      { regulationId: reg.id, to: "PROMULGATED", occurredOn: "2024-06-01", effectiveOn: "2024-12-01" },
      sessionFor(staff, { locale: "en" }),
    );
    expect(result.ok === false && result.error.code).toBe("CONFLICT");
    expect(result.ok === false && result.error.message).toMatch(/^[\x20-\x7e“”‘’–—]+$/);
    expect(result.ok === false && result.error.message).not.toContain("legislationTerms");
  });
});

describe("what a move must record: VALIDATION on the field, nothing changes", () => {
  async function expectField(
    tenant: TestTenant,
    user: TestUser,
    regulationId: string,
    input: Record<string, unknown>,
    field: string,
    message: string,
  ) {
    const before = await footprint(tenant.id, regulationId);
    const result = await move(tenant, user, { regulationId, ...input });
    expect(result.ok, JSON.stringify(input)).toBe(false);
    if (result.ok) return;
    expect(result.error.code, JSON.stringify(input)).toBe("VALIDATION");
    expect(result.error.fieldErrors, JSON.stringify(input)).toEqual({ [field]: [message] });
    expect(await footprint(tenant.id, regulationId)).toEqual(before);
  }

  test("a reading without its meeting or its draft", async () => {
    const { tenant, staff } = await world();
    const reg = await createRegulation(tenant, { stage: "SUBMITTED", stageChangedOn: "2024-04-01" });
    const draft = await createDraft(tenant, reg, DRAFT_V1);
    await expectField(
      tenant,
      staff,
      reg.id,
      { to: "FIRST_READING", occurredOn: "2024-04-25", draftVersionId: draft.id },
      "meeting",
      "请填写审议或表决的会议（如：常委会第五次会议）。",
    );
    await expectField(
      tenant,
      staff,
      reg.id,
      { to: "FIRST_READING", occurredOn: "2024-04-25", meeting: "  ", draftVersionId: draft.id },
      "meeting",
      "请填写审议或表决的会议（如：常委会第五次会议）。",
    );
    await expectField(
      tenant,
      staff,
      reg.id,
      { to: "FIRST_READING", occurredOn: "2024-04-25", meeting: "常委会第三次会议" },
      "draftVersionId",
      "请选择本次审议的草案版本。",
    );
    await expectField(
      tenant,
      staff,
      reg.id,
      { to: "FIRST_READING", occurredOn: "2024-04-25", meeting: "常委会第三次会议", draftVersionId: "" },
      "draftVersionId",
      "请选择本次审议的草案版本。",
    );
  });

  test("a vote without its meeting", async () => {
    const { tenant, staff } = await world();
    const reg = await createRegulation(tenant, { stage: "SECOND_READING", stageChangedOn: "2024-06-27" });
    await expectField(
      tenant,
      staff,
      reg.id,
      { to: "PASSED", occurredOn: "2024-06-27" },
      "meeting",
      "请填写审议或表决的会议（如：常委会第五次会议）。",
    );
  });

  test("withdrawing or shelving without a reason", async () => {
    const { tenant, staff } = await world();
    const reg = await createRegulation(tenant, { stage: "DRAFTING", stageChangedOn: "2024-03-01" });
    for (const to of ["WITHDRAWN", "SHELVED"]) {
      await expectField(tenant, staff, reg.id, { to, occurredOn: "2024-05-01" }, "note", "请填写撤回或搁置的理由。");
      await expectField(
        tenant,
        staff,
        reg.id,
        { to, occurredOn: "2024-05-01", note: " \u3000 " },
        "note",
        "请填写撤回或搁置的理由。",
      );
    }
  });

  test("promulgating without the date it takes effect", async () => {
    const { tenant, staff } = await world();
    const reg = await createRegulation(tenant, { stage: "PROVINCIAL_APPROVAL", stageChangedOn: "2024-09-26" });
    await expectField(
      tenant,
      staff,
      reg.id,
      { to: "PROMULGATED", occurredOn: "2024-10-15" },
      "effectiveOn",
      "请填写施行日期。",
    );
    await expectField(
      tenant,
      staff,
      reg.id,
      { to: "PROMULGATED", occurredOn: "2024-10-15", effectiveOn: "" },
      "effectiveOn",
      "请填写施行日期。",
    );
    await expectField(
      tenant,
      staff,
      reg.id,
      { to: "PROMULGATED", occurredOn: "2024-10-15", effectiveOn: "2025年1月1日" },
      "effectiveOn",
      "请输入日期（年-月-日）。",
    );
  });

  test("a draft version of ANOTHER regulation (or of another tenant, or none at all)", async () => {
    const { tenant, staff } = await world();
    const reg = await createRegulation(tenant, { stage: "SUBMITTED", stageChangedOn: "2024-04-01" });
    await createDraft(tenant, reg, DRAFT_V1);
    const other = await createRegulation(tenant, { stage: "SUBMITTED" });
    const othersDraft = await createDraft(tenant, other, DRAFT_V1);
    const elsewhere = await createTenant();
    const foreignDraft = await createDraft(
      elsewhere,
      await createRegulation(elsewhere, { stage: "SUBMITTED" }),
      DRAFT_V1,
    );
    for (const draftVersionId of [othersDraft.id, foreignDraft.id, "0190a0b0-0000-7000-8000-00000000dead"]) {
      await expectField(
        tenant,
        staff,
        reg.id,
        { to: "FIRST_READING", occurredOn: "2024-04-25", meeting: "常委会第三次会议", draftVersionId },
        "draftVersionId",
        "所选草案不属于该法规。",
      );
    }
  });

  test("a date before the last stage's date; the same day is fine", async () => {
    const { tenant, staff } = await world();
    const reg = await createRegulation(tenant, { stage: "PLANNED", stageChangedOn: "2024-03-15" });
    await expectField(
      tenant,
      staff,
      reg.id,
      { to: "DRAFTING", occurredOn: "2024-03-14" },
      "occurredOn",
      "日期不能早于上一阶段的日期。",
    );
    await expectField(
      tenant,
      staff,
      reg.id,
      { to: "DRAFTING", occurredOn: "15/03/2024" },
      "occurredOn",
      "请输入日期（年-月-日）。",
    );
    expect((await move(tenant, staff, { regulationId: reg.id, to: "DRAFTING", occurredOn: "2024-03-15" })).ok).toBe(
      true,
    );
  });

  test("unknown fields and wrong types are refused by name", async () => {
    const { tenant, staff } = await world();
    const reg = await createRegulation(tenant, { stage: "PLANNED" });
    const before = await footprint(tenant.id, reg.id);
    const result = await move(tenant, staff, {
      regulationId: reg.id,
      to: "DONE",
      occurredOn: 20240301,
      stage: "PROMULGATED",
    });
    expect(result.ok === false && result.error.code).toBe("VALIDATION");
    expect(result.ok === false && Object.keys(result.error.fieldErrors ?? {}).sort()).toEqual([
      "occurredOn",
      "stage",
      "to",
    ]);
    expect(await footprint(tenant.id, reg.id)).toEqual(before);
  });
});

describe("who may move a regulation", () => {
  test("committee staff scoped to ANOTHER committee: FORBIDDEN, nothing changes; of the right committee: OK", async () => {
    const { tenant, committee } = await world();
    const otherCommittee = await createCommittee(tenant);
    const reg = await createRegulation(tenant, {
      stage: "PLANNED",
      committeeId: committee.id,
      stageChangedOn: "2024-02-01",
    });
    const outsider = await createUser(tenant, { roles: [{ role: "committee", scopeId: otherCommittee.id }] });
    const before = await footprint(tenant.id, reg.id);
    const refused = await move(tenant, outsider, { regulationId: reg.id, to: "DRAFTING", occurredOn: "2024-03-01" });
    expect(refused).toEqual({
      ok: false,
      error: { code: "FORBIDDEN", message: "该法规由其他委员会负责，您无权办理。" },
    });
    expect(await footprint(tenant.id, reg.id)).toEqual(before);

    const insider = await createUser(tenant, { roles: [{ role: "committee", scopeId: committee.id }] });
    const ok = await move(tenant, insider, { regulationId: reg.id, to: "DRAFTING", occurredOn: "2024-03-01" });
    expect(ok).toEqual({ ok: true, data: { id: reg.id, eventId: expect.any(String), stage: "DRAFTING" } });
    expect(
      await unsafePrisma.regulationEvent.findFirst({
        where: { tenantId: tenant.id, regulationId: reg.id, toStage: "DRAFTING" },
      }),
    ).toMatchObject({ actorId: insider.id, committeeId: committee.id });
  });

  test("committee staff cannot move a regulation no committee is responsible for", async () => {
    const { tenant, committee } = await world();
    const reg = await createRegulation(tenant, { stage: "PLANNED", committeeId: null });
    const member = await createUser(tenant, { roles: [{ role: "committee", scopeId: committee.id }] });
    const result = await move(tenant, member, { regulationId: reg.id, to: "DRAFTING", occurredOn: "2024-03-01" });
    expect(result.ok === false && result.error.code).toBe("FORBIDDEN");
  });

  test("leaders, admins and deputies have no permission: FORBIDDEN, nothing changes", async () => {
    const { tenant, committee } = await world();
    const reg = await createRegulation(tenant, { stage: "PLANNED", committeeId: committee.id });
    const before = await footprint(tenant.id, reg.id);
    for (const role of ["leader", "admin", "deputy", "unit"] as const) {
      const user = await createUser(tenant, { roles: [role] });
      const result = await move(tenant, user, { regulationId: reg.id, to: "DRAFTING", occurredOn: "2024-03-01" });
      expect(result, role).toEqual({ ok: false, error: { code: "FORBIDDEN", message: "您没有执行此操作的权限。" } });
    }
    expect(await footprint(tenant.id, reg.id)).toEqual(before);
  });

  test("tenant B's regulation id through tenant A: NOT_FOUND, B's regulation untouched", async () => {
    const { tenant, staff } = await world();
    const b = await createTenant();
    const regB = await createRegulation(b, { stage: "PLANNED" });
    const before = await footprint(b.id, regB.id);
    const result = await move(tenant, staff, { regulationId: regB.id, to: "DRAFTING", occurredOn: "2024-03-01" });
    expect(result).toEqual({ ok: false, error: { code: "NOT_FOUND", message: "要找的内容不存在。" } });
    expect(await footprint(b.id, regB.id)).toEqual(before);
    expect(await auditRows(tenant.id)).toEqual([]);
  });

  test("two concurrent moves from the same stage: one wins, the other is refused and leaves no trace", async () => {
    const { tenant, staff } = await world();
    const reg = await createRegulation(tenant, { stage: "SECOND_READING", stageChangedOn: "2024-06-27" });
    // Whichever order they land in, only one can happen: after either, the other is not allowed. The row is held
    // locked until both have read it and are waiting to write it, so the two really overlap.
    const results = await whileRowLocked("Regulation", tenant.id, reg.id, [
      () =>
        move(tenant, staff, {
          regulationId: reg.id,
          to: "PASSED",
          occurredOn: "2024-08-29",
          meeting: "常委会第六次会议",
        }),
      () =>
        move(tenant, staff, { regulationId: reg.id, to: "WITHDRAWN", occurredOn: "2024-08-29", note: "提案人撤回" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, error: { code: "CONFLICT", message: "操作与现有数据冲突。" } },
    ]);
    const won = results[0]!.ok ? "PASSED" : "WITHDRAWN";
    const events = await unsafePrisma.regulationEvent.findMany({
      where: { tenantId: tenant.id, regulationId: reg.id, fromStage: { not: null } },
    });
    expect(events.map((e) => [e.fromStage, e.toStage])).toEqual([["SECOND_READING", won]]);
    expect((await unsafePrisma.regulation.findFirstOrThrow({ where: { tenantId: tenant.id, id: reg.id } })).stage).toBe(
      won,
    );
    expect(await auditRows(tenant.id, { action: "regulation.transition" })).toHaveLength(1);
  });
});

describe("amendments and repeals", () => {
  test("promulgating an AMENDMENT adds an event on the amended regulation's timeline; it stays in force", async () => {
    const { tenant, staff } = await world();
    const original = await createRegulation(tenant, {
      title: "测试市供热管理条例",
      stage: "PROMULGATED",
      stageChangedOn: "2019-04-10",
      effectiveOn: "2019-10-01",
    });
    const amendment = await createRegulation(tenant, {
      title: "修改《测试市供热管理条例》",
      kind: "AMENDMENT",
      targetId: original.id,
      stage: "PROVINCIAL_APPROVAL",
      stageChangedOn: "2024-09-28",
    });
    const result = await move(tenant, staff, {
      regulationId: amendment.id,
      to: "PROMULGATED",
      occurredOn: "2024-10-20",
      effectiveOn: "2024-12-01",
    });
    expect(result.ok).toBe(true);

    const target = await getRegulation(tenant.id, original.id);
    expect(target?.regulation).toMatchObject({ stage: "PROMULGATED", promulgatedOn: "2019-04-10", repealedOn: null });
    expect(target?.timeline.map((e) => [e.fromStage, e.toStage, e.occurredOn, e.note])).toEqual([
      [null, "PROMULGATED", "2019-04-10", ""],
      ["PROMULGATED", "PROMULGATED", "2024-10-20", `AMENDMENT:${amendment.id}`],
    ]);
    expect(target?.changedBy).toEqual([
      { id: amendment.id, title: "修改《测试市供热管理条例》", kind: "AMENDMENT", stage: "PROMULGATED" },
    ]);
    expect((await getRegulation(tenant.id, amendment.id))?.target).toEqual({
      id: original.id,
      title: "测试市供热管理条例",
    });
    // The in-force list holds the regulation itself, not the amending decision.
    expect((await listRegulationsInForce(tenant.id)).map((r) => r.id)).toEqual([original.id]);
  });

  test("promulgating a REPEAL sets the repealed regulation's repealedOn and takes it off the in-force list", async () => {
    const { tenant, staff } = await world();
    const kept = await createRegulation(tenant, {
      stage: "PROMULGATED",
      stageChangedOn: "2018-05-01",
      effectiveOn: "2018-07-01",
    });
    const old = await createRegulation(tenant, {
      stage: "PROMULGATED",
      stageChangedOn: "2015-06-01",
      effectiveOn: "2015-09-01",
    });
    expect((await listRegulationsInForce(tenant.id)).map((r) => r.id).sort()).toEqual([kept.id, old.id].sort());
    const repeal = await createRegulation(tenant, {
      kind: "REPEAL",
      targetId: old.id,
      stage: "PROVINCIAL_APPROVAL",
      stageChangedOn: "2024-03-01",
    });
    const result = await move(tenant, staff, {
      regulationId: repeal.id,
      to: "PROMULGATED",
      occurredOn: "2024-04-01",
      effectiveOn: "2024-05-01",
    });
    expect(result.ok).toBe(true);

    const target = await getRegulation(tenant.id, old.id);
    expect(target?.regulation).toMatchObject({ stage: "PROMULGATED", repealedOn: "2024-05-01" });
    expect(target?.timeline.at(-1)).toMatchObject({
      fromStage: "PROMULGATED",
      toStage: "PROMULGATED",
      occurredOn: "2024-04-01",
      note: `REPEAL:${repeal.id}`,
    });
    expect((await listRegulationsInForce(tenant.id)).map((r) => r.id)).toEqual([kept.id]);
    // Once repealed it can be neither amended nor repealed again.
    const admin = await createUser(tenant, { roles: ["legislative"] });
    const again = await executeAction(
      createRegulationAction,
      tenant.slug,
      { title: "再次废止", kind: "REPEAL", targetId: old.id, year: 2025 },
      sessionFor(admin),
    );
    expect(again.ok === false && again.error.fieldErrors).toEqual({ targetId: ["只能修改或废止现行有效的法规。"] });
  });

  test("createRegulation: an AMENDMENT of something not in force is VALIDATION on targetId, nothing stored", async () => {
    const { tenant, staff } = await world();
    const planned = await createRegulation(tenant, { stage: "PLANNED" });
    const passed = await createRegulation(tenant, { stage: "PASSED" });
    const repealed = await createRegulation(tenant, {
      stage: "PROMULGATED",
      stageChangedOn: "2010-01-01",
      repealedOn: "2020-01-01",
    });
    const elsewhere = await createTenant();
    const foreign = await createRegulation(elsewhere, { stage: "PROMULGATED" });
    // A promulgated amending decision is not itself a regulation in force (listRegulationsInForce leaves it out).
    const amendingDecision = await createRegulation(tenant, {
      kind: "AMENDMENT",
      targetId: (await createRegulation(tenant, { stage: "PROMULGATED" })).id,
      stage: "PROMULGATED",
    });
    const before = await unsafePrisma.regulation.count({ where: { tenantId: tenant.id } });
    for (const targetId of [
      planned.id,
      passed.id,
      repealed.id,
      foreign.id,
      amendingDecision.id,
      "0190a0b0-0000-7000-8000-00000000beef",
    ]) {
      const result = await executeAction(
        createRegulationAction,
        tenant.slug,
        { title: "修改某条例", kind: "AMENDMENT", targetId, year: 2025 },
        sessionFor(staff),
      );
      expect(result, targetId).toEqual({
        ok: false,
        error: {
          code: "VALIDATION",
          message: "提交的内容有误，请按提示修改。",
          fieldErrors: { targetId: ["只能修改或废止现行有效的法规。"] },
        },
      });
    }
    const missing = await executeAction(
      createRegulationAction,
      tenant.slug,
      { title: "修改某条例", kind: "AMENDMENT", year: 2025 },
      sessionFor(staff),
    );
    expect(missing.ok === false && missing.error.fieldErrors).toEqual({
      targetId: ["修改或废止项目须选择被修改或废止的法规。"],
    });
    expect(await unsafePrisma.regulation.count({ where: { tenantId: tenant.id } })).toBe(before);
    expect(await auditRows(tenant.id)).toEqual([]);
  });

  test("createRegulation: an amendment of a regulation in force starts PLANNED with one event", async () => {
    const { tenant, committee, staff } = await world();
    const inForce = await createRegulation(tenant, { stage: "PROMULGATED", stageChangedOn: "2019-04-10" });
    const ctx = sessionFor(staff);
    const result = await executeAction(
      createRegulationAction,
      tenant.slug,
      { title: "修改《某条例》", kind: "AMENDMENT", targetId: inForce.id, committeeId: committee.id, year: 2025 },
      ctx,
    );
    expect(result).toEqual({ ok: true, data: { id: expect.any(String) } });
    if (!result.ok) return;
    const detail = await getRegulation(tenant.id, result.data.id);
    expect(detail?.regulation).toMatchObject({
      title: "修改《某条例》",
      kind: "AMENDMENT",
      targetId: inForce.id,
      stage: "PLANNED",
      committeeId: committee.id,
      year: 2025,
    });
    expect(detail?.timeline.map((e) => [e.fromStage, e.toStage])).toEqual([[null, "PLANNED"]]);
    expect(await auditRows(tenant.id)).toEqual([
      expect.objectContaining({
        action: "regulation.create",
        entityId: result.data.id,
        actorId: staff.id,
        requestId: ctx.requestId,
      }),
    ]);
  });
});
