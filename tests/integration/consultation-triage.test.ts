// Staff side of a consultation against a real database: opening one on a published draft, the opinion list's
// counts and filters and its keyset pages, disposing one or many (and a whole campaign), publishing the
// dispositions — and that another tenant's ids answer NOT_FOUND everywhere.
import { describe, expect, test } from "vitest";
import { executeAction, type ActionDef } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import {
  consultationOverview,
  countTriageOpinions,
  createConsultation as createConsultationAction,
  disposeCampaign,
  disposeOpinions,
  getCampaign,
  getConsultation,
  listCampaigns,
  listConsultations,
  listTriageOpinions,
  publishDispositions,
  summaryTableHead,
  type TriageFilter,
} from "@/lib/modules/consultation";
import {
  auditRows,
  createArea,
  createCommittee,
  createTenant,
  createUser,
  sessionFor,
  type TestTenant,
  type TestUser,
} from "../factories";
import {
  CONSULTATION_DRAFT,
  createCampaign,
  createConsultation,
  createOpinion,
  createOpinions,
} from "../factories/consultation";
import { createDraft, createRegulation } from "../factories/legislation";

async function world() {
  const tenant = await createTenant();
  const staff = await createUser(tenant, { roles: ["legislative"] });
  return { tenant, staff };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function act(def: ActionDef<any, any>, tenant: TestTenant, user: TestUser, input: Record<string, unknown>) {
  return executeAction(def, tenant.slug, input, sessionFor(user));
}

const scopeOf = (tenant: { id: string }, c: { consultation: { id: string; draftVersionId: string } }) => ({
  tenantId: tenant.id,
  consultationId: c.consultation.id,
  draftVersionId: c.consultation.draftVersionId,
});

describe("createConsultation", () => {
  test("opens one on a published draft: regulation from the draft, Shanghai times stored as instants, audited", async () => {
    const { tenant, staff } = await world();
    const regulation = await createRegulation(tenant, { stage: "DRAFTING" });
    const draft = await createDraft(tenant, regulation, CONSULTATION_DRAFT, { published: true });
    const result = await act(createConsultationAction, tenant, staff, {
      draftVersionId: draft.id,
      title: "关于养犬管理条例公开征求意见的公告",
      introduction: "欢迎提出意见",
      explanation: "起草说明全文",
      startsAt: "2030-01-01T09:00",
      endsAt: "2030-01-31T17:30",
      channels: ["PUBLIC", "EXPERT", "PUBLIC"],
    });
    expect(result.ok).toBe(true);
    const id = result.ok ? (result.data as { id: string }).id : "";
    const row = await unsafePrisma.consultation.findFirstOrThrow({ where: { tenantId: tenant.id, id } });
    expect(row).toMatchObject({
      regulationId: regulation.id,
      draftVersionId: draft.id,
      explanation: "起草说明全文",
      channels: ["PUBLIC", "EXPERT"],
      createdById: staff.id,
    });
    expect(row.startsAt.toISOString()).toBe("2030-01-01T01:00:00.000Z");
    expect(row.endsAt.toISOString()).toBe("2030-01-31T09:30:00.000Z");
    const audit = (await auditRows(tenant.id)).filter((a) => a.action === "consultation.create");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: "Consultation", entityId: id });
    expect((await getConsultation(tenant.id, id))?.state).toBe("SCHEDULED");
  });

  test("an unpublished draft is refused; another tenant's draft is NOT_FOUND; nothing is written", async () => {
    const { tenant, staff } = await world();
    const regulation = await createRegulation(tenant, { stage: "DRAFTING" });
    const unpublished = await createDraft(tenant, regulation, CONSULTATION_DRAFT);
    const other = await createTenant();
    const otherDraft = await createDraft(other, await createRegulation(other), CONSULTATION_DRAFT, { published: true });
    const input = { title: "标题", startsAt: "2030-01-01T09:00", endsAt: "2030-01-31T09:00", channels: ["PUBLIC"] };
    expect(await act(createConsultationAction, tenant, staff, { ...input, draftVersionId: unpublished.id })).toEqual({
      ok: false,
      error: { code: "CONFLICT", message: "所选草案尚未发布。请先发布草案，再就其公开征求意见。" },
    });
    expect(await act(createConsultationAction, tenant, staff, { ...input, draftVersionId: otherDraft.id })).toEqual({
      ok: false,
      error: { code: "NOT_FOUND", message: "要找的内容不存在。" },
    });
    expect(await unsafePrisma.consultation.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  test("the window must end after it starts, and in the future; channels and title are required", async () => {
    const { tenant, staff } = await world();
    const draft = await createDraft(tenant, await createRegulation(tenant), CONSULTATION_DRAFT, { published: true });
    const base = { draftVersionId: draft.id, title: "标题", channels: ["PUBLIC"] };
    const reversed = await act(createConsultationAction, tenant, staff, {
      ...base,
      startsAt: "2030-02-01T09:00",
      endsAt: "2030-01-01T09:00",
    });
    expect(reversed.ok === false && reversed.error.fieldErrors).toEqual({ endsAt: ["结束时间须晚于开始时间。"] });
    const past = await act(createConsultationAction, tenant, staff, {
      ...base,
      startsAt: "2020-01-01T09:00",
      endsAt: "2020-02-01T09:00",
    });
    expect(past.ok === false && past.error.fieldErrors).toEqual({ endsAt: ["结束时间须晚于当前时间。"] });
    const empty = await act(createConsultationAction, tenant, staff, {
      ...base,
      title: " ",
      channels: [],
      startsAt: "2030-01-01T09:00",
      endsAt: "2030-02-01T09:00",
    });
    expect(empty.ok === false && Object.keys(empty.error.fieldErrors ?? {}).sort()).toEqual(["channels", "title"]);
  });

  test("committee staff and leaders may not open one", async () => {
    const { tenant } = await world();
    const draft = await createDraft(tenant, await createRegulation(tenant), CONSULTATION_DRAFT, { published: true });
    for (const role of ["committee", "leader"] as const) {
      const user = await createUser(tenant, {
        roles: [role === "committee" ? { role, scopeId: (await createCommittee(tenant)).id } : role],
      });
      const result = await act(createConsultationAction, tenant, user, {
        draftVersionId: draft.id,
        title: "标题",
        startsAt: "2030-01-01T09:00",
        endsAt: "2030-02-01T09:00",
        channels: ["PUBLIC"],
      });
      expect(result.ok === false && result.error.code, role).toBe("FORBIDDEN");
    }
  });
});

describe("counts, filters and pages", () => {
  test("per-article counts, most commented first, with the whole draft and the totals", async () => {
    const { tenant } = await world();
    const c = await createConsultation(tenant, { window: "closed" });
    const [a1, a2, a3] = c.articles;
    await createOpinions(tenant, c.consultation, 3, () => ({ article: a1 }));
    await createOpinions(tenant, c.consultation, 5, (i) => ({
      article: a3,
      disposition: i < 2 ? "NOT_ADOPTED" : null,
      reason: "上位法已有规定",
    }));
    await createOpinions(tenant, c.consultation, 2, () => ({ article: null }));
    await createOpinion(tenant, c.consultation, { article: a2, disposition: "ADOPTED" });
    const overview = await consultationOverview(tenant.id, c.consultation);
    expect(overview.rows.map((r) => [r.label, r.total, r.pending])).toEqual([
      ["第三条", 5, 3],
      ["第一条", 3, 3],
      [null, 2, 2],
      ["第二条", 1, 0],
    ]);
    expect(overview).toMatchObject({ total: 11, pending: 8, disposed: 3, articleCount: 5, articlesWithOpinions: 3 });
    const list = await listConsultations(tenant.id);
    expect(list.rows.map((r) => [r.id, r.state, r.opinions, r.pending])).toEqual([
      [c.consultation.id, "CLOSED", 11, 8],
    ]);
    expect((await listConsultations(tenant.id, { state: "OPEN" })).rows).toEqual([]);
  });

  test("filters by channel, status, disposition, district (with its sub-areas), article, whole draft, campaign and one campaign's text", async () => {
    const { tenant } = await world();
    const c = await createConsultation(tenant);
    const [a1, a2] = c.articles as [(typeof c.articles)[number], (typeof c.articles)[number]];
    const district = await createArea(tenant);
    const street = await createArea(tenant, district);
    const elsewhere = await createArea(tenant);
    const expert = await createOpinion(tenant, c.consultation, { article: a1, channel: "EXPERT", areaId: street.id });
    const adopted = await createOpinion(tenant, c.consultation, {
      article: a2,
      disposition: "ADOPTED",
      areaId: district.id,
    });
    const referred = await createOpinion(tenant, c.consultation, {
      article: null,
      disposition: "REFERRED",
      reason: "转监督",
      areaId: elsewhere.id,
    });
    const plain = await createOpinion(tenant, c.consultation, { article: a1 });
    const campaign = await createCampaign(tenant, c.consultation, { size: 3, article: a2 });
    const pair = await createCampaign(tenant, c.consultation, { size: 2, article: a2 }); // two copies: not yet a campaign
    const s = scopeOf(tenant, c);
    const ids = async (f: Partial<TriageFilter>) => (await listTriageOpinions(s, f)).rows.map((r) => r.id).sort();
    const sorted = (...xs: string[]) => [...xs].sort();
    expect(await ids({ channel: "EXPERT" })).toEqual([expert.id]);
    expect(await ids({ status: "DISPOSED" })).toEqual(sorted(adopted.id, referred.id));
    expect(await ids({ status: "RECEIVED", article: a1.id })).toEqual(sorted(expert.id, plain.id));
    expect(await ids({ disposition: "REFERRED" })).toEqual([referred.id]);
    expect(await ids({ disposition: "REFERRED", status: "RECEIVED" })).toEqual([]);
    expect(await ids({ area: district.id })).toEqual(sorted(expert.id, adopted.id));
    expect(await ids({ area: street.id })).toEqual([expert.id]);
    expect(await ids({ article: "whole" })).toEqual([referred.id]);
    expect(await ids({ campaign: "only" })).toEqual(sorted(...campaign.ids));
    expect(await ids({ campaign: "none" })).toEqual(sorted(expert.id, adopted.id, referred.id, plain.id, ...pair.ids));
    expect(await ids({ hash: pair.contentHash })).toEqual(sorted(...pair.ids));
    expect(await countTriageOpinions(s, { campaign: "only" })).toEqual({ count: 3, capped: false });
    expect(await countTriageOpinions(s, { status: "DISPOSED" })).toEqual({ count: 2, capped: false });
    // An article of another draft, an unknown area: nothing, not an error.
    const other = await createConsultation(tenant);
    expect(await ids({ article: other.articles[0]!.id })).toEqual([]);
    expect(await ids({ area: "00000000-0000-4000-8000-000000000000" })).toEqual([]);
    const page = await listTriageOpinions(s, { hash: campaign.contentHash });
    expect(page.rows[0]?.contentHash).toBe(campaign.contentHash);
    expect(await getCampaign(tenant.id, c.consultation.id, campaign.contentHash)).toMatchObject({
      size: 3,
      campaign: true,
      content: campaign.content,
    });
    expect(await listCampaigns(tenant.id, c.consultation.id)).toMatchObject({
      campaigns: 1,
      opinions: 3,
      rows: [{ contentHash: campaign.contentHash, size: 3 }],
    });
  });

  test("keyset pages walk the whole list newest first, forwards and back, without gaps or repeats", async () => {
    const { tenant } = await world();
    const c = await createConsultation(tenant);
    const t0 = Date.now() - 3_600_000;
    // Pairs share a timestamp, so the id must break ties.
    await createOpinions(tenant, c.consultation, 23, (i) => ({
      createdAt: new Date(t0 + Math.floor(i / 2) * 1000),
      disposition: i % 3 ? null : "DUPLICATE",
      reason: "重复",
    }));
    const s = scopeOf(tenant, c);
    for (const f of [{}, { status: "RECEIVED" as const }, { status: "DISPOSED" as const }]) {
      const all = await listTriageOpinions(s, f, 1000);
      const pages: string[][] = [];
      let cursor: string | null = null;
      let prev: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof listTriageOpinions>> = await listTriageOpinions(
          s,
          { ...f, ...(cursor ? { after: cursor } : {}) },
          5,
        );
        pages.push(page.rows.map((r) => r.id));
        prev = page.prev;
        cursor = page.next;
      } while (cursor);
      expect(pages.flat()).toEqual(all.rows.map((r) => r.id));
      const times = all.rows.map((r) => r.createdAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      // Back from the last page lands on the page before it.
      if (pages.length > 1)
        expect((await listTriageOpinions(s, { ...f, before: prev! }, 5)).rows.map((r) => r.id)).toEqual(pages.at(-2));
    }
  });

  test("another tenant's consultation is invisible to every query", async () => {
    const { tenant } = await world();
    const other = await createTenant();
    const c = await createConsultation(other);
    await createOpinions(other, c.consultation, 2, () => ({ article: c.articles[0] }));
    expect(await getConsultation(tenant.id, c.consultation.id)).toBeNull();
    expect(await summaryTableHead(tenant.id, c.consultation.id)).toBeNull();
    expect((await listConsultations(tenant.id)).rows).toEqual([]);
    expect((await consultationOverview(tenant.id, c.consultation)).total).toBe(0);
    expect((await listTriageOpinions({ ...scopeOf(other, c), tenantId: tenant.id }, {})).rows).toEqual([]);
    expect(await getCampaign(tenant.id, c.consultation.id, "0".repeat(64))).toBeNull();
  });
});

describe("disposeOpinions", () => {
  test("disposes many at once, in one transaction with one audit row naming them all", async () => {
    const { tenant, staff } = await world();
    const c = await createConsultation(tenant, { window: "closed" });
    const ids = await createOpinions(tenant, c.consultation, 4);
    const result = await act(disposeOpinions, tenant, staff, {
      consultationId: c.consultation.id,
      opinionIds: ids.slice(0, 3),
      disposition: "NOT_ADOPTED",
      reason: "与本条例调整范围无关",
    });
    expect(result).toEqual({ ok: true, data: { disposed: 3 } });
    const rows = await unsafePrisma.opinion.findMany({
      where: { tenantId: tenant.id, consultationId: c.consultation.id },
      orderBy: { createdAt: "asc" },
    });
    const disposed = rows.filter((r) => r.status === "DISPOSED");
    expect(disposed.map((r) => r.id).sort()).toEqual(ids.slice(0, 3).sort());
    expect(
      disposed.every(
        (r) =>
          r.disposition === "NOT_ADOPTED" &&
          r.reason === "与本条例调整范围无关" &&
          r.disposedById === staff.id &&
          r.disposedAt,
      ),
    ).toBe(true);
    const audit = (await auditRows(tenant.id)).filter((a) => a.action === "opinion.dispose");
    expect(audit).toHaveLength(1);
    expect((audit[0]!.after as { opinionIds: string[] }).opinionIds.sort()).toEqual(ids.slice(0, 3).sort());
  });

  test("a reason is required for every disposition but adoption", async () => {
    const { tenant, staff } = await world();
    const c = await createConsultation(tenant);
    const [id] = await createOpinions(tenant, c.consultation, 1);
    for (const disposition of ["PARTLY_ADOPTED", "NOT_ADOPTED", "REFERRED", "DUPLICATE"]) {
      const result = await act(disposeOpinions, tenant, staff, {
        consultationId: c.consultation.id,
        opinionIds: [id],
        disposition,
        reason: "  ",
      });
      expect(result.ok === false && result.error.fieldErrors, disposition).toEqual({
        reason: ["请填写理由：除“采纳”外，每种处理结果都须向提出人说明理由。"],
      });
    }
    expect(
      (
        await act(disposeOpinions, tenant, staff, {
          consultationId: c.consultation.id,
          opinionIds: [id],
          disposition: "ADOPTED",
        })
      ).ok,
    ).toBe(true);
  });

  test("an id of another consultation or tenant refuses the whole call: NOT_FOUND, nothing applied", async () => {
    const { tenant, staff } = await world();
    const c = await createConsultation(tenant);
    const mine = await createOpinions(tenant, c.consultation, 2);
    const sibling = await createConsultation(tenant);
    const [theirs] = await createOpinions(tenant, sibling.consultation, 1);
    const other = await createTenant();
    const oc = await createConsultation(other);
    const [foreign] = await createOpinions(other, oc.consultation, 1);
    for (const stray of [theirs, foreign]) {
      const result = await act(disposeOpinions, tenant, staff, {
        consultationId: c.consultation.id,
        opinionIds: [...mine, stray],
        disposition: "DUPLICATE",
        reason: "重复",
      });
      expect(result).toEqual({
        ok: false,
        error: { code: "NOT_FOUND", message: "所选意见中有的不存在或不属于本次征求意见，全部未作处理。" },
      });
    }
    expect(await unsafePrisma.opinion.count({ where: { tenantId: tenant.id, status: "DISPOSED" } })).toBe(0);
    expect(await unsafePrisma.opinion.count({ where: { tenantId: other.id, status: "DISPOSED" } })).toBe(0);
    // Another tenant's consultation through this tenant: NOT_FOUND as well.
    const cross = await act(disposeOpinions, tenant, staff, {
      consultationId: oc.consultation.id,
      opinionIds: [foreign],
      disposition: "ADOPTED",
    });
    expect(cross.ok === false && cross.error.code).toBe("NOT_FOUND");
    expect((await auditRows(tenant.id)).filter((a) => a.action === "opinion.dispose")).toHaveLength(0);
  });

  test("once the dispositions are published nothing may be disposed, and the refusal names the state", async () => {
    const { tenant, staff } = await world();
    const c = await createConsultation(tenant, { window: "published" });
    const [id] = await createOpinions(tenant, c.consultation, 1);
    const result = await act(disposeOpinions, tenant, staff, {
      consultationId: c.consultation.id,
      opinionIds: [id],
      disposition: "ADOPTED",
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "CONFLICT",
        message: "本次征求意见的状态为「已公布处理情况」：处理情况已经公布，不能再处理或改动意见。",
      },
    });
    // Open and closed consultations may be disposed (and re-disposed).
    for (const window of ["open", "closed"] as const) {
      const d = await createConsultation(tenant, { window });
      const [o] = await createOpinions(tenant, d.consultation, 1);
      expect(
        (
          await act(disposeOpinions, tenant, staff, {
            consultationId: d.consultation.id,
            opinionIds: [o],
            disposition: "ADOPTED",
          })
        ).ok,
      ).toBe(true);
      expect(
        (
          await act(disposeOpinions, tenant, staff, {
            consultationId: d.consultation.id,
            opinionIds: [o],
            disposition: "DUPLICATE",
            reason: "重复",
          })
        ).ok,
      ).toBe(true);
    }
  });

  test("an adopted opinion links to an article of a LATER draft version of the same regulation only", async () => {
    const { tenant, staff } = await world();
    const regulation = await createRegulation(tenant, { stage: "DRAFTING" });
    const v1 = await createDraft(tenant, regulation, CONSULTATION_DRAFT, { published: true, label: "征求意见稿" });
    const v2 = await createDraft(
      tenant,
      regulation,
      CONSULTATION_DRAFT.replace("不得超过一点五米", "不得超过一点二米"),
      { label: "一审稿" },
    );
    const c = await createConsultation(tenant, { draft: v1 });
    const [id] = await createOpinions(tenant, c.consultation, 1, () => ({ article: c.articles[3] }));
    const later = await unsafePrisma.draftArticle.findFirstOrThrow({
      where: { tenantId: tenant.id, draftVersionId: v2.id, ordinal: 4 },
    });
    const unrelated = await createConsultation(tenant);
    const other = await createTenant();
    const foreign = await createConsultation(other);
    const refused = { adoptedArticleId: ["请选择本法规此后草案版本中的条文（修改后的条文须在更新的草案中）。"] };
    for (const articleId of [c.articles[3]!.id, unrelated.articles[0]!.id, foreign.articles[0]!.id]) {
      const result = await act(disposeOpinions, tenant, staff, {
        consultationId: c.consultation.id,
        opinionIds: [id],
        disposition: "ADOPTED",
        adoptedArticleId: articleId,
      });
      expect(result.ok === false && result.error.fieldErrors).toEqual(refused);
    }
    const notAdopted = await act(disposeOpinions, tenant, staff, {
      consultationId: c.consultation.id,
      opinionIds: [id],
      disposition: "NOT_ADOPTED",
      reason: "不采纳",
      adoptedArticleId: later.id,
    });
    expect(notAdopted.ok === false && notAdopted.error.fieldErrors).toEqual({
      adoptedArticleId: ["只有采纳或部分采纳的意见才能关联修改后的条文。"],
    });
    expect(
      (
        await act(disposeOpinions, tenant, staff, {
          consultationId: c.consultation.id,
          opinionIds: [id],
          disposition: "PARTLY_ADOPTED",
          reason: "部分采纳",
          adoptedArticleId: later.id,
        })
      ).ok,
    ).toBe(true);
    expect((await unsafePrisma.opinion.findFirstOrThrow({ where: { tenantId: tenant.id, id } })).adoptedArticleId).toBe(
      later.id,
    );
  });

  test("committee staff dispose their own committee's consultations only; leaders may not dispose", async () => {
    const { tenant } = await world();
    const mine = await createCommittee(tenant);
    const theirs = await createCommittee(tenant);
    const regulation = await createRegulation(tenant, { committeeId: mine.id });
    const draft = await createDraft(tenant, regulation, CONSULTATION_DRAFT, { published: true });
    const c = await createConsultation(tenant, { draft });
    const [id] = await createOpinions(tenant, c.consultation, 1);
    const input = { consultationId: c.consultation.id, opinionIds: [id], disposition: "ADOPTED" };
    const outsider = await createUser(tenant, { roles: [{ role: "committee", scopeId: theirs.id }] });
    expect(await act(disposeOpinions, tenant, outsider, input)).toEqual({
      ok: false,
      error: { code: "FORBIDDEN", message: "该法规由其他委员会负责，您无权办理。" },
    });
    const leader = await createUser(tenant, { roles: ["leader"] });
    expect((await act(disposeOpinions, tenant, leader, input)).ok === false).toBe(true);
    const member = await createUser(tenant, { roles: [{ role: "committee", scopeId: mine.id }] });
    expect((await act(disposeOpinions, tenant, member, input)).ok).toBe(true);
  });

  test("a whole campaign at once: every copy, one audit row; repeating it changes nothing", async () => {
    const { tenant, staff } = await world();
    const c = await createConsultation(tenant);
    const campaign = await createCampaign(tenant, c.consultation, { size: 7 });
    const [other] = await createOpinions(tenant, c.consultation, 1);
    const input = {
      consultationId: c.consultation.id,
      contentHash: campaign.contentHash,
      disposition: "DUPLICATE",
      reason: "内容相同，已合并处理",
    };
    expect(await act(disposeCampaign, tenant, staff, input)).toEqual({ ok: true, data: { disposed: 7, size: 7 } });
    expect(
      await unsafePrisma.opinion.count({
        where: { tenantId: tenant.id, id: { in: campaign.ids }, disposition: "DUPLICATE", reason: input.reason },
      }),
    ).toBe(7);
    expect((await unsafePrisma.opinion.findFirstOrThrow({ where: { tenantId: tenant.id, id: other } })).status).toBe(
      "RECEIVED",
    );
    expect(await act(disposeCampaign, tenant, staff, input)).toEqual({ ok: true, data: { disposed: 0, size: 7 } });
    expect((await auditRows(tenant.id)).filter((a) => a.action === "opinion.disposeCampaign")).toHaveLength(2);
    const unknown = await act(disposeCampaign, tenant, staff, { ...input, contentHash: "f".repeat(64) });
    expect(unknown.ok === false && unknown.error.code).toBe("NOT_FOUND");
    const noReason = await act(disposeCampaign, tenant, staff, { ...input, reason: "" });
    expect(noReason.ok === false && Object.keys(noReason.error.fieldErrors ?? {})).toEqual(["reason"]);
  });
});

describe("publishDispositions", () => {
  test("only once closed: scheduled and open are refused with their state named; a second publication too", async () => {
    const { tenant, staff } = await world();
    for (const [window, state] of [
      ["scheduled", "未开始"],
      ["open", "征求意见中"],
    ] as const) {
      const c = await createConsultation(tenant, { window });
      expect(await act(publishDispositions, tenant, staff, { consultationId: c.consultation.id })).toEqual({
        ok: false,
        error: {
          code: "CONFLICT",
          message: `本次征求意见的状态为「${state}」：只有在征求意见截止后、且尚未公布时，才能公布处理情况。`,
        },
      });
    }
    const c = await createConsultation(tenant, { window: "closed" });
    await createOpinions(tenant, c.consultation, 2, (i) => ({ disposition: i ? "ADOPTED" : null }));
    const result = await act(publishDispositions, tenant, staff, { consultationId: c.consultation.id });
    expect(result.ok && result.data).toMatchObject({ id: c.consultation.id, pending: 1 });
    expect((await getConsultation(tenant.id, c.consultation.id))?.state).toBe("PUBLISHED");
    const again = await act(publishDispositions, tenant, staff, { consultationId: c.consultation.id });
    expect(again.ok === false && again.error.message).toContain("已公布处理情况");
    expect((await auditRows(tenant.id)).filter((a) => a.action === "consultation.publishDispositions")).toHaveLength(1);
  });

  test("another tenant's consultation: NOT_FOUND; committee staff may not publish", async () => {
    const { tenant, staff } = await world();
    const other = await createTenant();
    const c = await createConsultation(other, { window: "closed" });
    expect(await act(publishDispositions, tenant, staff, { consultationId: c.consultation.id })).toEqual({
      ok: false,
      error: { code: "NOT_FOUND", message: "要找的内容不存在。" },
    });
    expect(
      (await unsafePrisma.consultation.findFirstOrThrow({ where: { tenantId: other.id, id: c.consultation.id } }))
        .dispositionsPublishedAt,
    ).toBeNull();
    const mine = await createConsultation(tenant, { window: "closed" });
    const committee = await createUser(tenant, {
      roles: [{ role: "committee", scopeId: (await createCommittee(tenant)).id }],
    });
    const refused = await act(publishDispositions, tenant, committee, { consultationId: mine.consultation.id });
    expect(refused.ok === false && refused.error.code).toBe("FORBIDDEN");
  });
});
