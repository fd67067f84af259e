// 意见采纳情况汇总表: per article (the whole draft first, then in article order), how many opinions, a few
// representative excerpts, and how they were disposed with the reasons given. The head (which articles, the
// totals) and the reasons come from counter rows the triggers keep (ConsultationCount, ConsultationReasonCount);
// rows are computed a few articles at a time, so the console page and the exports never hold more than a chunk —
// however many opinions the consultation has.
import { unsafePrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { countByArticle, draftArticles, getConsultation, type ConsultationDetail } from "./queries-consultations";
import { adoptedArticleLabels } from "./queries-opinions";
import { CAMPAIGN_MIN_SIZE, DISPOSITIONS, type Disposition } from "./workflow";

export const EXCERPTS_PER_ARTICLE = 3;
/** An excerpt is cut near this many characters, at a sentence's end where there is one. */
export const EXCERPT_LENGTH = 120;
/** Two excerpts this alike (Jaccard similarity of their character bigrams) are near copies: one is shown. */
export const NEAR_COPY = 0.8;
/** Distinct reasons listed per article and disposition; the rest are counted as "other reasons". */
export const REASONS_PER_DISPOSITION = 10;
export const SUMMARY_ROWS_PER_PAGE = 10;
/** Candidates read per article when picking excerpts. */
export const EXCERPT_SCAN = 1000;

export type SummaryTableArticle = {
  identity: string | null;
  articleId: string | null;
  label: string | null;
  text: string;
  count: number;
  pending: number;
};
export type SummaryTableDisposition = {
  /** null: still pending. */
  disposition: Disposition | null;
  count: number;
  reasons: { reason: string; count: number }[];
  /** Opinions with a reason not listed (beyond REASONS_PER_DISPOSITION distinct ones). */
  otherReasons: number;
  /** Where adopted opinions went: "二审稿 第六条". */
  adoptedInto: { version: string; label: string }[];
};
export type SummaryTableRow = SummaryTableArticle & { excerpts: string[]; dispositions: SummaryTableDisposition[] };
export type SummaryTableHead = {
  consultation: ConsultationDetail;
  articles: SummaryTableArticle[];
  total: number;
  pending: number;
  byDisposition: { disposition: Disposition; count: number }[];
};

/** The consultation and the articles that drew opinions, with the totals; null for another tenant's id. */
export async function summaryTableHead(tenantId: string, consultationId: string): Promise<SummaryTableHead | null> {
  const consultation = await getConsultation(tenantId, consultationId);
  if (!consultation) return null;
  const [counts, articles] = await Promise.all([
    countByArticle(tenantId, consultation.id),
    draftArticles(tenantId, consultation.draftVersionId),
  ]);
  const perIdentity = new Map<string | null, { count: number; pending: number }>();
  const perDisposition = new Map<Disposition, number>();
  let pending = 0;
  for (const n of counts) {
    const entry = perIdentity.get(n.identity) ?? { count: 0, pending: 0 };
    entry.count += n.n;
    if (n.disposition) {
      perDisposition.set(n.disposition, (perDisposition.get(n.disposition) ?? 0) + n.n);
    } else {
      entry.pending += n.n;
      pending += n.n;
    }
    perIdentity.set(n.identity, entry);
  }
  const rows: SummaryTableArticle[] = [];
  const whole = perIdentity.get(null);
  if (whole) rows.push({ identity: null, articleId: null, label: null, text: "", ...whole });
  for (const a of articles) {
    const n = perIdentity.get(a.identity);
    if (n) rows.push({ identity: a.identity, articleId: a.id, label: a.label, text: a.text, ...n });
  }
  return {
    consultation,
    articles: rows,
    total: counts.reduce((s, n) => s + n.n, 0),
    pending,
    byDisposition: DISPOSITIONS.filter((d) => perDisposition.has(d)).map((d) => ({
      disposition: d,
      count: perDisposition.get(d)!,
    })),
  };
}

type GroupRow = {
  identity: string | null;
  disposition: Disposition;
  reason: string | null;
  n: number;
  total: number;
  rank: number;
};

// Filler an opinion opens or closes with, which says nothing about the article: greetings, "I think", thanks.
const LEADING_FILLER =
  /^(?:(?:尊敬的[^，,：:！!。]{0,12}|各位领导|领导|您好|你好|大家好)[，,：:！!。\s]*|(?:我|本人|个人|我们)?(?:认为|觉得|以为|建议|希望)[，,：:]\s*|(?:我|本人|个人|我们)(?:认为|觉得|以为)\s*)+/u;
// Closing filler counts only after a punctuation mark (or as the whole text): "罚款五百元以上" keeps its 以上.
const TRAILING_FILLER =
  /(^|[。！？!?；;，,、\s])(?:[，,、\s]*(?:以上(?:是我的|为本人的|是本人的|为我的|是本人|为个人)?(?:意见和建议|意见|建议)|(?:望|请|恳请|希望)(?:予以)?(?:采纳|考虑|参考)|谢谢(?:您|你们|各位)?|感谢|此致敬礼|此致)[。！？!?，,、\s]*)+$/u;
const SENTENCE_END = /[。！？；!?;]/u;

/** An excerpt of an opinion: filler trimmed from both ends, whitespace collapsed, and when longer than
 *  EXCERPT_LENGTH cut at the last sentence end within it (or at the length when no sentence ends in the
 *  second half) with "…". Counted by code point, so no half characters. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const trimmed =
    flat
      .replace(LEADING_FILLER, "")
      .replace(TRAILING_FILLER, (_, before: string) => (SENTENCE_END.test(before) ? before : ""))
      .trim() || flat;
  const chars = [...trimmed];
  if (chars.length <= EXCERPT_LENGTH) return trimmed;
  const head = chars.slice(0, EXCERPT_LENGTH);
  let end = -1;
  for (let i = head.length - 1; i >= EXCERPT_LENGTH / 2; i--)
    if (SENTENCE_END.test(head[i]!)) {
      end = i + 1;
      break;
    }
  return `${head.slice(0, end > 0 ? end : EXCERPT_LENGTH).join("")}…`;
}

/** The character bigrams of a text with punctuation, spaces and digits left out (what near copies share). */
function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[\s\p{P}\p{S}\d]/gu, "")];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  if (chars.length === 1) out.add(chars[0]!);
  return out;
}

