// Draft versions of a regulation: parsed into chapters and articles when added, article identities carried
// across versions, compared, published; and what the public may see of regulations and their drafts.
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import {
  addDraftVersion,
  compareDraftVersions,
  getDraftVersion,
  getRegulation,
  isPublicRegulation,
  listPublicRegulations,
  publishDraftVersion,
  transitionRegulation,
  type ArticleChange,
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
import { createDraft, createPlan, createPlanItem, createRegulation } from "../factories/legislation";

/** The full-width space drafts put after an article's number (and between the characters of a chapter heading). */
const SP = "\u3000";
const V1 = `测试市城市绿化条例（草案征求意见稿）

第一章${SP}总${SP}则

第一条${SP}为了促进城市绿化事业发展，改善生态环境，制定本条例。

第二条${SP}本条例适用于本市城市规划区内的城市绿化活动。

第三条${SP}城市绿化工作坚持政府主导、社会参与的原则。

第二章${SP}规划与建设

第四条${SP}城市绿地系统规划由市城市绿化主管部门编制，报市人民政府批准后实施。

第五条${SP}新建建设工程项目的附属绿化用地面积占建设工程项目用地面积的比例，应当符合下列规定：
（一）居住区不低于百分之三十；
（二）学校、医院不低于百分之三十五。

第六条${SP}附属绿化工程应当与主体工程同步设计、同步施工、同步验收。

第三章${SP}附${SP}则

第七条${SP}本条例自${SP}年${SP}月${SP}日起施行。
`;

/** The first-reading version: 第二条 edited, a new 第五条 inserted, the rest renumbered. */
const V2 = V1.replace("（草案征求意见稿）", "（草案）")
  .replace("城市规划区内的城市绿化活动。", "城市规划区内的城市绿化规划、建设、保护和管理活动。")
  .replace("第七条　本条例自", "第八条　本条例自")
  .replace("第六条　附属绿化工程", "第七条　附属绿化工程")
  .replace("第五条　新建建设工程", "第六条　新建建设工程")
  .replace(
    "第二章　规划与建设\n\n第四条　城市绿地系统规划由市城市绿化主管部门编制，报市人民政府批准后实施。",
    "第二章　规划与建设\n\n第四条　城市绿地系统规划由市城市绿化主管部门编制，报市人民政府批准后实施。\n\n第五条　市城市绿化主管部门应当建立城市绿化信息管理平台，公开城市绿地信息，接受社会监督。",
  );

const NOT_A_DRAFT = "随便写的一段话，没有条文";

async function world() {
  const tenant = await createTenant();
  const committee = await createCommittee(tenant);
  const staff = await createUser(tenant, { roles: ["legislative"] });
  const regulation = await createRegulation(tenant, {
    title: "测试市城市绿化条例",
    stage: "DRAFTING",
    committeeId: committee.id,
  });
  return { tenant, committee, staff, regulation };
}

function addDraft(tenant: TestTenant, user: TestUser, input: Record<string, unknown>) {
  return executeAction(addDraftVersion, tenant.slug, input, sessionFor(user));
}

function articlesOf(tenantId: string, draftVersionId: string) {
  return unsafePrisma.draftArticle.findMany({ where: { tenantId, draftVersionId }, orderBy: { ordinal: "asc" } });
}

const summary = (changes: ArticleChange[]) =>
  changes.map((c) =>
    c.kind === "added"
      ? `+${c.to.label}`
      : c.kind === "removed"
        ? `-${c.from.label}`
        : `${c.kind}:${c.from.label}>${c.to.label}`,
  );

describe("addDraftVersion", () => {
  test("parses the text into chapters and articles, keeps the source, and is audited", async () => {
    const { tenant, staff, regulation } = await world();
    const ctx = sessionFor(staff);
    const result = await executeAction(
      addDraftVersion,
      tenant.slug,
      { regulationId: regulation.id, label: "征求意见稿", text: V1 },
      ctx,
    );
    expect(result).toEqual({ ok: true, data: { id: expect.any(String), versionNo: 1, articles: 7, warnings: [] } });
    if (!result.ok) return;

    const version = await unsafePrisma.draftVersion.findFirstOrThrow({
      where: { tenantId: tenant.id, id: result.data.id },
    });
    expect(version).toMatchObject({
      regulationId: regulation.id,
      versionNo: 1,
      label: "征求意见稿",
      title: "测试市城市绿化条例（草案征求意见稿）",
      sourceText: V1,
      preamble: "",
      warnings: [],
      publishedAt: null,
      createdById: staff.id,
    });
    expect(version.chapters).toEqual([
      { number: 1, title: "总则", sections: [] },
      { number: 2, title: "规划与建设", sections: [] },
      { number: 3, title: "附则", sections: [] },
    ]);
    const articles = await articlesOf(tenant.id, version.id);
    expect(articles.map((a) => [a.ordinal, a.number, a.suffix, a.label, a.chapter])).toEqual([
      [1, 1, 0, "第一条", 1],
      [2, 2, 0, "第二条", 1],
      [3, 3, 0, "第三条", 1],
      [4, 4, 0, "第四条", 2],
      [5, 5, 0, "第五条", 2],
      [6, 6, 0, "第六条", 2],
      [7, 7, 0, "第七条", 3],
    ]);
    expect(articles[0]!.text).toBe("为了促进城市绿化事业发展，改善生态环境，制定本条例。");
    expect(articles[4]!.text).toBe(
      "新建建设工程项目的附属绿化用地面积占建设工程项目用地面积的比例，应当符合下列规定：\n（一）居住区不低于百分之三十；\n（二）学校、医院不低于百分之三十五。",
    );
    expect((articles[4]!.clauses as { items: { number: number }[] }[])[0]!.items.map((i) => i.number)).toEqual([1, 2]);
    expect(new Set(articles.map((a) => a.identity)).size).toBe(7);
    expect(await auditRows(tenant.id)).toEqual([
      expect.objectContaining({
        action: "draft.add",
        entityType: "DraftVersion",
        entityId: version.id,
        actorId: staff.id,
        requestId: ctx.requestId,
        after: { regulationId: regulation.id, label: "征求意见稿", articles: 7, warnings: [] },
      }),
    ]);
  });

  test("a second version keeps the identity of unchanged, edited and renumbered articles; the inserted one gets a new identity", async () => {
    const { tenant, staff, regulation } = await world();
    const first = await addDraft(tenant, staff, { regulationId: regulation.id, label: "征求意见稿", text: V1 });
    const second = await addDraft(tenant, staff, { regulationId: regulation.id, label: "一审稿", text: V2 });
    expect(second).toEqual({ ok: true, data: { id: expect.any(String), versionNo: 2, articles: 8, warnings: [] } });
    if (!first.ok || !second.ok) return;
    const a = await articlesOf(tenant.id, first.data.id);
    const b = await articlesOf(tenant.id, second.data.id);
    const idOf = (articles: typeof a, label: string) => articles.find((x) => x.label === label)!.identity;
    expect(b.map((x) => x.label)).toEqual([
      "第一条",
      "第二条",
      "第三条",
      "第四条",
      "第五条",
      "第六条",
      "第七条",
      "第八条",
    ]);
    for (const [before, after] of [
      ["第一条", "第一条"],
      ["第二条", "第二条"],
      ["第三条", "第三条"],
      ["第四条", "第四条"],
      ["第五条", "第六条"],
      ["第六条", "第七条"],
      ["第七条", "第八条"],
    ]) {
      expect(idOf(b, after!), `${before} → ${after}`).toBe(idOf(a, before!));
    }
    const inserted = idOf(b, "第五条");
    expect(a.map((x) => x.identity)).not.toContain(inserted);
    expect(b.find((x) => x.label === "第五条")!.text).toBe(
      "市城市绿化主管部门应当建立城市绿化信息管理平台，公开城市绿地信息，接受社会监督。",
    );
  });

  test("text with no article is stored whole: 0 articles, preamble = the text, warning NO_ARTICLES", async () => {
    const { tenant, staff, regulation } = await world();
    const result = await addDraft(tenant, staff, { regulationId: regulation.id, label: "初稿", text: NOT_A_DRAFT });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ versionNo: 1, articles: 0 });
    expect(result.data.warnings).toContain("NO_ARTICLES");
    const version = await unsafePrisma.draftVersion.findFirstOrThrow({
      where: { tenantId: tenant.id, id: result.data.id },
    });
    expect(version).toMatchObject({
      sourceText: NOT_A_DRAFT,
      preamble: NOT_A_DRAFT,
      title: "测试市城市绿化条例",
      chapters: [],
    });
    expect(version.warnings).toContain("NO_ARTICLES");
    expect(await articlesOf(tenant.id, version.id)).toEqual([]);
    // A later real version after it still works, every article new.
    const next = await addDraft(tenant, staff, { regulationId: regulation.id, label: "征求意见稿", text: V1 });
    expect(next.ok && next.data).toMatchObject({ versionNo: 2, articles: 7, warnings: [] });
  });

  test("empty text, a too long label, unknown fields: VALIDATION, nothing stored", async () => {
    const { tenant, staff, regulation } = await world();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ text: "" }, ["text"]],
      [{ label: "稿".repeat(41) }, ["label"]],
      [{ label: "  " }, ["label"]],
      [{ publishedAt: "2024-01-01" }, ["publishedAt"]],
      [{ regulationId: "x" }, ["regulationId"]],
    ];
    for (const [overrides, fields] of cases) {
      const result = await addDraft(tenant, staff, {
        regulationId: regulation.id,
        label: "一审稿",
        text: V1,
        ...overrides,
      });
      expect(result.ok === false && result.error.code, JSON.stringify(overrides)).toBe("VALIDATION");
      expect(
        result.ok === false && Object.keys(result.error.fieldErrors ?? {}).sort(),
        JSON.stringify(overrides),
      ).toEqual(fields);
    }
    expect(await unsafePrisma.draftVersion.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  test("who may add: committee staff of the regulation's committee yes, of another committee or a leader no; another tenant's regulation is NOT_FOUND", async () => {
    const { tenant, committee, regulation } = await world();
    const own = await createUser(tenant, { roles: [{ role: "committee", scopeId: committee.id }] });
    const other = await createUser(tenant, {
      roles: [{ role: "committee", scopeId: (await createCommittee(tenant)).id }],
    });
    const leader = await createUser(tenant, { roles: ["leader"] });
    expect((await addDraft(tenant, own, { regulationId: regulation.id, label: "一审稿", text: V1 })).ok).toBe(true);
    const refused = await addDraft(tenant, other, { regulationId: regulation.id, label: "二审稿", text: V2 });
    expect(refused).toEqual({
      ok: false,
      error: { code: "FORBIDDEN", message: "该法规由其他委员会负责，您无权办理。" },
    });
    expect(
      (await addDraft(tenant, leader, { regulationId: regulation.id, label: "二审稿", text: V2 })).ok === false,
    ).toBe(true);
    const elsewhere = await createTenant();
    const foreign = await createRegulation(elsewhere);
    const cross = await addDraft(tenant, own, { regulationId: foreign.id, label: "一审稿", text: V1 });
    expect(cross.ok === false && cross.error.code).toBe("NOT_FOUND");
    expect(await unsafePrisma.draftVersion.count({ where: { tenantId: tenant.id } })).toBe(1);
    expect(await unsafePrisma.draftVersion.count({ where: { tenantId: elsewhere.id } })).toBe(0);
  });
});

