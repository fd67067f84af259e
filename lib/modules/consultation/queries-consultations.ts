// Read side of the staff console: the list of consultations, one consultation with its draft, its opinions
// counted by article and disposition, and its campaigns. Counts come from ConsultationCount, kept current by
// triggers on Opinion (migration 0019), so they stay cheap at hundreds of thousands of opinions.
import { forTenant, unsafePrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConsultationChannel } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/ids";
import {
  CAMPAIGN_MIN_SIZE,
  CONSULTATION_STATES,
  consultationState,
  type ConsultationState,
  type Disposition,
} from "./workflow";

export const CONSULTATIONS_PER_PAGE = 20;

function stateWhere(state: ConsultationState | undefined, now: Date) {
  switch (state) {
    case "SCHEDULED":
      return { dispositionsPublishedAt: null, startsAt: { gt: now } };
    case "OPEN":
      return { dispositionsPublishedAt: null, startsAt: { lte: now }, endsAt: { gt: now } };
    case "CLOSED":
      return { dispositionsPublishedAt: null, endsAt: { lte: now } };
    case "PUBLISHED":
      return { dispositionsPublishedAt: { not: null } };
    default:
      return {};
  }
}

export function parseConsultationState(value: unknown): ConsultationState | undefined {
  return (CONSULTATION_STATES as readonly unknown[]).includes(value) ? (value as ConsultationState) : undefined;
}

type Counts = { total: number; pending: number };

/** Opinions per consultation (total and pending), for the ids given, from the counter rows (countByArticle). */
export async function countByConsultation(tenantId: string, ids: string[]): Promise<Map<string, Counts>> {
  if (ids.length === 0) return new Map();
  const rows = await unsafePrisma.$queryRaw<{ id: string; total: number; pending: number }[]>(Prisma.sql`
    SELECT "consultationId"::text AS id, sum("n")::int AS total, coalesce(sum("n") FILTER (WHERE "disposition" IS NULL), 0)::int AS pending
    FROM "ConsultationCount" WHERE "tenantId" = ${tenantId}::uuid AND "consultationId" = ANY(${ids}::uuid[]) GROUP BY "consultationId"`);
  return new Map(rows.map((r) => [r.id, { total: r.total, pending: r.pending }]));
}

/** The staff list: latest window end first, with state and opinion counts. */
export async function listConsultations(tenantId: string, opts: { page?: number; state?: ConsultationState } = {}) {
  const db = forTenant(tenantId);
  const now = new Date();
  const page = Math.max(1, opts.page ?? 1);
  const where = stateWhere(opts.state, now);
  const [total, rows] = await Promise.all([
    db.consultation.count({ where }),
    db.consultation.findMany({
      where,
      orderBy: [{ endsAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * CONSULTATIONS_PER_PAGE,
      take: CONSULTATIONS_PER_PAGE,
      select: {
        id: true,
        title: true,
        regulationId: true,
        draftVersionId: true,
        startsAt: true,
        endsAt: true,
        dispositionsPublishedAt: true,
        channels: true,
      },
    }),
  ]);
  const [regulations, drafts, counts] = await Promise.all([
    db.regulation.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.regulationId))] } },
      select: { id: true, title: true },
    }),
    db.draftVersion.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.draftVersionId))] } },
      select: { id: true, label: true },
    }),
    countByConsultation(
      tenantId,
      rows.map((r) => r.id),
    ),
  ]);
  const regulation = new Map(regulations.map((r) => [r.id, r.title]));
  const draft = new Map(drafts.map((d) => [d.id, d.label]));
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / CONSULTATIONS_PER_PAGE)),
    rows: rows.map((r) => ({
      ...r,
      state: consultationState(r, now),
      regulationTitle: regulation.get(r.regulationId) ?? "",
      draftLabel: draft.get(r.draftVersionId) ?? "",
      opinions: counts.get(r.id)?.total ?? 0,
      pending: counts.get(r.id)?.pending ?? 0,
    })),
  };
}

