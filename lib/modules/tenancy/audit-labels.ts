// Human names of the tenancy module's audited objects (manifest `auditLabels`): the city, its committees, units
// and areas by name.
import { forTenant, unsafePrisma } from "@/lib/db";
import type { AuditLabeler } from "../define";

type Named = { id: string; name: string };
const byName = (rows: Named[]) => new Map(rows.map((r) => [r.id, r.name]));
const named = { id: true, name: true } as const;

export const auditLabels: AuditLabeler = {
  // unsafe: Tenant is the platform's table; only the asking city's own row can be named.
  Tenant: async (tenantId, ids) => {
    if (!ids.includes(tenantId)) return new Map();
    const t = await unsafePrisma.tenant.findUnique({ where: { id: tenantId }, select: { id: true, fullName: true } });
    return new Map(t ? [[t.id, t.fullName]] : []);
  },
  Committee: async (tenantId, ids) =>
    byName(await forTenant(tenantId).committee.findMany({ where: { id: { in: ids } }, select: named })),
  Unit: async (tenantId, ids) =>
    byName(await forTenant(tenantId).unit.findMany({ where: { id: { in: ids } }, select: named })),
  Area: async (tenantId, ids) =>
    byName(await forTenant(tenantId).area.findMany({ where: { id: { in: ids } }, select: named })),
};