describe("compareDraftVersions", () => {
  test("answers the article changes between two versions of one regulation", async () => {
    const { tenant, staff, regulation } = await world();
    const v1 = await createDraft(tenant, regulation, V1, { by: staff });
    const v2 = await createDraft(tenant, regulation, V2, { by: staff });
    const compared = await compareDraftVersions(tenant.id, v1.id, v2.id);
    expect(compared?.from.id).toBe(v1.id);
    expect(compared?.to.id).toBe(v2.id);
    expect(compared?.regulation).toEqual({ id: regulation.id, title: "测试市城市绿化条例", stage: "DRAFTING" });
    expect(summary(compared!.changes)).toEqual([
      "unchanged:第一条>第一条",
      "changed:第二条>第二条",
      "unchanged:第三条>第三条",
      "unchanged:第四条>第四条",
      "+第五条",
      "renumbered:第五条>第六条",
      "renumbered:第六条>第七条",
      "renumbered:第七条>第八条",
    ]);
    const changed = compared!.changes[1]!;
    expect(
      changed.kind === "changed" &&
        changed.diff
          .filter((p) => p.op === "insert")
          .map((p) => p.text)
          .join(""),
    ).toBe("规划、建设、保护和管理");
    // The other way round, the inserted article is removed.
    expect(summary((await compareDraftVersions(tenant.id, v2.id, v1.id))!.changes)).toContain("-第五条");
  });

  test("versions of two different regulations, another tenant's, or unknown ids cannot be compared: null", async () => {
    const { tenant, staff, regulation } = await world();
    const other = await createRegulation(tenant, { stage: "DRAFTING" });
    const mine = await createDraft(tenant, regulation, V1, { by: staff });
    const theirs = await createDraft(tenant, other, V2, { by: staff });
    expect(await compareDraftVersions(tenant.id, mine.id, theirs.id)).toBeNull();
    expect(await compareDraftVersions(tenant.id, mine.id, "0190a0b0-0000-7000-8000-00000000f00d")).toBeNull();
    expect(await compareDraftVersions(tenant.id, mine.id, "nonsense")).toBeNull();
    const elsewhere = await createTenant();
    expect(await compareDraftVersions(elsewhere.id, mine.id, mine.id)).toBeNull();
    expect(await getDraftVersion(elsewhere.id, mine.id)).toBeNull();
  });
});

