// What the closing reminder scan reads: consultations open at a moment, each with its opinions not yet disposed.
import { forTenant } from "@/lib/db";

export type ClosingConsultation = { id: string; title: string; endsAt: Date; pending: number };

/** Consultations open at `now` (not yet published) that close by `before`, with their undisposed opinions. */
export async function openConsultationsClosingBy(
  tenantId: string,
  now: Date,
  before: Date,
): Promise<ClosingConsultation[]> {
  const db = forTenant(tenantId);
  const open = await db.consultation.findMany({
    where: { startsAt: { lte: now }, endsAt: { gt: now, lte: before }, dispositionsPublishedAt: null },
    select: { id: true, title: true, endsAt: true },
    orderBy: { endsAt: "asc" },
  });
  if (open.length === 0) return [];
  const counts = await db.opinion.groupBy({
    by: ["consultationId"],
    where: { consultationId: { in: open.map((c) => c.id) }, status: "RECEIVED" },
    _count: { _all: true },
  });
  const pending = new Map(counts.map((c) => [c.consultationId, c._count._all]));
  return open.map((c) => ({ ...c, pending: pending.get(c.id) ?? 0 }));
}
