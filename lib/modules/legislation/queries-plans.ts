// Read side: five-year and annual plans with their items and each item's regulation stage (progress view).
import { isUuid } from "@/lib/ids";
import { forTenant } from "@/lib/db";

export async function listPlans(tenantId: string, opts: { publishedOnly?: boolean } = {}) {
  const db = forTenant(tenantId);
  const plans = await db.legislativePlan.findMany({
    where: opts.publishedOnly ? { publishedAt: { not: null } } : {},
    orderBy: [{ kind: "asc" }, { startYear: "desc" }],
  });
  const counts = await db.planItem.groupBy({
    by: ["planId"],
    where: { planId: { in: plans.map((p) => p.id) } },
    _count: { _all: true },
  });
  const byPlan = new Map(counts.map((c) => [c.planId, c._count._all]));
  return plans.map((p) => ({ ...p, items: byPlan.get(p.id) ?? 0 }));
}

export async function getPlan(tenantId: string, id: string, opts: { publishedOnly?: boolean } = {}) {
  if (!isUuid(id)) return null;
  const db = forTenant(tenantId);
  const plan = await db.legislativePlan.findFirst({
    where: { id, ...(opts.publishedOnly ? { publishedAt: { not: null } } : {}) },
  });
  if (!plan) return null;
  const items = await db.planItem.findMany({ where: { planId: id }, orderBy: { sortOrder: "asc" } });
  const regIds = items.map((i) => i.regulationId).filter((x): x is string => !!x);
  const [regs, committees, units, fields] = await Promise.all([
    db.regulation.findMany({
      where: { id: { in: regIds } },
      select: { id: true, stage: true, stageChangedOn: true, title: true },
    }),
    db.committee.findMany({ where: {}, select: { id: true, name: true, shortName: true, nameEn: true } }),
    db.unit.findMany({ where: {}, select: { id: true, name: true } }),
    db.legalField.findMany({ where: {}, select: { id: true, name: true } }),
  ]);
  const reg = new Map(regs.map((r) => [r.id, r]));
  const name = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const c = name(committees),
    u = name(units),
    f = name(fields);
  return {
    plan,
    items: items.map((i) => ({
      ...i,
      committee: i.leadCommitteeId ? (c.get(i.leadCommitteeId)?.shortName ?? null) : null,
      committeeEn: i.leadCommitteeId ? (c.get(i.leadCommitteeId)?.nameEn ?? null) : null,
      draftingUnit: i.draftingUnitId ? (u.get(i.draftingUnitId)?.name ?? null) : null,
      field: i.fieldId ? (f.get(i.fieldId)?.name ?? null) : null,
      stage: i.regulationId ? (reg.get(i.regulationId)?.stage ?? null) : null,
    })),
  };
}