describe("publishing", () => {
  test("publishDraftVersion: then found with publishedOnly; unpublished versions are not; publishing twice is a CONFLICT", async () => {
    const { tenant, staff, regulation } = await world();
    const v1 = await createDraft(tenant, regulation, V1, { by: staff });
    const v2 = await createDraft(tenant, regulation, V2, { by: staff });
    expect(await getDraftVersion(tenant.id, v1.id, { publishedOnly: true })).toBeNull();
    expect((await getDraftVersion(tenant.id, v1.id))?.articles).toHaveLength(7);

    const ctx = sessionFor(staff);
    expect(await executeAction(publishDraftVersion, tenant.slug, { draftVersionId: v1.id }, ctx)).toEqual({
      ok: true,
      data: { id: v1.id },
    });
    const published = await getDraftVersion(tenant.id, v1.id, { publishedOnly: true });
    expect(published?.version).toMatchObject({ id: v1.id, versionNo: 1, publishedAt: expect.any(Date) });
    expect(published?.regulation).toEqual({ id: regulation.id, title: "测试市城市绿化条例", stage: "DRAFTING" });
    expect(published?.articles.map((a) => a.label)).toEqual([
      "第一条",
      "第二条",
      "第三条",
      "第四条",
      "第五条",
      "第六条",
      "第七条",
    ]);
    expect(published?.version.chapters.map((c) => c.title)).toEqual(["总则", "规划与建设", "附则"]);
    expect(await getDraftVersion(tenant.id, v2.id, { publishedOnly: true })).toBeNull();
    expect((await auditRows(tenant.id, { action: "draft.publish" })).map((a) => [a.entityId, a.requestId])).toEqual([
      [v1.id, ctx.requestId],
    ]);

    const twice = await executeAction(publishDraftVersion, tenant.slug, { draftVersionId: v1.id }, sessionFor(staff));
    expect(twice).toEqual({ ok: false, error: { code: "CONFLICT", message: "已经发布，无需重复发布。" } });
  });

  test("publishing: committee staff of another committee FORBIDDEN, another tenant's draft NOT_FOUND; nothing published", async () => {
    const { tenant, regulation, staff } = await world();
    const draft = await createDraft(tenant, regulation, V1, { by: staff });
    const outsider = await createUser(tenant, {
      roles: [{ role: "committee", scopeId: (await createCommittee(tenant)).id }],
    });
    expect(
      await executeAction(publishDraftVersion, tenant.slug, { draftVersionId: draft.id }, sessionFor(outsider)),
    ).toEqual({ ok: false, error: { code: "FORBIDDEN", message: "该法规由其他委员会负责，您无权办理。" } });
    const elsewhere = await createTenant();
    const foreign = await createDraft(elsewhere, await createRegulation(elsewhere), V1);
    const cross = await executeAction(
      publishDraftVersion,
      tenant.slug,
      { draftVersionId: foreign.id },
      sessionFor(staff),
    );
    expect(cross.ok === false && cross.error.code).toBe("NOT_FOUND");
    for (const t of [tenant, elsewhere])
      expect(await unsafePrisma.draftVersion.count({ where: { tenantId: t.id, publishedAt: { not: null } } })).toBe(0);
  });
});

