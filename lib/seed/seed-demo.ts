// Seeds the demo tenants (lib/seed/demo-tenants.ts, drawn from shared/seeds) with their areas, committees,
// units and one account per role. Each tenant is created in one transaction and skipped if its slug exists,
// so seeding twice never duplicates anything.
import { writeAudit } from "@/lib/audit";
import { unsafePrisma } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import type { SeederDecl } from "@/lib/modules/define";
import { MANIFESTS } from "@/lib/modules/registry";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoPhone, PLATFORM_OPERATOR } from "./demo-accounts";
import { demoTenants, type DemoArea, type DemoTenant } from "./demo-tenants";
import { seedLock } from "./seed-tx";

type Tx = Parameters<Parameters<typeof unsafePrisma.$transaction>[0]>[0];

const DAY = 86_400_000;
/** When a demo city came onto the platform: early 2025, a few weeks apart (its accounts follow day by day), so no
 *  list reads as if everything was made the day the seed ran. */
export function demoTenantCreatedAt(index: number): Date {
  return new Date(Date.parse("2025-01-06T09:30:00+08:00") + index * 17 * DAY);
}
const LEVELS = ["DISTRICT", "STREET", "COMMUNITY"] as const;

async function createAreas(tx: Tx, tenantId: string, areas: DemoArea[], parentId: string | null, depth: number) {
  for (const [i, area] of areas.entries()) {
    const row = await tx.area.create({
      data: { tenantId, parentId, name: area.name, level: LEVELS[Math.min(depth, 2)]!, sortOrder: i },
    });
    if (area.children?.length) await createAreas(tx, tenantId, area.children, row.id, depth + 1);
  }
}

async function seedTenant(t: DemoTenant, index: number, passwordHash: string): Promise<boolean> {
  if (await unsafePrisma.tenant.findUnique({ where: { slug: t.slug }, select: { id: true } })) return false;
  return unsafePrisma.$transaction(
    async (tx) => {
      // Two seeders at once (two app processes starting together, parallel tests): one waits, then sees the tenant.
      await seedLock(tx, `lianxin-seed:${t.slug}`);
      if (await tx.tenant.findUnique({ where: { slug: t.slug }, select: { id: true } })) return false;
      const tenant = await tx.tenant.create({
        data: {
          slug: t.slug,
          shortName: t.shortName,
          fullName: t.fullName,
          nameEn: t.nameEn,
          fullNameEn: t.fullNameEn,
          province: t.province,
          intro: t.intro,
          createdAt: demoTenantCreatedAt(index),
        },
      });
      await createAreas(tx, tenant.id, t.areas, null, 0);
      await tx.committee.createMany({
        data: t.committees.map((c, i) => ({
          tenantId: tenant.id,
          code: c.code,
          name: c.name,
          nameEn: c.nameEn,
          shortName: c.shortName,
          sortOrder: i,
        })),
      });
      await tx.unit.createMany({
        data: t.units.map((u, i) => ({ tenantId: tenant.id, code: u.code, name: u.name, kind: u.kind, sortOrder: i })),
      });
      const legislativeCommittee =
        (await tx.committee.findFirst({ where: { tenantId: tenant.id, code: "legislative-affairs" } })) ??
        (await tx.committee.findFirst({ where: { tenantId: tenant.id }, orderBy: { sortOrder: "asc" } }));
      const firstUnit = await tx.unit.findFirst({ where: { tenantId: tenant.id }, orderBy: { sortOrder: "asc" } });
      for (const [i, account] of DEMO_ACCOUNTS.entries()) {
        const user = await tx.user.create({
          data: {
            tenantId: tenant.id,
            username: account.username,
            displayName: account.displayName,
            phone: demoPhone(index, i),
            passwordHash,
            createdAt: new Date(demoTenantCreatedAt(index).getTime() + (i + 1) * DAY),
          },
        });
        const scopeId =
          account.role === "committee" ? legislativeCommittee?.id : account.role === "unit" ? firstUnit?.id : null;
        await tx.roleAssignment.create({
          data: { tenantId: tenant.id, userId: user.id, role: account.role, scopeId: scopeId ?? null },
        });
      }
      await writeAudit(
        tx,
        tenant.id,
        { kind: "SYSTEM", name: "seed" },
        { action: "system.seed", entityType: "Tenant", entityId: tenant.id, after: { slug: t.slug } },
      );
      return true;
    },
    { timeout: 60_000 },
  );
}

/** Seeds the demo cities (all, or those named in `only`); idempotent. */
export async function seedDemo(
  log: (msg: string) => void = () => {},
  only?: readonly string[],
): Promise<{ tenants: string[] }> {
  // One hash for all demo accounts: they share the demo password anyway, and argon2id is slow on purpose.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const created: string[] = [];
  for (const [i, t] of demoTenants.entries()) {
    if (only && !only.includes(t.slug)) continue;
    if (await seedTenant(t, i, passwordHash)) {
      created.push(t.slug);
      log(`seeded ${t.slug} (${t.fullName})`);
    }
  }
  const slugs = demoTenants.map((t) => t.slug).filter((s) => !only || only.includes(s));
  for (const seeder of seedOrder()) await (await seeder.load())(slugs, log);
  await unsafePrisma.platformOperator
    .upsert({
      where: { username: PLATFORM_OPERATOR.username },
      update: {},
      create: { username: PLATFORM_OPERATOR.username, displayName: PLATFORM_OPERATOR.displayName, passwordHash },
    })
    .catch((err: { code?: string }) => {
      if (err.code !== "P2002") throw err; // another seeder created it a moment ago
    });
  return { tenants: created };
}

/** Every module's seeders (their manifests' `seeders`), each after the ones it names in `after`. */
export function seedOrder(decls: readonly SeederDecl[] = MANIFESTS.flatMap((m) => m.seeders ?? [])): SeederDecl[] {
  const byName = new Map(decls.map((d) => [d.name, d]));
  const done = new Set<string>();
  const order: SeederDecl[] = [];
  const visit = (d: SeederDecl, path: string[]) => {
    if (done.has(d.name)) return;
    if (path.includes(d.name))
      throw new Error(`Seeders depend on each other in a circle: ${[...path, d.name].join(" → ")}`);
    for (const name of d.after ?? []) {
      const dep = byName.get(name);
      if (!dep) throw new Error(`Seeder ${d.name} comes after ${name}, which no module declares`);
      visit(dep, [...path, d.name]);
    }
    done.add(d.name);
    order.push(d);
  };
  for (const d of decls) visit(d, []);
  return order;
}

export async function databaseIsEmpty(): Promise<boolean> {
  return (await unsafePrisma.tenant.count()) === 0;
}