/** Jaccard similarity of two bigram sets (1: the same text, 0: nothing shared). */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The rows of a few articles of the head (a chunk): the reasons and adoptions from their counter rows, the
 *  excerpts from a bounded read of those articles' opinions. */
export async function summaryTableRows(
  tenantId: string,
  consultationId: string,
  chunk: SummaryTableArticle[],
): Promise<SummaryTableRow[]> {
  if (chunk.length === 0) return [];
  const ids = chunk.flatMap((a) => (a.identity ? [a.identity] : []));
  const whole = chunk.some((a) => a.identity === null);
  const base = Prisma.sql`o."tenantId" = ${tenantId}::uuid AND o."consultationId" = ${consultationId}::uuid`;
  const notCampaign = Prisma.sql`NOT EXISTS (SELECT 1 FROM "OpinionCampaign" k WHERE k."tenantId" = o."tenantId" AND k."consultationId" = o."consultationId"
    AND k."contentHash" = o."contentHash" AND k."size" >= ${CAMPAIGN_MIN_SIZE})`;
  // Excerpts: the longest texts (a long opinion usually argues its point) among at most EXCERPT_SCAN candidates,
  // read off the (article, disposition, createdAt) index — adopted ones first, then the other dispositions, then
  // the pending — so the cost per article is bounded and the texts shown lean towards those acted upon. A few
  // more than needed are fetched, as copies and near copies repeat.
  const longest = (on: Prisma.Sql, lead: string) => Prisma.sql`SELECT c."content", c."contentHash" FROM (
      SELECT o."content", o."contentHash", o."id" FROM "Opinion" o WHERE ${base} AND ${on} AND ${notCampaign}
      ORDER BY ${Prisma.raw(lead)}o."disposition" ASC NULLS LAST, o."createdAt" DESC, o."id" LIMIT ${EXCERPT_SCAN}) c
    ORDER BY char_length(c."content") DESC, c."id" LIMIT ${EXCERPTS_PER_ARTICLE * 5}`;
  const excerptParts = [
    ...(ids.length
      ? [
          Prisma.sql`SELECT k.identity::text AS identity, x."content", x."contentHash" FROM unnest(${ids}::uuid[]) AS k(identity)
      CROSS JOIN LATERAL (${longest(Prisma.sql`o."articleIdentity" = k.identity`, "")}) x`,
        ]
      : []),
    ...(whole
      ? [
          Prisma.sql`SELECT NULL::text AS identity, x."content", x."contentHash" FROM (${longest(Prisma.sql`o."articleIdentity" IS NULL`, `o."articleIdentity" ASC NULLS LAST, `)}) x`,
        ]
      : []),
  ];
  // Reasons and adoptions from the counter rows (ConsultationReasonCount, kept by the triggers of migration 0021):
  // a few rows per reason instead of every disposed opinion. Identical reasons are one group; the group without a
  // reason ranks first so the listed ones and the rest add up.
  const counted = Prisma.sql`k."tenantId" = ${tenantId}::uuid AND k."consultationId" = ${consultationId}::uuid
    AND (k."articleIdentity" = ANY(${ids}::uuid[])${whole ? Prisma.sql` OR k."articleIdentity" IS NULL` : Prisma.empty})`;
  const [groups, adoptions, texts] = await Promise.all([
    unsafePrisma.$queryRaw<GroupRow[]>(Prisma.sql`
      WITH g AS (
        SELECT k."articleIdentity" AS i, k."disposition" AS d, k."reason", sum(k."n")::int AS n
        FROM "ConsultationReasonCount" k WHERE ${counted} GROUP BY 1, 2, 3 HAVING sum(k."n") <> 0),
      r AS (
        SELECT g.*, sum(n) OVER (PARTITION BY i, d)::int AS total,
               row_number() OVER (PARTITION BY i, d ORDER BY (reason IS NOT NULL), n DESC, reason)::int AS rank FROM g)
      SELECT i::text AS identity, d::text AS disposition, reason, n, total, rank FROM r WHERE rank <= ${REASONS_PER_DISPOSITION + 1}`),
    // Where adopted opinions went.
    unsafePrisma.$queryRaw<{ identity: string | null; disposition: Disposition; adopted: string }[]>(Prisma.sql`
      SELECT k."articleIdentity"::text AS identity, k."disposition"::text AS disposition, k."adoptedArticleId"::text AS adopted
      FROM "ConsultationReasonCount" k WHERE ${counted} AND k."disposition" IN ('ADOPTED', 'PARTLY_ADOPTED') AND k."adoptedArticleId" IS NOT NULL
      GROUP BY 1, 2, 3 HAVING sum(k."n") > 0`),
    unsafePrisma.$queryRaw<{ identity: string | null; content: string; contentHash: string }[]>(
      Prisma.join(excerptParts, " UNION ALL "),
    ),
  ]);
  const labels = await adoptedArticleLabels(tenantId, [...new Set(adoptions.map((a) => a.adopted))]);
  return chunk.map((a) => {
    const dispositions = dispositionsOf(
      groups.filter((g) => g.identity === a.identity),
      adoptions.filter((x) => x.identity === a.identity),
      labels,
    );
    if (a.pending)
      dispositions.push({ disposition: null, count: a.pending, reasons: [], otherReasons: 0, adoptedInto: [] });
    return { ...a, excerpts: pickExcerpts(texts.filter((t) => t.identity === a.identity)), dispositions };
  });
}