describe("what the public sees", () => {
  test("listPublicRegulations hides PLANNED regulations unless they are items of a published plan", async () => {
    const tenant = await createTenant();
    const hidden = await createRegulation(tenant, {
      title: "未列入计划的立项",
      stage: "PLANNED",
      stageChangedOn: "2024-01-10",
    });
    const inDraftPlan = await createRegulation(tenant, {
      title: "列入未发布计划的立项",
      stage: "PLANNED",
      stageChangedOn: "2024-01-11",
    });
    const inPublishedPlan = await createRegulation(tenant, {
      title: "列入已发布计划的立项",
      stage: "PLANNED",
      stageChangedOn: "2024-01-12",
    });
    const drafting = await createRegulation(tenant, {
      title: "起草中",
      stage: "DRAFTING",
      stageChangedOn: "2024-03-01",
    });
    const inForce = await createRegulation(tenant, {
      title: "已施行",
      stage: "PROMULGATED",
      stageChangedOn: "2023-06-01",
      effectiveOn: "2023-09-01",
      year: 2023,
    });
    await createPlanItem(tenant, await createPlan(tenant, { kind: "ANNUAL", published: false }), {
      regulationId: inDraftPlan.id,
    });
    await createPlanItem(tenant, await createPlan(tenant, { kind: "ANNUAL", published: true }), {
      regulationId: inPublishedPlan.id,
    });

    const list = await listPublicRegulations(tenant.id, {});
    expect(list.map((r) => r.title)).toEqual(["起草中", "列入已发布计划的立项", "已施行"]); // newest stage change first
    expect(list.find((r) => r.id === inForce.id)).toEqual({
      id: inForce.id,
      title: "已施行",
      kind: "NEW",
      stage: "PROMULGATED",
      year: 2023,
      stageChangedOn: "2023-06-01",
      promulgatedOn: "2023-06-01",
      effectiveOn: "2023-09-01",
    });
    expect((await listPublicRegulations(tenant.id, { stage: "PLANNED" })).map((r) => r.id)).toEqual([
      inPublishedPlan.id,
    ]);
    expect((await listPublicRegulations(tenant.id, { year: 2023 })).map((r) => r.id)).toEqual([inForce.id]);
    expect((await listPublicRegulations(tenant.id, { limit: 1, offset: 1 })).map((r) => r.id)).toEqual([
      inPublishedPlan.id,
    ]);
    for (const [reg, visible] of [
      [hidden, false],
      [inDraftPlan, false],
      [inPublishedPlan, true],
      [drafting, true],
      [inForce, true],
    ] as const) {
      expect(await isPublicRegulation(tenant.id, reg.id), reg.title).toBe(visible);
      expect((await getRegulation(tenant.id, reg.id, { publicOnly: true }))?.regulation.id ?? null, reg.title).toBe(
        visible ? reg.id : null,
      );
      expect((await getRegulation(tenant.id, reg.id))?.regulation.id, reg.title).toBe(reg.id); // the console sees all
    }
    // Another tenant's public list is its own.
    expect(await listPublicRegulations((await createTenant()).id, {})).toEqual([]);
    expect(await isPublicRegulation((await createTenant()).id, drafting.id)).toBe(false);
  });

  test("getRegulation(publicOnly) hides unpublished drafts, and which draft an event was of when that draft is unpublished", async () => {
    const { tenant, staff, regulation } = await world();
    const v1 = await createDraft(tenant, regulation, V1, { by: staff, published: true, label: "征求意见稿" });
    const v2 = await createDraft(tenant, regulation, V2, { by: staff, label: "一审稿" });
    for (const step of [
      { to: "SUBMITTED", occurredOn: "2024-04-01" },
      { to: "FIRST_READING", occurredOn: "2024-04-25", meeting: "常委会第三次会议", draftVersionId: v2.id },
    ]) {
      expect(
        (
          await executeAction(
            transitionRegulation,
            tenant.slug,
            { regulationId: regulation.id, ...step },
            sessionFor(staff),
          )
        ).ok,
      ).toBe(true);
    }
    const publicView = await getRegulation(tenant.id, regulation.id, { publicOnly: true });
    expect(publicView?.drafts.map((d) => [d.id, d.label])).toEqual([[v1.id, "征求意见稿"]]);
    expect(publicView?.timeline.at(-1)).toMatchObject({
      toStage: "FIRST_READING",
      meeting: "常委会第三次会议",
      draftVersionId: null,
    });
    const consoleView = await getRegulation(tenant.id, regulation.id);
    expect(consoleView?.drafts.map((d) => d.id)).toEqual([v1.id, v2.id]);
    expect(consoleView?.timeline.at(-1)?.draftVersionId).toBe(v2.id);

    expect(
      (await executeAction(publishDraftVersion, tenant.slug, { draftVersionId: v2.id }, sessionFor(staff))).ok,
    ).toBe(true);
    const afterPublishing = await getRegulation(tenant.id, regulation.id, { publicOnly: true });
    expect(afterPublishing?.drafts.map((d) => d.id)).toEqual([v1.id, v2.id]);
    expect(afterPublishing?.timeline.at(-1)?.draftVersionId).toBe(v2.id);
  });
});
