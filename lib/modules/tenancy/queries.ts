// Reference data of a tenant (areas, committees, units) and the platform's list of tenants.
import { forTenant, unsafePrisma } from "@/lib/db";

export type AreaNode = { id: string; name: string; level: string; children: AreaNode[] };

export async function getAreaTree(tenantId: string): Promise<AreaNode[]> {
  const rows = await forTenant(tenantId).area.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, parentId: true, name: true, level: true },
  });
  const nodes = new Map(
    rows.map((r) => [r.id, { id: r.id, name: r.name, level: r.level, children: [] as AreaNode[] }]),
  );
  const roots: AreaNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id)!;
    const parent = r.parentId ? nodes.get(r.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export function listCommittees(tenantId: string) {
  return forTenant(tenantId).committee.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, nameEn: true, shortName: true },
  });
}

export function listUnits(tenantId: string) {
  return forTenant(tenantId).unit.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, kind: true },
  });
}

/** Active tenants for the public landing page. */
export function listActiveTenants() {
  return unsafePrisma.tenant.findMany({
    where: { active: true },
    orderBy: { createdAt: "asc" },
    select: { slug: true, shortName: true, fullName: true, nameEn: true, fullNameEn: true, province: true },
  });
}

/** All tenants with their user counts, for platform operators. */
export async function listAllTenants() {
  const tenants = await unsafePrisma.tenant.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      slug: true,
      shortName: true,
      fullName: true,
      nameEn: true,
      fullNameEn: true,
      province: true,
      active: true,
      createdAt: true,
    },
  });
  // One count per tenant: a platform has tens of cities, and each count names its tenant for the guard.
  const counts = await Promise.all(tenants.map((t) => unsafePrisma.user.count({ where: { tenantId: t.id } })));
  return tenants.map((t, i) => ({ ...t, userCount: counts[i]! }));
}
