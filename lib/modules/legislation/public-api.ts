// What the public may see of the legislation module, in one stable shape shared by the portal pages and the
// public JSON API (codes, not translated labels; calendar days as YYYY-MM-DD, Asia/Shanghai; instants as ISO).
// The `load*` functions answer null for anything unknown or unpublished; the `*ForApi` functions wrap them in
// the API's Result (tenant from the URL, 404 / 422 in the user's language, never a 500 for bad input).
import { isUuid } from "@/lib/ids";
import { z } from "zod";
import type { RequestContext } from "@/lib/action";
import type { Result } from "@/lib/errors";
import { executePublicAction } from "@/lib/public-action";
import { normaliseReceiptCode } from "@/lib/receipt";
import type { ParsedClause } from "./draft-parser";
import { publicChapters } from "./public-chapters";
import { getDraftVersion } from "./queries-drafts";
import { getPlan, listPlans } from "./queries-plans";
import { findProposalReceipt } from "./queries-proposals";
import { getRegulation, isPublicRegulation, listPublicRegulations } from "./queries-regulations";
import { submitPublicProposal } from "./submit-public-proposal";
import { executePublicRead } from "@/lib/public-read";
import { withoutEmpty } from "@/lib/query";
import { STAGES, type RegulationStage } from "./workflow";

type PlanKind = "FIVE_YEAR" | "ANNUAL";
type Category = "DELIBERATION" | "RESEARCH" | "RESERVE";

export type PublicPlanSummary = {
  id: string;
  kind: PlanKind;
  title: string;
  term: string;
  startYear: number;
  endYear: number;
  description: string;
  publishedAt: string;
  itemCount: number;
};
export type PublicPlanItem = {
  id: string;
  title: string;
  category: Category;
  field: string | null;
  draftingUnit: string | null;
  leadCommittee: string | null;
  leadCommitteeEn: string | null;
  plannedYear: number | null;
  targetStage: RegulationStage | null;
  targetMonth: number | null;
  regulation: { id: string; stage: RegulationStage } | null;
};
export type PublicPlan = PublicPlanSummary & { items: PublicPlanItem[] };

export type PublicRegulationSummary = {
  id: string;
  title: string;
  kind: string;
  stage: RegulationStage;
  year: number;
  stageChangedOn: string;
  promulgatedOn: string | null;
  effectiveOn: string | null;
};
export type PublicTimelineEvent = {
  id: string;
  stage: RegulationStage;
  fromStage: RegulationStage | null;
  occurredOn: string;
  meeting: string | null;
  committee: string | null;
  /** The committee's English name, where the city gives one (shown on English pages). */
  committeeEn: string | null;
  draftVersionId: string | null;
};
export type PublicDraftRef = { id: string; versionNo: number; label: string; title: string; publishedAt: string };
export type PublicRegulation = PublicRegulationSummary & {
  summary: string;
  committee: string | null;
  committeeEn: string | null;
  repealedOn: string | null;
  target: { id: string; title: string } | null;
  changedBy: { id: string; title: string; kind: string; stage: RegulationStage }[];
  timeline: PublicTimelineEvent[];
  drafts: PublicDraftRef[];
};

export type PublicArticle = {
  id: string;
  ordinal: number;
  number: number;
  suffix: number;
  label: string;
  chapter: number | null;
  section: number | null;
  text: string;
  clauses: ParsedClause[];
};
export type PublicChapter = {
  number: number;
  label: string;
  title: string;
  sections: { number: number; label: string; title: string }[];
};
export type PublicDraft = PublicDraftRef & {
  regulation: { id: string; title: string; stage: RegulationStage };
  preamble: string;
  chapters: PublicChapter[];
  articles: PublicArticle[];
};

export type PublicReceipt = {
  kind: "proposal";
  code: string;
  title: string;
  status: "SUBMITTED" | "SCREENING" | "IN_PLAN" | "MERGED" | "REJECTED";
  category: Category | null;
  reason: string | null;
  mergedIntoTitle: string | null;
  submittedAt: string;
  decidedOn: string | null;
};

// ---------------------------------------------------------------------------------------------------------------
// Loaders (pages and API alike)

export async function loadPublicPlans(tenantId: string): Promise<PublicPlanSummary[]> {
  const plans = await listPlans(tenantId, { publishedOnly: true });
  return plans.map((p) => ({
    id: p.id,
    kind: p.kind,
    title: p.title,
    term: p.term,
    startYear: p.startYear,
    endYear: p.endYear,
    description: p.description,
    publishedAt: (p.publishedAt ?? p.createdAt).toISOString(),
    itemCount: p.items,
  }));
}

export async function loadPublicPlan(tenantId: string, id: string): Promise<PublicPlan | null> {
  if (!isUuid(id)) return null;
  const found = await getPlan(tenantId, id, { publishedOnly: true });
  if (!found) return null;
  const { plan, items } = found;
  return {
    id: plan.id,
    kind: plan.kind,
    title: plan.title,
    term: plan.term,
    startYear: plan.startYear,
    endYear: plan.endYear,
    description: plan.description,
    publishedAt: (plan.publishedAt ?? plan.createdAt).toISOString(),
    itemCount: items.length,
    items: items.map((i) => ({
      id: i.id,
      title: i.title,
      category: i.category,
      field: i.field,
      draftingUnit: i.draftingUnit,
      leadCommittee: i.committee,
      leadCommitteeEn: i.committeeEn,
      // Staff notes (备注) stay internal.
      plannedYear: i.plannedYear,
      targetStage: i.targetStage,
      targetMonth: i.targetMonth,
      // An item of a published plan makes its regulation public (queries-regulations.ts publicCondition).
      regulation: i.regulationId && i.stage ? { id: i.regulationId, stage: i.stage } : null,
    })),
  };
}

