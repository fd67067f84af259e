// What the workbench shows of consultations: those not yet published that still have opinions to dispose.
import { cachedRead } from "@/lib/cache/data-cache";
import { forTenant } from "@/lib/db";

async function pendingByConsultation(tenantId: string) {
  const db = forTenant(tenantId);
  // Only consultations with something pending are read (an old one with nothing left must not crowd out a
  // current one), the soonest to close first.
  const open = await db.consultation.findMany({
    where: { dispositionsPublishedAt: null, startsAt: { lte: new Date() } },
    select: { id: true, title: true, startsAt: true, endsAt: true, regulationId: true },
    orderBy: { endsAt: "asc" },
  });
  if (open.length === 0) return [];
  const [counts, regulations] = await Promise.all([
    db.opinion.groupBy({
      by: ["consultationId"],
      where: { consultationId: { in: open.map((c) => c.id) }, disposition: null },
      _count: { _all: true },
    }),
    db.regulation.findMany({
      where: { id: { in: [...new Set(open.map((c) => c.regulationId))] } },
      select: { id: true, committeeId: true },
    }),
  ]);
  const pending = new Map(counts.map((g) => [g.consultationId, g._count._all]));
  const committee = new Map(regulations.map((r) => [r.id, r.committeeId]));
  return open
    .filter((c) => (pending.get(c.id) ?? 0) > 0)
    .map((c) => ({
      id: c.id,
      title: c.title,
      endsAt: c.endsAt.toISOString(),
      committeeId: committee.get(c.regulationId) ?? null,
      pending: pending.get(c.id)!,
    }));
}

/** Consultations not yet published with opinions still to dispose; counts up to 30 s behind the intake. */
export const consultationsWithPendingOpinions = cachedRead("workbench-consultations", 30, pendingByConsultation);