export type ConsultationDetail = NonNullable<Awaited<ReturnType<typeof getConsultation>>>;

/** One consultation of this tenant with its regulation and draft version; null for another tenant's id. */
export async function getConsultation(tenantId: string, id: string) {
  if (!isUuid(id)) return null;
  const db = forTenant(tenantId);
  const c = await db.consultation.findFirst({ where: { id } });
  if (!c) return null;
  const [regulation, draft] = await Promise.all([
    db.regulation.findFirst({ where: { id: c.regulationId }, select: { id: true, title: true, committeeId: true } }),
    db.draftVersion.findFirst({
      where: { id: c.draftVersionId },
      select: { id: true, label: true, title: true, versionNo: true },
    }),
  ]);
  if (!regulation || !draft) return null;
  return { ...c, channels: c.channels as ConsultationChannel[], state: consultationState(c), regulation, draft };
}

export type ArticleRef = { id: string; identity: string; label: string; text: string; ordinal: number };

/** The articles of the consultation's draft, in order. */
export function draftArticles(tenantId: string, draftVersionId: string): Promise<ArticleRef[]> {
  return forTenant(tenantId).draftArticle.findMany({
    where: { draftVersionId },
    orderBy: { ordinal: "asc" },
    select: { id: true, identity: true, label: true, text: true, ordinal: true },
  });
}

export type ArticleDispositionCount = { identity: string | null; disposition: Disposition | null; n: number };

/** Opinions per article identity (null: the whole draft) and disposition (null: pending): the counter rows the
 *  triggers of migration 0019 keep current (a few per key, one per writing connection's slot), summed — not
 *  the opinions, which would be read on every page view (500,000 index entries for a large consultation). */
export function countByArticle(tenantId: string, consultationId: string): Promise<ArticleDispositionCount[]> {
  return unsafePrisma.$queryRaw<ArticleDispositionCount[]>(Prisma.sql`
    SELECT "articleIdentity"::text AS identity, "disposition"::text AS disposition, sum("n")::int AS n
    FROM "ConsultationCount" WHERE "tenantId" = ${tenantId}::uuid AND "consultationId" = ${consultationId}::uuid
    GROUP BY "articleIdentity", "disposition" HAVING sum("n") <> 0`);
}

/** The consultation page: every article that drew opinions, most commented first, and the totals. */
export async function consultationOverview(tenantId: string, c: { id: string; draftVersionId: string }) {
  const [counts, articles] = await Promise.all([
    countByArticle(tenantId, c.id),
    draftArticles(tenantId, c.draftVersionId),
  ]);
  const byIdentity = new Map(articles.map((a) => [a.identity, a]));
  const perArticle = new Map<string | null, { total: number; pending: number }>();
  for (const n of counts) {
    const entry = perArticle.get(n.identity) ?? { total: 0, pending: 0 };
    entry.total += n.n;
    if (n.disposition === null) entry.pending += n.n;
    perArticle.set(n.identity, entry);
  }
  const rows = [...perArticle.entries()]
    .map(([identity, n]) => {
      const a = identity ? byIdentity.get(identity) : undefined;
      return {
        articleId: a?.id ?? null,
        label: a?.label ?? null,
        text: a?.text ?? "",
        ordinal: a?.ordinal ?? 0,
        whole: identity === null,
        ...n,
      };
    })
    .sort((x, y) => y.total - x.total || x.ordinal - y.ordinal);
  const total = rows.reduce((s, n) => s + n.total, 0);
  const pending = rows.reduce((s, n) => s + n.pending, 0);
  return {
    rows,
    total,
    pending,
    disposed: total - pending,
    articleCount: articles.length,
    articlesWithOpinions: rows.filter((r) => !r.whole).length,
  };
}

export type CampaignSummary = { contentHash: string; size: number; content: string };

