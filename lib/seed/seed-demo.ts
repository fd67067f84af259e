// Seeds the demo tenants (lib/seed/demo-tenants.ts, drawn from shared/seeds) with their areas, committees,
// units and one account per role. Each tenant is created in one transaction and skipped if its slug exists,
// so seeding twice never duplicates anything.
import { writeAudit } from "@/lib/audit";
import { unsafePrisma } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import { seedConsultationDemo } from "./consultation/chengdu-consultation";
import { seedContactPointsDemo, seedPointAssignmentsDemo } from "./consultation/contact-points";
import { seedLegislationDemo } from "./legislation";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoPhone, PLATFORM_OPERATOR } from "./demo-accounts";
import { demoTenants, type DemoArea, type DemoTenant } from "./demo-tenants";

type Tx = Parameters<Parameters<typeof unsafePrisma.$transaction>[0]>[0];
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
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`lianxin-seed:${t.slug}`}))`;
      if (await tx.tenant.findUnique({ where: { slug: t.slug }, select: { id: true } })) return false;
      const tenant = await tx.tenant.create({
        data: { slug: t.slug, shortName: t.shortName, fullName: t.fullName, province: t.province, intro: t.intro },
      });
      await createAreas(tx, tenant.id, t.areas, null, 0);
      await tx.committee.createMany({
        data: t.committees.map((c, i) => ({
          tenantId: tenant.id,
          code: c.code,
          name: c.name,
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

export async function seedDemo(log: (msg: string) => void = () => {}): Promise<{ tenants: string[] }> {
  // One hash for all demo accounts: they share the demo password anyway, and argon2id is slow on purpose.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const created: string[] = [];
  for (const [i, t] of demoTenants.entries()) {
    if (await seedTenant(t, i, passwordHash)) {
      created.push(t.slug);
      log(`seeded ${t.slug} (${t.fullName})`);
    }
  }
  const slugs = demoTenants.map((t) => t.slug);
  await seedLegislationDemo(slugs, log);
  // Consultation data builds on the drafts above: contact points first, then consultations and their
  // opinions (some from the points), then the points' assignments to them.
  await seedContactPointsDemo(slugs, log);
  await seedConsultationDemo(slugs, log);
  await seedPointAssignmentsDemo(slugs, log);
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

export async function databaseIsEmpty(): Promise<boolean> {
  return (await unsafePrisma.tenant.count()) === 0;
}
