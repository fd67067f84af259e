// Read side: the pipeline board, regulation lists, one regulation with its timeline and drafts.
import { isUuid } from "@/lib/ids";
import { forTenant, unsafePrisma } from "@/lib/db";
import { dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RegulationStage } from "@/lib/generated/prisma/enums";
import type { BoardFilter } from "./schemas";
import { PIPELINE } from "./workflow";

/** Cards shown per board column; the column's count is exact and a link lists the rest. */
export const BOARD_CARDS_PER_STAGE = 12;
const BOARD_STAGES = [...PIPELINE, "SHELVED", "WITHDRAWN"] as RegulationStage[];

/**
 * The board: one column per stage of the main line (plus the side exits), each with its exact count and its
 * most recently moved cards. Two indexed queries of narrow rows, whatever the tenant's size.
 */
/** One project on the pipeline board: its committee by short name, and by English name where the city gives one. */
export type BoardCard = {
  id: string;
  title: string;
  kind: string;
  year: number;
  committee: string | null;
  committeeEn: string | null;
  since: string;
};

export async function pipelineBoard(tenantId: string, filter: BoardFilter) {
  const where = Prisma.sql`r."tenantId" = ${tenantId}::uuid
    ${filter.year ? Prisma.sql`AND r."year" = ${filter.year}` : Prisma.empty}
    ${filter.committeeId ? Prisma.sql`AND r."committeeId" = ${filter.committeeId}::uuid` : Prisma.empty}
    ${filter.fieldId ? Prisma.sql`AND r."fieldId" = ${filter.fieldId}::uuid` : Prisma.empty}`;
  const [rows, counts, committees] = await Promise.all([
    // Per stage, the newest cards straight off (tenantId, stage, stageChangedOn DESC): ~12 index rows a column
    // rather than sorting every regulation of the tenant.
    unsafePrisma.$queryRaw<
      {
        id: string;
        title: string;
        kind: string;
        stage: RegulationStage;
        year: number;
        committeeId: string | null;
        stageChangedOn: Date;
      }[]
    >(Prisma.sql`
      SELECT c.* FROM unnest(${BOARD_STAGES}::"RegulationStage"[]) AS s("stage") CROSS JOIN LATERAL (
        SELECT r."id", r."title", r."kind"::text AS "kind", r."stage"::text AS "stage", r."year", r."committeeId", r."stageChangedOn"
        FROM "Regulation" r WHERE ${where} AND r."stage" = s."stage"
        ORDER BY r."stageChangedOn" DESC, r."id" LIMIT ${BOARD_CARDS_PER_STAGE}) c`),
    unsafePrisma.$queryRaw<{ stage: RegulationStage; count: bigint }[]>(Prisma.sql`
      SELECT r."stage"::text AS "stage", count(*) AS "count" FROM "Regulation" r WHERE ${where} GROUP BY r."stage"`),
    forTenant(tenantId).committee.findMany({ where: {}, select: { id: true, shortName: true, nameEn: true } }),
  ]);
  const committee = new Map(committees.map((c) => [c.id, c]));
  const count = new Map(counts.map((c) => [c.stage, Number(c.count)]));
  const columns = new Map<RegulationStage, BoardCard[]>(BOARD_STAGES.map((s) => [s, []]));
  rows.sort((a, b) => b.stageChangedOn.getTime() - a.stageChangedOn.getTime() || a.id.localeCompare(b.id));
  for (const r of rows) {
    columns.get(r.stage)!.push({
      id: r.id,
      title: r.title,
      kind: r.kind,
      year: r.year,
      committee: r.committeeId ? (committee.get(r.committeeId)?.shortName ?? null) : null,
      committeeEn: r.committeeId ? (committee.get(r.committeeId)?.nameEn ?? null) : null,
      since: dateToDay(r.stageChangedOn),
    });
  }
  return {
    total: [...count.values()].reduce((a, b) => a + b, 0),
    columns: [...columns.entries()].map(([stage, cards]) => ({ stage, count: count.get(stage) ?? 0, cards })),
  };
}

