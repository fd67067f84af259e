// Read side of the public portal: the list of consultations with their counts, one consultation with its draft,
// and the published summary of dispositions. Only what the public may see: no names, contacts or opinion texts.
import { cachedRead } from "@/lib/cache/data-cache";
import { forTenant, unsafePrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/ids";
// The Pages Router's draft page reads through this file: it reaches other modules by their Pages Router faces.
import { getDraftVersion, publicChapters, type PublicChapter } from "@/lib/modules/legislation/pages";
import { getAreaTree } from "@/lib/modules/tenancy/pages";
import {
  consultationState,
  DISPOSITIONS,
  type ConsultationChannel,
  type ConsultationState,
  type Disposition,
} from "./workflow";

export type PublicConsultationSummary = {
  id: string;
  title: string;
  draftVersionId: string;
  regulationId: string;
  startsAt: Date;
  endsAt: Date;
  state: ConsultationState;
  opinionCount: number;
  peopleCount: number;
};
export type OpinionCounts = { opinions: number; people: number };

/** Closed (or published) consultations listed after the open and upcoming ones. */
const RECENT_PAST = 20;
const CURRENT_MAX = 100;

/**
 * Opinions and people per consultation, one grouped statement for all of them. People: each portal cookie id
 * (`submitterKey`) once, an opinion without one as one person, plus per contact point the largest number of
 * people it says it consulted (its entries usually report the same meeting, so they are not added up).
 */
export async function countOpinions(
  tenantId: string,
  consultationIds: string[],
): Promise<Record<string, OpinionCounts>> {
  const ids = consultationIds.filter(isUuid);
  if (ids.length === 0) return {};
  const where = Prisma.sql`"tenantId" = ${tenantId}::uuid AND "consultationId" = ANY(${ids}::uuid[])`;
  // Two scans rather than one shared CTE: PostgreSQL would materialise a CTE read twice, every opinion copied once more.
  const rows = await unsafePrisma.$queryRaw<{ id: string; opinions: number; people: number }[]>(Prisma.sql`
    WITH direct AS (
      -- DISTINCT only over the keyed rows: cheaper than over COALESCE("submitterKey", id::text), same answer.
      SELECT "consultationId" AS id, count(*) AS opinions,
             count(DISTINCT "submitterKey") + count(*) FILTER (WHERE "submitterKey" IS NULL) AS people
      FROM "Opinion" WHERE ${where} AND "contactPointId" IS NULL GROUP BY 1),
    points AS (
      SELECT id, sum(n) AS opinions, sum(people) AS people FROM (
        SELECT "consultationId" AS id, count(*) AS n, max(coalesce("peopleConsulted", 1)) AS people
        FROM "Opinion" WHERE ${where} AND "contactPointId" IS NOT NULL GROUP BY 1, "contactPointId") per_point
      GROUP BY 1)
    SELECT coalesce(d.id, p.id)::text AS id,
           (coalesce(d.opinions, 0) + coalesce(p.opinions, 0))::int AS opinions,
           (coalesce(d.people, 0) + coalesce(p.people, 0))::int AS people
    FROM direct d FULL JOIN points p ON p.id = d.id`);
  return Object.fromEntries(rows.map((r) => [r.id, { opinions: r.opinions, people: r.people }]));
}

// A popular consultation can hold hundreds of thousands of opinions (~0.3 s to count 500,000) and its counts are
// read by every visitor of the list and the draft page: they are cached for 30 s per tenant and set of ids. A
// count up to 30 s behind is fine for "so far" figures (the list says so).
const countsOnce = cachedRead("consultation-counts", 30, countOpinions);
const cachedCounts = (tenantId: string, ids: string[]) => countsOnce(tenantId, [...ids].sort());

const LIST_SELECT = {
  id: true,
  title: true,
  draftVersionId: true,
  regulationId: true,
  startsAt: true,
  endsAt: true,
  dispositionsPublishedAt: true,
} as const;

/** Open consultations (ending soonest first); without `status`, then upcoming ones and the recent past ones. */
export async function listPublicConsultations(
  tenantId: string,
  opts: { status?: "open" } = {},
): Promise<PublicConsultationSummary[]> {
  const db = forTenant(tenantId);
  const now = new Date();
  const open = db.consultation.findMany({
    where: { startsAt: { lte: now }, endsAt: { gt: now }, dispositionsPublishedAt: null },
    orderBy: [{ endsAt: "asc" }, { id: "asc" }],
    take: CURRENT_MAX,
    select: LIST_SELECT,
  });
  const rest =
    opts.status === "open"
      ? []
      : [
          db.consultation.findMany({
            where: { startsAt: { gt: now }, dispositionsPublishedAt: null },
            orderBy: [{ startsAt: "asc" }, { id: "asc" }],
            take: CURRENT_MAX,
            select: LIST_SELECT,
          }),
          db.consultation.findMany({
            where: { OR: [{ endsAt: { lte: now } }, { dispositionsPublishedAt: { not: null } }] },
            orderBy: [{ endsAt: "desc" }, { id: "asc" }],
            take: RECENT_PAST,
            select: LIST_SELECT,
          }),
        ];
  const rows = (await Promise.all([open, ...rest])).flat();
  const counts = await cachedCounts(
    tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    draftVersionId: r.draftVersionId,
    regulationId: r.regulationId,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    state: consultationState(r, now),
    opinionCount: counts[r.id]?.opinions ?? 0,
    peopleCount: counts[r.id]?.people ?? 0,
  }));
}

