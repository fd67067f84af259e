// The staff's opinion list at scale. Pages are keyset-paginated on ("createdAt" DESC, "id"), and every filter
// has an index ending in that order (migration 0005), so a page reads ~50 index entries whatever the size of
// the consultation. Three things keep a filtered page on an index:
// - "pending" and "whole draft" are IS NULL conditions, which PostgreSQL does not treat as equalities for
//   ordering: the ORDER BY is prefixed with those columns (constant in the result, so the order is unchanged)
//   to match the index;
// - a set of values ("disposed" = five dispositions, an article's opinions of every disposition, a district
//   with a few sub-areas, the few campaigns) becomes a UNION ALL of ordered branches, each an index range with
//   its own LIMIT, merged on top;
// - counts are capped (OPINION_COUNT_CAP): the exact totals live on the overview, read from a narrow index.
import { z } from "zod";
import { forTenant, unsafePrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { opinionFilterSchema } from "./schemas";
import { CAMPAIGN_MIN_SIZE, DISPOSITIONS, type ConsultationChannel, type Disposition } from "./workflow";

export const OPINIONS_PER_PAGE = 50;
// Low enough that a count over two filters (say channel and district) stays a few thousand index entries.
export const OPINION_COUNT_CAP = 2_000;
const MAX_AREA_BRANCHES = 16;

const cursor = z.string().regex(/^\d{1,15}\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
/** The list's URL parameters: the shared filter, one campaign's text hash, and the keyset cursors. */
export const triageFilterSchema = opinionFilterSchema.extend({
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional()
    .catch(undefined),
  after: cursor.optional().catch(undefined),
  before: cursor.optional().catch(undefined),
});
export type TriageFilter = z.infer<typeof triageFilterSchema>;

/** The consultation an opinion query is about (its draft maps article ids to identities). */
export type OpinionScope = { tenantId: string; consultationId: string; draftVersionId: string };

export type OpinionRow = {
  id: string;
  content: string;
  articleIdentity: string | null;
  channel: ConsultationChannel;
  areaId: string | null;
  name: string | null;
  disposition: Disposition | null;
  reason: string | null;
  adoptedArticleId: string | null;
  createdAt: Date;
  disposedAt: Date | null;
  contentHash: string;
  contactPointId: string | null;
  peopleConsulted: number | null;
  receiptCode: string;
};

type Cursor = { at: Date; id: string };

const COLUMNS = Prisma.sql`o."id"::text AS id, o."content", o."articleIdentity"::text AS "articleIdentity", o."channel"::text AS channel, o."areaId"::text AS "areaId",
  o."name", o."disposition"::text AS disposition, o."reason", o."adoptedArticleId"::text AS "adoptedArticleId", o."createdAt", o."disposedAt",
  o."contentHash", o."contactPointId"::text AS "contactPointId", o."peopleConsulted", o."receiptCode"`;

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return `${row.createdAt.getTime()}.${row.id}`;
}

function decodeCursor(value: string | undefined): Cursor | null {
  if (!value || !cursor.safeParse(value).success) return null;
  const dot = value.indexOf(".");
  return { at: new Date(Number(value.slice(0, dot))), id: value.slice(dot + 1) };
}

/** An area and everything under it (a district's streets and communities). */
async function areaSubtree(tenantId: string, areaId: string): Promise<string[]> {
  const rows = await unsafePrisma.$queryRaw<{ id: string }[]>(Prisma.sql`
    WITH RECURSIVE t("id") AS (
      SELECT "id" FROM "Area" WHERE "tenantId" = ${tenantId}::uuid AND "id" = ${areaId}::uuid
      UNION ALL SELECT a."id" FROM "Area" a JOIN t ON a."parentId" = t."id" WHERE a."tenantId" = ${tenantId}::uuid)
    SELECT "id"::text AS id FROM t`);
  return rows.map((r) => r.id);
}

/** Columns a filter pins with IS NULL, in the order the indexes list them (see the file's head comment). */
type NullCol = "articleIdentity" | "disposition";
type Branch = { sql: Prisma.Sql; nullCols: NullCol[] };
type Plan = { where: Prisma.Sql[]; nullCols: NullCol[]; branches: Branch[] };
const NULL_ORDER: NullCol[] = ["articleIdentity", "disposition"];
const MAX_CAMPAIGN_BRANCHES = 50;

const eqDisposition = (d: Disposition): Branch => ({
  sql: Prisma.sql`o."disposition" = ${d}::"OpinionDisposition"`,
  nullCols: [],
});
const PENDING: Branch = { sql: Prisma.sql`o."disposition" IS NULL`, nullCols: ["disposition"] };
const eqArea = (id: string): Branch => ({ sql: Prisma.sql`o."areaId" = ${id}::uuid`, nullCols: [] });
const eqHash = (hash: string): Branch => ({ sql: Prisma.sql`o."contentHash" = ${hash}`, nullCols: [] });
const campaignExists = Prisma.sql`EXISTS (SELECT 1 FROM "OpinionCampaign" k WHERE k."tenantId" = o."tenantId"
  AND k."consultationId" = o."consultationId" AND k."contentHash" = o."contentHash" AND k."size" >= ${CAMPAIGN_MIN_SIZE})`;

async function campaignHashes(s: OpinionScope): Promise<string[]> {
  const rows = await forTenant(s.tenantId).opinionCampaign.findMany({
    where: { consultationId: s.consultationId, size: { gte: CAMPAIGN_MIN_SIZE } },
    select: { contentHash: true },
    take: MAX_CAMPAIGN_BRANCHES + 1,
  });
  return rows.map((r) => r.contentHash);
}

/**
 * The filter as SQL: conditions, the columns pinned to NULL, and at most one set of alternatives (branches).
 * Null when it can match nothing (an article of another draft, say). An article's opinions are listed off the
 * (article, disposition, createdAt) index, so without a status filter they are read per disposition and merged.
 */
async function plan(s: OpinionScope, f: Partial<TriageFilter>): Promise<Plan | null> {
  const where = [
    Prisma.sql`o."tenantId" = ${s.tenantId}::uuid`,
    Prisma.sql`o."consultationId" = ${s.consultationId}::uuid`,
  ];
  const nullCols: NullCol[] = [];
  let branches: Branch[] = [];
  if (f.channel) where.push(Prisma.sql`o."channel" = ${f.channel}::"ConsultationChannel"`);
  if (f.disposition) {
    if (f.status === "RECEIVED") return null;
    where.push(eqDisposition(f.disposition).sql);
  } else if (f.status === "RECEIVED") {
    where.push(PENDING.sql);
    nullCols.push("disposition");
  } else if (f.status === "DISPOSED") {
    branches = DISPOSITIONS.map(eqDisposition);
  }
  if (f.article === "whole") {
    where.push(Prisma.sql`o."articleIdentity" IS NULL`);
    nullCols.push("articleIdentity");
  } else if (f.article) {
    const article = await forTenant(s.tenantId).draftArticle.findFirst({
      where: { id: f.article, draftVersionId: s.draftVersionId },
      select: { identity: true },
    });
    if (!article) return null;
    where.push(Prisma.sql`o."articleIdentity" = ${article.identity}::uuid`);
  }
  if (f.article && !f.status && !f.disposition) branches = [...DISPOSITIONS.map(eqDisposition), PENDING];
  if (f.area) {
    const areas = await areaSubtree(s.tenantId, f.area);
    if (areas.length === 0) return null;
    if (areas.length === 1) where.push(eqArea(areas[0]!).sql);
    else if (branches.length === 0 && areas.length <= MAX_AREA_BRANCHES) branches = areas.map(eqArea);
    else where.push(Prisma.sql`o."areaId" = ANY(${areas}::uuid[])`);
  }
  if (f.hash) where.push(eqHash(f.hash).sql);
  if (f.campaign === "none") where.push(Prisma.sql`NOT ${campaignExists}`);
  if (f.campaign === "only") {
    // A few campaigns: read each one's copies off the (contentHash, createdAt) index and merge. Many: a semi-join.
    const hashes = await campaignHashes(s);
    if (hashes.length === 0) return null;
    if (hashes.length > MAX_CAMPAIGN_BRANCHES) where.push(campaignExists);
    else if (branches.length === 0) branches = hashes.map(eqHash);
    else where.push(Prisma.sql`o."contentHash" = ANY(${hashes})`);
  }
  return { where, nullCols, branches };
}

/** One page in either direction: "desc" is the list's order (newest first), "asc" walks back from a cursor. */
function pageQuery(p: Plan, dir: "desc" | "asc", from: Cursor | null, limit: number): Prisma.Sql {
  // The plain range on "createdAt" is what the index scan starts from; the OR only sorts out the rows of the same
  // millisecond. (With the OR alone PostgreSQL would scan from the top every time: deep pages got slower and slower.)
  const keyset = !from
    ? Prisma.empty
    : dir === "desc"
      ? Prisma.sql`AND o."createdAt" <= ${from.at} AND (o."createdAt" < ${from.at} OR o."id" > ${from.id}::uuid)`
      : Prisma.sql`AND o."createdAt" >= ${from.at} AND (o."createdAt" > ${from.at} OR o."id" < ${from.id}::uuid)`;
  const order =
    dir === "desc" ? Prisma.sql`o."createdAt" DESC, o."id" ASC` : Prisma.sql`o."createdAt" ASC, o."id" DESC`;
  // Columns pinned to NULL lead the ORDER BY (constant in the result, so the order is the same) to match an index.
  const lead = (cols: NullCol[]) => {
    const pinned = NULL_ORDER.filter((c) => cols.includes(c));
    return Prisma.raw(
      pinned.map((c) => `o."${c}" ${dir === "desc" ? "ASC NULLS LAST" : "DESC NULLS FIRST"}, `).join(""),
    );
  };
  const base = Prisma.join(p.where, " AND ");
  const select = (
    b: Branch | null,
  ) => Prisma.sql`SELECT ${COLUMNS} FROM "Opinion" o WHERE ${base} ${b ? Prisma.sql`AND ${b.sql}` : Prisma.empty} ${keyset}
    ORDER BY ${lead([...p.nullCols, ...(b?.nullCols ?? [])])}${order} LIMIT ${limit}`;
  return p.branches.length === 0
    ? select(null)
    : Prisma.sql`SELECT * FROM (${Prisma.join(
        p.branches.map((b) => Prisma.sql`(${select(b)})`),
        " UNION ALL ",
      )}) o ORDER BY ${order} LIMIT ${limit}`;
}

/** A page of the list with the cursors of its neighbours (null at either end). */
export async function listTriageOpinions(s: OpinionScope, f: Partial<TriageFilter>, limit = OPINIONS_PER_PAGE) {
  const p = await plan(s, f);
  if (!p) return { rows: [], next: null, prev: null };
  const back = !f.after && !!f.before;
  const from = decodeCursor(back ? f.before : f.after);
  const fetched = await unsafePrisma.$queryRaw<OpinionRow[]>(pageQuery(p, back ? "asc" : "desc", from, limit + 1));
  const more = fetched.length > limit;
  const rows = fetched.slice(0, limit);
  if (back) rows.reverse();
  const first = rows[0];
  const last = rows.at(-1);
  return {
    rows,
    next: last && (back || more) ? encodeCursor(last) : null,
    prev: first && (back ? more : !!from) ? encodeCursor(first) : null,
  };
}

/** How many opinions match, counted up to OPINION_COUNT_CAP + 1 (the page says "more than 2,000"). */
export async function countTriageOpinions(
  s: OpinionScope,
  f: Partial<TriageFilter>,
): Promise<{ count: number; capped: boolean }> {
  const p = await plan(s, f);
  if (!p) return { count: 0, capped: false };
  const any = p.branches.length
    ? Prisma.sql`AND (${Prisma.join(
        p.branches.map((b) => b.sql),
        " OR ",
      )})`
    : Prisma.empty;
  const [row] = await unsafePrisma.$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "Opinion" o WHERE ${Prisma.join(p.where, " AND ")} ${any} LIMIT ${OPINION_COUNT_CAP + 1}) x`);
  const n = row?.n ?? 0;
  return { count: Math.min(n, OPINION_COUNT_CAP), capped: n > OPINION_COUNT_CAP };
}

/** Names and sizes the list shows beside each opinion: area, contact point, campaign, adopted article. */
export async function describeOpinions(tenantId: string, consultationId: string, rows: OpinionRow[]) {
  const ids = (pick: (r: OpinionRow) => string | null) => [
    ...new Set(rows.map(pick).filter((v): v is string => v !== null)),
  ];
  const db = forTenant(tenantId);
  const [areas, campaigns, adopted] = await Promise.all([
    db.area.findMany({ where: { id: { in: ids((r) => r.areaId) } }, select: { id: true, name: true } }),
    db.opinionCampaign.findMany({
      where: { consultationId, contentHash: { in: ids((r) => r.contentHash) }, size: { gte: CAMPAIGN_MIN_SIZE } },
      select: { contentHash: true, size: true },
    }),
    adoptedArticleLabels(
      tenantId,
      ids((r) => r.adoptedArticleId),
    ),
  ]);
  return {
    area: new Map(areas.map((a) => [a.id, a.name])),
    // A point's opinions carry the point's name as it was when they were sent (record-point-opinions.ts).
    point: new Map(rows.flatMap((r) => (r.contactPointId && r.name ? [[r.contactPointId, r.name] as const] : []))),
    campaign: new Map(campaigns.map((c) => [c.contentHash, c.size])),
    adopted,
  };
}

/** "二审稿 第六条" for each adopted-article id. */
export async function adoptedArticleLabels(
  tenantId: string,
  articleIds: string[],
): Promise<Map<string, { label: string; version: string }>> {
  if (articleIds.length === 0) return new Map();
  const db = forTenant(tenantId);
  const articles = await db.draftArticle.findMany({
    where: { id: { in: articleIds } },
    select: { id: true, label: true, draftVersionId: true },
  });
  const versions = await db.draftVersion.findMany({
    where: { id: { in: [...new Set(articles.map((a) => a.draftVersionId))] } },
    select: { id: true, label: true },
  });
  const version = new Map(versions.map((v) => [v.id, v.label]));
  return new Map(articles.map((a) => [a.id, { label: a.label, version: version.get(a.draftVersionId) ?? "" }]));
}