/** Every regulation in one stage (the board's "all N" link), newest move first. */
export async function listRegulationsByStage(
  tenantId: string,
  stage: RegulationStage,
  filter: BoardFilter,
  page = 1,
  perPage = 50,
) {
  const db = forTenant(tenantId);
  const where = {
    stage,
    ...(filter.year ? { year: filter.year } : {}),
    ...(filter.committeeId ? { committeeId: filter.committeeId } : {}),
    ...(filter.fieldId ? { fieldId: filter.fieldId } : {}),
  };
  const [total, rows] = await Promise.all([
    db.regulation.count({ where }),
    db.regulation.findMany({
      where,
      orderBy: [{ stageChangedOn: "desc" }, { id: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: { id: true, title: true, kind: true, year: true, stageChangedOn: true },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / perPage)),
    rows: rows.map((r) => ({ ...r, stageChangedOn: dateToDay(r.stageChangedOn) })),
  };
}

/**
 * What the public may see of a regulation: everything past PLANNED, and planned ones that are items of a
 * published plan. One SQL condition, used by the public list and the detail page alike.
 */
function publicCondition() {
  return Prisma.sql`(r."stage" <> 'PLANNED' OR EXISTS (
    SELECT 1 FROM "PlanItem" i JOIN "LegislativePlan" p ON p."tenantId" = i."tenantId" AND p."id" = i."planId"
    WHERE i."tenantId" = r."tenantId" AND i."regulationId" = r."id" AND p."publishedAt" IS NOT NULL))`;
}

export type RegulationListItem = {
  id: string;
  title: string;
  kind: string;
  stage: RegulationStage;
  year: number;
  stageChangedOn: string;
  promulgatedOn: string | null;
  effectiveOn: string | null;
};

/** Public list with optional stage/year filters (raw SQL for the visibility rule; tenant named explicitly). */
export async function listPublicRegulations(
  tenantId: string,
  filter: { stage?: RegulationStage; year?: number; limit?: number; offset?: number },
) {
  const rows = await unsafePrisma.$queryRaw<
    {
      id: string;
      title: string;
      kind: string;
      stage: RegulationStage;
      year: number;
      stageChangedOn: Date;
      promulgatedOn: Date | null;
      effectiveOn: Date | null;
    }[]
  >(Prisma.sql`
    SELECT r."id", r."title", r."kind"::text AS "kind", r."stage"::text AS "stage", r."year", r."stageChangedOn", r."promulgatedOn", r."effectiveOn"
    FROM "Regulation" r
    WHERE r."tenantId" = ${tenantId}::uuid AND ${publicCondition()}
      ${filter.stage ? Prisma.sql`AND r."stage" = ${filter.stage}::"RegulationStage"` : Prisma.empty}
      ${filter.year ? Prisma.sql`AND r."year" = ${filter.year}` : Prisma.empty}
    ORDER BY r."stageChangedOn" DESC, r."id"
    LIMIT ${filter.limit ?? 200} OFFSET ${filter.offset ?? 0}`);
  return rows.map((r) => ({
    ...r,
    stageChangedOn: dateToDay(r.stageChangedOn),
    promulgatedOn: r.promulgatedOn ? dateToDay(r.promulgatedOn) : null,
    effectiveOn: r.effectiveOn ? dateToDay(r.effectiveOn) : null,
  }));
}

export async function isPublicRegulation(tenantId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await unsafePrisma.$queryRaw<{ ok: number }[]>(Prisma.sql`
    SELECT 1 AS ok FROM "Regulation" r WHERE r."tenantId" = ${tenantId}::uuid AND r."id" = ${id}::uuid AND ${publicCondition()}`);
  return rows.length > 0;
}

/** Regulations in force: promulgated and not repealed. */
export async function listRegulationsInForce(tenantId: string) {
  const rows = await forTenant(tenantId).regulation.findMany({
    // A repeal promulgated with a later effective date leaves the regulation in force until that day.
    where: {
      stage: "PROMULGATED",
      kind: "NEW",
      OR: [{ repealedOn: null }, { repealedOn: { gt: dayToDate(todayInShanghai()) } }],
    },
    orderBy: { promulgatedOn: "desc" },
    select: { id: true, title: true, promulgatedOn: true, effectiveOn: true, committeeId: true },
  });
  return rows.map((r) => ({
    ...r,
    promulgatedOn: r.promulgatedOn ? dateToDay(r.promulgatedOn) : null,
    effectiveOn: r.effectiveOn ? dateToDay(r.effectiveOn) : null,
  }));
}

/** One regulation with its timeline, its drafts, and the projects that amend or repeal it. */
export async function getRegulation(tenantId: string, id: string, opts: { publicOnly?: boolean } = {}) {
  if (!isUuid(id)) return null;
  if (opts.publicOnly && !(await isPublicRegulation(tenantId, id))) return null;
  const db = forTenant(tenantId);
  const regulation = await db.regulation.findFirst({ where: { id } });
  if (!regulation) return null;
  const [events, drafts, target, changedBy, committees] = await Promise.all([
    db.regulationEvent.findMany({
      where: { regulationId: id },
      orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
    }),
    db.draftVersion.findMany({
      where: { regulationId: id, ...(opts.publicOnly ? { publishedAt: { not: null } } : {}) },
      orderBy: { versionNo: "asc" },
      select: {
        id: true,
        versionNo: true,
        label: true,
        title: true,
        publishedAt: true,
        createdAt: true,
        warnings: true,
      },
    }),
    regulation.targetId
      ? db.regulation.findFirst({ where: { id: regulation.targetId }, select: { id: true, title: true } })
      : null,
    db.regulation.findMany({ where: { targetId: id }, select: { id: true, title: true, kind: true, stage: true } }),
    db.committee.findMany({ where: {}, select: { id: true, name: true, nameEn: true, shortName: true } }),
  ]);
  const committee = new Map(committees.map((c) => [c.id, c]));
  const publishedDrafts = new Set(drafts.map((d) => d.id));
  return {
    regulation: {
      ...regulation,
      stageChangedOn: dateToDay(regulation.stageChangedOn),
      promulgatedOn: regulation.promulgatedOn ? dateToDay(regulation.promulgatedOn) : null,
      effectiveOn: regulation.effectiveOn ? dateToDay(regulation.effectiveOn) : null,
      repealedOn: regulation.repealedOn ? dateToDay(regulation.repealedOn) : null,
      committee: regulation.committeeId ? (committee.get(regulation.committeeId) ?? null) : null,
    },
    timeline: events.map((e) => ({
      id: e.id,
      fromStage: e.fromStage,
      toStage: e.toStage,
      occurredOn: dateToDay(e.occurredOn),
      meeting: e.meeting,
      note: e.note,
      documents: e.documents,
      committee: e.committeeId ? (committee.get(e.committeeId)?.shortName ?? null) : null,
      committeeEn: e.committeeId ? (committee.get(e.committeeId)?.nameEn ?? null) : null,
      // The public sees which draft a reading was of only when that draft is published.
      draftVersionId:
        opts.publicOnly && e.draftVersionId && !publishedDrafts.has(e.draftVersionId) ? null : e.draftVersionId,
    })),
    drafts,
    target,
    changedBy,
  };
}