/** Up to EXCERPTS_PER_ARTICLE excerpts from candidate texts (best first): exact copies (same hash) and near
 *  copies (similarity ≥ NEAR_COPY to one already chosen) skipped, so the excerpts differ from one another. */
export function pickExcerpts(texts: { content: string; contentHash: string }[]): string[] {
  const seen = new Set<string>();
  const chosen: { text: string; grams: Set<string> }[] = [];
  for (const t of texts) {
    if (chosen.length >= EXCERPTS_PER_ARTICLE) break;
    if (seen.has(t.contentHash)) continue;
    seen.add(t.contentHash);
    const text = excerpt(t.content);
    const grams = bigrams(text);
    if (chosen.some((c) => c.text === text || similarity(c.grams, grams) >= NEAR_COPY)) continue;
    chosen.push({ text, grams });
  }
  return chosen.map((c) => c.text);
}

function dispositionsOf(
  groups: GroupRow[],
  adoptions: { disposition: Disposition; adopted: string }[],
  labels: Map<string, { label: string; version: string }>,
): SummaryTableDisposition[] {
  const out = new Map<Disposition | null, SummaryTableDisposition & { listed: number; adoptedIds: Set<string> }>();
  for (const g of [...groups].sort((x, y) => x.rank - y.rank)) {
    let d = out.get(g.disposition);
    if (!d) {
      d = {
        disposition: g.disposition,
        count: g.total,
        reasons: [],
        otherReasons: 0,
        adoptedInto: [],
        listed: 0,
        adoptedIds: new Set(),
      };
      out.set(g.disposition, d);
    }
    if (g.reason === null) d.listed += g.n;
    else if (d.reasons.length < REASONS_PER_DISPOSITION) {
      d.reasons.push({ reason: g.reason, count: g.n });
      d.listed += g.n;
    }
  }
  for (const a of adoptions) out.get(a.disposition)?.adoptedIds.add(a.adopted);
  const order = (x: Disposition | null) => (x === null ? DISPOSITIONS.length : DISPOSITIONS.indexOf(x));
  return [...out.values()]
    .sort((x, y) => order(x.disposition) - order(y.disposition))
    .map(({ listed, adoptedIds, ...d }) => ({
      ...d,
      reasons: d.reasons.sort((x, y) => y.count - x.count || x.reason.localeCompare(y.reason)),
      otherReasons: Math.max(0, d.count - listed),
      adoptedInto: [...adoptedIds]
        .flatMap((id) => (labels.has(id) ? [labels.get(id)!] : []))
        .sort((x, y) => x.version.localeCompare(y.version) || x.label.localeCompare(y.label)),
    }));
}

/** Every row of the table, a chunk of articles at a time (for the exports). */
export async function* summaryTableStream(
  tenantId: string,
  head: SummaryTableHead,
  chunkSize = SUMMARY_ROWS_PER_PAGE,
): AsyncGenerator<SummaryTableRow> {
  for (let i = 0; i < head.articles.length; i += chunkSize) {
    yield* await summaryTableRows(tenantId, head.consultation.id, head.articles.slice(i, i + chunkSize));
  }
}

/** One page of the table for the console. */
export async function summaryTablePage(tenantId: string, consultationId: string, page: number) {
  const head = await summaryTableHead(tenantId, consultationId);
  if (!head) return null;
  const pageCount = Math.max(1, Math.ceil(head.articles.length / SUMMARY_ROWS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await summaryTableRows(
    tenantId,
    head.consultation.id,
    head.articles.slice((current - 1) * SUMMARY_ROWS_PER_PAGE, current * SUMMARY_ROWS_PER_PAGE),
  );
  return { head, rows, page: current, pageCount };
}