export const PUBLIC_REGULATIONS_MAX = 100;

/** Query of the public regulation list; empty parameters (`?stage=&year=`) count as absent. */
export const publicRegulationQuerySchema = z.object({
  stage: z.enum(STAGES).optional(),
  year: z.coerce.number().int().min(1980).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(PUBLIC_REGULATIONS_MAX).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type PublicRegulationQuery = z.infer<typeof publicRegulationQuerySchema>;

export async function loadPublicRegulations(tenantId: string, q: PublicRegulationQuery) {
  // One row more than asked tells whether another page follows, without counting.
  const rows = await listPublicRegulations(tenantId, {
    stage: q.stage,
    year: q.year,
    limit: q.limit + 1,
    offset: q.offset,
  });
  const regulations: PublicRegulationSummary[] = rows.slice(0, q.limit).map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    stage: r.stage,
    year: r.year,
    stageChangedOn: r.stageChangedOn,
    promulgatedOn: r.promulgatedOn,
    effectiveOn: r.effectiveOn,
  }));
  return { regulations, limit: q.limit, offset: q.offset, hasMore: rows.length > q.limit };
}

export async function loadPublicRegulation(tenantId: string, id: string): Promise<PublicRegulation | null> {
  if (!isUuid(id)) return null;
  const found = await getRegulation(tenantId, id, { publicOnly: true });
  if (!found) return null;
  const { regulation: r, timeline, drafts, target, changedBy } = found;
  // Amendment projects still only planned are public only once a published plan lists them.
  const visibleChanges = await Promise.all(
    changedBy.map(async (c) => (c.stage !== "PLANNED" || (await isPublicRegulation(tenantId, c.id)) ? c : null)),
  );
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    stage: r.stage,
    year: r.year,
    stageChangedOn: r.stageChangedOn,
    promulgatedOn: r.promulgatedOn,
    effectiveOn: r.effectiveOn,
    repealedOn: r.repealedOn,
    summary: r.summary,
    committee: r.committee?.name ?? null,
    committeeEn: r.committee?.nameEn ?? null,
    target,
    changedBy: visibleChanges.filter((c) => c !== null),
    // Staff notes and attached documents stay internal; the public timeline is stage, day, meeting, draft.
    timeline: timeline.map((e) => ({
      id: e.id,
      stage: e.toStage,
      fromStage: e.fromStage,
      occurredOn: e.occurredOn,
      meeting: e.meeting,
      committee: e.committee,
      committeeEn: e.committeeEn,
      draftVersionId: e.draftVersionId,
    })),
    drafts: drafts.map((d) => ({
      id: d.id,
      versionNo: d.versionNo,
      label: d.label,
      title: d.title,
      publishedAt: (d.publishedAt ?? d.createdAt).toISOString(),
    })),
  };
}

export async function loadPublicDraft(tenantId: string, id: string): Promise<PublicDraft | null> {
  if (!isUuid(id)) return null;
  const found = await getDraftVersion(tenantId, id, { publishedOnly: true });
  const publishedAt = found?.version.publishedAt;
  if (!found?.regulation || !publishedAt) return null;
  const { version: v, regulation, articles } = found;
  return {
    id: v.id,
    versionNo: v.versionNo,
    label: v.label,
    title: v.title,
    publishedAt: publishedAt.toISOString(),
    regulation,
    preamble: v.preamble,
    chapters: publicChapters(v.chapters),
    articles: articles.map((a) => ({
      id: a.id,
      ordinal: a.ordinal,
      number: a.number,
      suffix: a.suffix,
      label: a.label,
      chapter: a.chapter,
      section: a.section,
      text: a.text,
      clauses: Array.isArray(a.clauses) ? (a.clauses as ParsedClause[]) : [],
    })),
  };
}

/** What a citizen sees by receipt code (whatever they typed: spaces, dashes and case are forgiven). */
export async function loadReceipt(tenantId: string, typed: string): Promise<PublicReceipt | null> {
  const code = normaliseReceiptCode(typed);
  if (!code) return null;
  const proposal = await findProposalReceipt(tenantId, code);
  return proposal ? { ...proposal, code } : null;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON API

export const listPlansForApi = (slug: string, ctx: RequestContext) =>
  executePublicRead(slug, ctx, (tenant) => loadPublicPlans(tenant.id));
export const getPlanForApi = (slug: string, id: string, ctx: RequestContext) =>
  executePublicRead(slug, ctx, (tenant) => loadPublicPlan(tenant.id, id));
export const listRegulationsForApi = (slug: string, query: Record<string, string>, ctx: RequestContext) =>
  executePublicRead(slug, ctx, (tenant, parse) =>
    loadPublicRegulations(tenant.id, parse(publicRegulationQuerySchema, withoutEmpty(query))),
  );
export const getRegulationForApi = (slug: string, id: string, ctx: RequestContext) =>
  executePublicRead(slug, ctx, (tenant) => loadPublicRegulation(tenant.id, id));
export const getDraftForApi = (slug: string, id: string, ctx: RequestContext) =>
  executePublicRead(slug, ctx, (tenant) => loadPublicDraft(tenant.id, id));

/** A citizen's proposal through the API: the portal form's action; answers only the receipt code, never the row id. */
export async function submitProposalForApi(
  slug: string,
  body: unknown,
  ctx: RequestContext,
): Promise<Result<{ receiptCode: string }>> {
  const result = await executePublicAction(submitPublicProposal, slug, body, ctx);
  return result.ok ? { ok: true, data: { receiptCode: result.data.receiptCode } } : result;
}