export type PublicConsultationArticle = {
  id: string;
  identity: string;
  ordinal: number;
  label: string;
  chapter: number | null;
  section: number | null;
  text: string;
  clauses: unknown;
};
export type PublicConsultation = PublicConsultationSummary & {
  introduction: string;
  explanation: string;
  channels: ConsultationChannel[];
  publicChannel: boolean;
  dispositionsPublishedAt: Date | null;
  draft: {
    label: string;
    title: string;
    preamble: string;
    chapters: PublicChapter[];
    articles: PublicConsultationArticle[];
  };
};

/** One consultation with its draft, article by article; null for an unknown id or another tenant's. */
export async function getPublicConsultation(tenantId: string, id: string): Promise<PublicConsultation | null> {
  if (!isUuid(id)) return null;
  const c = await forTenant(tenantId).consultation.findFirst({ where: { id } });
  if (!c) return null;
  // Opening a consultation makes its draft public, whether or not the draft was published on its own.
  const [found, counts] = await Promise.all([
    getDraftVersion(tenantId, c.draftVersionId),
    cachedCounts(tenantId, [c.id]),
  ]);
  if (!found) return null;
  const { version: v, articles } = found;
  return {
    id: c.id,
    title: c.title,
    draftVersionId: c.draftVersionId,
    regulationId: c.regulationId,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    state: consultationState(c),
    opinionCount: counts[c.id]?.opinions ?? 0,
    peopleCount: counts[c.id]?.people ?? 0,
    introduction: c.introduction,
    explanation: c.explanation,
    channels: c.channels,
    publicChannel: c.channels.includes("PUBLIC"),
    dispositionsPublishedAt: c.dispositionsPublishedAt,
    draft: {
      label: v.label,
      title: v.title,
      preamble: v.preamble,
      chapters: publicChapters(v.chapters),
      articles: articles.map((a) => ({
        id: a.id,
        identity: a.identity,
        ordinal: a.ordinal,
        label: a.label,
        chapter: a.chapter,
        section: a.section,
        text: a.text,
        clauses: a.clauses,
      })),
    },
  };
}

/** The tenant's districts (区县), for the opinion form's optional "where are you" choice. */
export async function listDistricts(tenantId: string): Promise<{ id: string; name: string }[]> {
  const roots = await getAreaTree(tenantId);
  return roots.filter((a) => a.level === "DISTRICT").map((a) => ({ id: a.id, name: a.name }));
}

export type SummaryReason = { reason: string; count: number };
export type SummaryDisposition = { disposition: Disposition; count: number; reasons: SummaryReason[] };
export type SummaryArticle = {
  articleId: string | null;
  label: string | null;
  ordinal: number;
  opinions: number;
  undisposed: number;
  dispositions: SummaryDisposition[];
};
export type PublicSummary = {
  consultation: { id: string; title: string; startsAt: Date; endsAt: Date; publishedAt: Date };
  opinionCount: number;
  peopleCount: number;
  totals: { disposition: Disposition; count: number }[];
  articles: SummaryArticle[];
};

/** Reasons shown per article and disposition: the most frequent ones (staff often give one reason to many). */
export const SUMMARY_REASONS = 5;

type SummaryRow = {
  articleId: string | null;
  disposition: Disposition | null;
  reason: string | null;
  n: number;
  total: number;
};

