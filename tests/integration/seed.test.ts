// The demo seed (lib/seed/seed-demo.ts) is idempotent. It writes fixed slugs (liaoyuan, …) that no other test
// file uses, so it is safe next to them; within this file the steps run in order.
import { describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { messageDemoAccounts } from "@/lib/modules/citizen-messages/seed";
import { authenticateUser } from "@/lib/modules/identity";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, PLATFORM_OPERATOR } from "@/lib/seed/demo-accounts";
import { demoTenants } from "@/lib/seed/demo-tenants";
import { seedDemo } from "@/lib/seed/seed-demo";

const slugs = demoTenants.map((t) => t.slug);

async function snapshot() {
  const tenants = await unsafePrisma.tenant.findMany({
    where: { slug: { in: slugs } },
    orderBy: { slug: "asc" },
    select: { id: true, slug: true },
  });
  const perTenant = await Promise.all(
    tenants.map(async (t) => {
      const where = { tenantId: t.id };
      const [users, roles, areas, committees, units, audits] = await Promise.all([
        unsafePrisma.user.count({ where }),
        unsafePrisma.roleAssignment.count({ where }),
        unsafePrisma.area.count({ where }),
        unsafePrisma.committee.count({ where }),
        unsafePrisma.unit.count({ where }),
        unsafePrisma.auditEvent.count({ where: { ...where, action: "system.seed" } }),
      ]);
      return { slug: t.slug, id: t.id, users, roles, areas, committees, units, audits };
    }),
  );
  const operators = await unsafePrisma.platformOperator.count({ where: { username: PLATFORM_OPERATOR.username } });
  return { perTenant, operators };
}

describe.sequential("seedDemo", () => {
  test("the demo data has several tenants with distinct, valid slugs", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(2);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain("liaoyuan");
    for (const s of slugs) expect(s).toMatch(/^[a-z][a-z0-9-]{1,39}$/);
  });

  test(
    "first run: every demo tenant with one account per role, its reference data and one seed audit row",
    { timeout: 180_000 },
    async () => {
      await seedDemo();
      const { perTenant, operators } = await snapshot();
      expect(perTenant.map((t) => t.slug)).toEqual([...slugs].sort());
      for (const t of perTenant) {
        const demo = demoTenants.find((d) => d.slug === t.slug)!;
        // The messages seeder adds an account per handling unit its messages go to (and 龙湖's station staff).
        const extra = messageDemoAccounts(
          t.slug,
          demo.units.map((u) => u.code),
        ).length;
        expect(t, t.slug).toMatchObject({
          users: DEMO_ACCOUNTS.length + extra,
          roles: DEMO_ACCOUNTS.length + extra,
          committees: demo.committees.length,
          units: demo.units.length,
          audits: 1,
        });
        expect(t.areas, t.slug).toBeGreaterThanOrEqual(demo.areas.length);
      }
      expect(operators).toBe(1);
    },
  );

  test("second run: nothing new, nothing duplicated", { timeout: 180_000 }, async () => {
    const before = await snapshot();
    const result = await seedDemo();
    expect(result).toEqual({ tenants: [] });
    expect(await snapshot()).toEqual(before);
  });

  test("scoped demo roles point at their own tenant's committee and unit", async () => {
    const liaoyuan = await unsafePrisma.tenant.findUniqueOrThrow({ where: { slug: "liaoyuan" } });
    const scoped = await unsafePrisma.roleAssignment.findMany({
      where: { tenantId: liaoyuan.id, role: { in: ["committee", "unit"] } },
    });
    // The demo committee and unit accounts, and the messages seeder's account per unit its messages go to.
    const demo = demoTenants.find((d) => d.slug === "liaoyuan")!;
    const units = demo.units.map((u) => u.code);
    expect(scoped).toHaveLength(2 + messageDemoAccounts("liaoyuan", units).length);
    for (const grant of scoped) {
      expect(grant.scopeId).not.toBeNull();
      const table = grant.role === "committee" ? unsafePrisma.committee : unsafePrisma.unit;
      expect(
        await (table as typeof unsafePrisma.committee).count({ where: { tenantId: liaoyuan.id, id: grant.scopeId! } }),
        grant.role,
      ).toBe(1);
    }
  });

  test("a demo account signs in with the demo password", async () => {
    const result = await authenticateUser({ tenantSlug: "liaoyuan", username: "admin", password: DEMO_PASSWORD });
    expect(result).toMatchObject({ ok: true, user: { tenantSlug: "liaoyuan", roles: ["admin"] } });
  });

  test("the demo cities and their accounts carry creation dates of 2025, a city before its accounts", async () => {
    const tenants = await unsafePrisma.tenant.findMany({
      where: { slug: { in: slugs } },
      select: { id: true, slug: true, createdAt: true },
    });
    const days = new Set<string>();
    for (const t of tenants) {
      expect(t.createdAt.getFullYear(), t.slug).toBe(2025);
      days.add(t.createdAt.toISOString().slice(0, 10));
      const users = await unsafePrisma.user.findMany({
        where: { tenantId: t.id, username: { in: DEMO_ACCOUNTS.map((a) => a.username) } },
        select: { createdAt: true },
      });
      for (const u of users) {
        expect(u.createdAt.getTime()).toBeGreaterThan(t.createdAt.getTime());
        expect(u.createdAt.getTime()).toBeLessThan(Date.now());
      }
    }
    expect(days.size).toBe(tenants.length);
  });
});
