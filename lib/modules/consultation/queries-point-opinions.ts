// What the contact-points module reads of consultations and their opinions (it calls these; it never reads the
// consultation tables itself): a consultation's window and channels, the opinions a point sent, and counts.
import { forTenant, type TenantTx } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { consultationState } from "./workflow";

/** Fully or partly adopted: what a point's record counts as adopted (its page says so). */
export const ADOPTED_DISPOSITIONS = ["ADOPTED", "PARTLY_ADOPTED"] as const;

const CONSULTATION_SELECT = {
  id: true,
  title: true,
  introduction: true,
  draftVersionId: true,
  startsAt: true,
  endsAt: true,
  dispositionsPublishedAt: true,
  channels: true,
} as const;

/** One consultation of the tenant the client or transaction is bound to; null for another tenant's id. */
export async function findConsultation(db: Pick<TenantTx, "consultation">, id: string) {
  if (!isUuid(id)) return null;
  return db.consultation.findFirst({ where: { id }, select: CONSULTATION_SELECT });
}
export type ConsultationRef = NonNullable<Awaited<ReturnType<typeof findConsultation>>>;

/** Consultations by id, each with its state. */
export async function consultationsByIds(tenantId: string, ids: string[]) {
  const rows = await forTenant(tenantId).consultation.findMany({
    where: { id: { in: ids.filter(isUuid) } },
    select: CONSULTATION_SELECT,
  });
  return new Map(rows.map((c) => [c.id, { ...c, state: consultationState(c) }]));
}

/** Opinions sent by points (or the given points): per point, how many and how many adopted. */
export async function pointOpinionTotals(tenantId: string, pointIds?: string[]) {
  const rows = await forTenant(tenantId).opinion.groupBy({
    by: ["contactPointId", "disposition"],
    where: { channel: "CONTACT_POINT", contactPointId: pointIds ? { in: pointIds } : { not: null } },
    _count: { _all: true },
  });
  const totals = new Map<string, { opinions: number; adopted: number }>();
  for (const r of rows) {
    const t = totals.get(r.contactPointId!) ?? { opinions: 0, adopted: 0 };
    t.opinions += r._count._all;
    if ((ADOPTED_DISPOSITIONS as readonly string[]).includes(r.disposition ?? "")) t.adopted += r._count._all;
    totals.set(r.contactPointId!, t);
  }
  return totals;
}

/** How many opinions each (point, consultation) pair has sent, for the given points or consultation. */
export async function pointOpinionCounts(
  tenantId: string,
  where: { pointIds?: string[]; consultationId?: string },
): Promise<Map<string, number>> {
  const rows = await forTenant(tenantId).opinion.groupBy({
    by: ["contactPointId", "consultationId"],
    where: {
      channel: "CONTACT_POINT",
      contactPointId: where.pointIds ? { in: where.pointIds } : { not: null },
      ...(where.consultationId ? { consultationId: where.consultationId } : {}),
    },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [pointOpinionKey(r.contactPointId!, r.consultationId), r._count._all]));
}
export const pointOpinionKey = (pointId: string, consultationId: string) => `${pointId}:${consultationId}`;

/** The opinions one point sent on one consultation, oldest first. */
export function pointOpinionsOn(tenantId: string, consultationId: string, pointId: string) {
  return forTenant(tenantId).opinion.findMany({
    where: { consultationId, contactPointId: pointId, channel: "CONTACT_POINT" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      articleId: true,
      content: true,
      peopleConsulted: true,
      consultMethods: true,
      receiptCode: true,
      createdAt: true,
      disposition: true,
      reason: true,
    },
  });
}

/** The consultations taking opinions now (window open, dispositions not published): id → title. */
export async function openConsultationTitles(tenantId: string): Promise<Map<string, string>> {
  const now = new Date();
  const rows = await forTenant(tenantId).consultation.findMany({
    where: { startsAt: { lte: now }, endsAt: { gt: now }, dispositionsPublishedAt: null },
    select: { id: true, title: true },
  });
  return new Map(rows.map((c) => [c.id, c.title]));
}