/** One pass over the opinions; the window keeps a handful of reasons per (article, disposition) and the total. */
function summaryRows(tenantId: string, consultationId: string): Promise<SummaryRow[]> {
  return unsafePrisma.$queryRaw<SummaryRow[]>(Prisma.sql`
    WITH g AS (
      SELECT "articleId", "disposition", "reason", count(*)::int AS n FROM "Opinion"
      WHERE "tenantId" = ${tenantId}::uuid AND "consultationId" = ${consultationId}::uuid GROUP BY 1, 2, 3),
    r AS (
      SELECT *, row_number() OVER (PARTITION BY "articleId", "disposition" ORDER BY ("reason" IS NULL), n DESC, "reason") AS rank,
             sum(n) OVER (PARTITION BY "articleId", "disposition")::int AS total FROM g)
    SELECT "articleId"::text AS "articleId", "disposition"::text AS "disposition", "reason", n, total FROM r WHERE rank <= ${SUMMARY_REASONS}`);
}
// Dispositions cannot change once published (workflow.ts canDispose), and only published summaries are read:
// five minutes of cache cost nothing in accuracy and spare a pass over every opinion per visitor.
const summaryRowsOnce = cachedRead("consultation-summary", 300, summaryRows);

/**
 * The public summary of dispositions: per article (the whole draft first), how many opinions and how each was
 * disposed, with the reasons given. Null until the dispositions are published, and for another tenant's id.
 */
export async function getPublicSummary(tenantId: string, id: string): Promise<PublicSummary | null> {
  if (!isUuid(id)) return null;
  const c = await forTenant(tenantId).consultation.findFirst({ where: { id, dispositionsPublishedAt: { not: null } } });
  if (!c?.dispositionsPublishedAt) return null;
  const [found, counts, rows] = await Promise.all([
    getDraftVersion(tenantId, c.draftVersionId),
    cachedCounts(tenantId, [c.id]),
    summaryRowsOnce(tenantId, c.id),
  ]);
  const articleOf = new Map((found?.articles ?? []).map((a) => [a.id, a]));
  const byArticle = new Map<string, SummaryArticle>();
  const totals = new Map<Disposition, number>();
  for (const row of rows) {
    const key = row.articleId ?? "whole";
    const a = row.articleId ? articleOf.get(row.articleId) : undefined;
    let entry = byArticle.get(key);
    if (!entry) {
      entry = {
        articleId: row.articleId,
        label: a?.label ?? null,
        ordinal: row.articleId ? (a?.ordinal ?? Number.MAX_SAFE_INTEGER) : 0,
        opinions: 0,
        undisposed: 0,
        dispositions: [],
      };
      byArticle.set(key, entry);
    }
    let d = row.disposition ? entry.dispositions.find((x) => x.disposition === row.disposition) : undefined;
    if (row.disposition && !d) {
      d = { disposition: row.disposition, count: row.total, reasons: [] };
      entry.dispositions.push(d);
      entry.opinions += row.total;
      totals.set(row.disposition, (totals.get(row.disposition) ?? 0) + row.total);
    } else if (!row.disposition && entry.undisposed === 0) {
      entry.undisposed = row.total;
      entry.opinions += row.total;
    }
    if (d && row.reason) d.reasons.push({ reason: row.reason, count: row.n });
  }
  const order = (x: Disposition) => DISPOSITIONS.indexOf(x);
  const articles = [...byArticle.values()].sort((x, y) => x.ordinal - y.ordinal);
  for (const a of articles) a.dispositions.sort((x, y) => order(x.disposition) - order(y.disposition));
  return {
    consultation: {
      id: c.id,
      title: c.title,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      publishedAt: c.dispositionsPublishedAt,
    },
    // The opinions are counted exactly from the rows (read once, after publication); the people count may lag the
    // list's 30-second cache, which is harmless.
    opinionCount: articles.reduce((n, a) => n + a.opinions, 0),
    peopleCount: counts[c.id]?.people ?? 0,
    totals: [...totals.entries()]
      .map(([disposition, count]) => ({ disposition, count }))
      .sort((x, y) => order(x.disposition) - order(y.disposition)),
    articles,
  };
}

/** A consultation's window and title, for the summary page while its dispositions are not published; null for an
 *  unknown id or another tenant's. */
export async function getPublicConsultationWindow(tenantId: string, id: string) {
  if (!isUuid(id)) return null;
  return forTenant(tenantId).consultation.findFirst({
    where: { id },
    select: { id: true, title: true, startsAt: true, endsAt: true, dispositionsPublishedAt: true },
  });
}