/** The largest campaigns (identical texts received CAMPAIGN_MIN_SIZE times or more), each with its text. */
export async function listCampaigns(tenantId: string, consultationId: string, limit = 20) {
  const [rows, totals] = await Promise.all([
    unsafePrisma.$queryRaw<CampaignSummary[]>(Prisma.sql`
      SELECT c."contentHash", c."size", x."content" FROM "OpinionCampaign" c
      CROSS JOIN LATERAL (SELECT o."content" FROM "Opinion" o WHERE o."tenantId" = c."tenantId" AND o."consultationId" = c."consultationId"
        AND o."contentHash" = c."contentHash" LIMIT 1) x
      WHERE c."tenantId" = ${tenantId}::uuid AND c."consultationId" = ${consultationId}::uuid AND c."size" >= ${CAMPAIGN_MIN_SIZE}
      ORDER BY c."size" DESC, c."contentHash" LIMIT ${limit}`),
    unsafePrisma.$queryRaw<{ campaigns: number; opinions: number }[]>(Prisma.sql`
      SELECT count(*)::int AS campaigns, coalesce(sum("size"), 0)::int AS opinions FROM "OpinionCampaign"
      WHERE "tenantId" = ${tenantId}::uuid AND "consultationId" = ${consultationId}::uuid AND "size" >= ${CAMPAIGN_MIN_SIZE}`),
  ]);
  return { rows, campaigns: totals[0]?.campaigns ?? 0, opinions: totals[0]?.opinions ?? 0 };
}

/** One group of identical texts of this consultation (for the list's banner), or null. Its size comes from the
 *  campaign row the intake keeps, so a group of 100,000 copies is not counted on every page view. */
export async function getCampaign(tenantId: string, consultationId: string, contentHash: string) {
  const rows = await unsafePrisma.$queryRaw<{ size: number | null; content: string | null }[]>(Prisma.sql`
    SELECT (SELECT c."size" FROM "OpinionCampaign" c WHERE c."tenantId" = ${tenantId}::uuid AND c."consultationId" = ${consultationId}::uuid
              AND c."contentHash" = ${contentHash}) AS size,
           (SELECT o."content" FROM "Opinion" o WHERE o."tenantId" = ${tenantId}::uuid AND o."consultationId" = ${consultationId}::uuid
              AND o."contentHash" = ${contentHash} LIMIT 1) AS content`);
  const row = rows[0];
  if (!row?.content) return null;
  const size = row.size ?? 1;
  return { contentHash, size, content: row.content, campaign: size >= CAMPAIGN_MIN_SIZE };
}

/** Published draft versions a consultation can be opened on, newest first, with their regulation. */
export async function listPublishedDrafts(tenantId: string) {
  const db = forTenant(tenantId);
  const drafts = await db.draftVersion.findMany({
    where: { publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }],
    take: 200,
    select: { id: true, label: true, title: true, versionNo: true, regulationId: true, publishedAt: true },
  });
  const regulations = await db.regulation.findMany({
    where: { id: { in: [...new Set(drafts.map((d) => d.regulationId))] } },
    select: { id: true, title: true },
  });
  const title = new Map(regulations.map((r) => [r.id, r.title]));
  return drafts.map((d) => ({ ...d, regulationTitle: title.get(d.regulationId) ?? d.title }));
}

/** Articles of the regulation's later draft versions: where an adopted opinion may say it went. */
export async function listLaterArticles(tenantId: string, c: { regulationId: string; draft: { versionNo: number } }) {
  const db = forTenant(tenantId);
  const versions = await db.draftVersion.findMany({
    where: { regulationId: c.regulationId, versionNo: { gt: c.draft.versionNo } },
    orderBy: { versionNo: "asc" },
    select: { id: true, label: true, versionNo: true },
  });
  if (versions.length === 0) return [];
  const articles = await db.draftArticle.findMany({
    where: { draftVersionId: { in: versions.map((v) => v.id) } },
    orderBy: [{ draftVersionId: "asc" }, { ordinal: "asc" }],
    select: { id: true, label: true, draftVersionId: true, identity: true },
  });
  return versions.map((v) => ({ ...v, articles: articles.filter((a) => a.draftVersionId === v.id) }));
}
