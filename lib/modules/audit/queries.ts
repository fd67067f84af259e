import { forTenant } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_PER_PAGE, type AuditFilter } from "./schemas";

/** Days are Asia/Shanghai calendar days (UTC+8, no DST). */
function shanghaiDayStart(d: string, plusDays = 0): Date {
  const t = new Date(`${d}T00:00:00+08:00`);
  return new Date(t.getTime() + plusDays * 86_400_000);
}

export async function listAuditEvents(tenantId: string, f: AuditFilter) {
  const where: Prisma.AuditEventWhereInput = {
    ...(f.action ? { action: { startsWith: f.action } } : {}),
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.actor ? { actorName: { contains: f.actor } } : {}),
    ...(f.from || f.to
      ? {
          createdAt: {
            ...(f.from ? { gte: shanghaiDayStart(f.from) } : {}),
            ...(f.to ? { lt: shanghaiDayStart(f.to, 1) } : {}),
          },
        }
      : {}),
  };
  const db = forTenant(tenantId);
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (f.page - 1) * AUDIT_PER_PAGE,
      take: AUDIT_PER_PAGE,
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PER_PAGE)),
    events: rows.map((r) => ({ ...r, id: r.id.toString() })),
  };
}

/** Distinct actions and entity types seen in this tenant, for the filter dropdowns. */
export async function auditFacets(tenantId: string) {
  const db = forTenant(tenantId);
  const [actions, types] = await Promise.all([
    db.auditEvent.groupBy({ by: ["action"], where: {}, orderBy: { action: "asc" } }),
    db.auditEvent.groupBy({ by: ["entityType"], where: {}, orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), entityTypes: types.map((t) => t.entityType) };
}
