// Editing users (issue #9, item 7): a field left out of an update is left as it is (a missing phone used to be
// written as null), and the demo contact-point coordinator of a seeded city keeps its scoped role when an admin
// saves the user form (validate-role-scopes.ts takes the scopes from the manifests).
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { getUser, listScopeChoices, updateUser } from "@/lib/modules/identity";
import { DEMO_CONTACT_POINTS, seedContactPointsFor } from "@/lib/modules/contact-points/seed";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";
import { createTenant, createUser, sessionFor } from "../factories";

async function phoneOf(tenantId: string, id: string) {
  return (await unsafePrisma.user.findFirstOrThrow({ where: { tenantId, id }, select: { phone: true } })).phone;
}

describe("updateUser leaves absent fields alone", () => {
  test("no phone in the update: the phone stays; an empty one clears it; a new one replaces it", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant, { roles: ["admin"] });
    const user = await createUser(tenant, { roles: ["deputy"], phone: "13812341234" });
    const update = (input: Record<string, unknown>) =>
      executeAction(updateUser, tenant.slug, { userId: user.id, ...input }, sessionFor(admin));

    expect((await update({ displayName: "新名字" })).ok).toBe(true);
    expect(await phoneOf(tenant.id, user.id)).toBe("13812341234");
    expect((await update({ active: true, roles: [{ role: "leader" }] })).ok).toBe(true);
    expect(await phoneOf(tenant.id, user.id)).toBe("13812341234");

    expect((await update({ phone: "13998765678" })).ok).toBe(true);
    expect(await phoneOf(tenant.id, user.id)).toBe("13998765678");
    expect((await update({ phone: "" })).ok).toBe(true);
    expect(await phoneOf(tenant.id, user.id)).toBeNull();
  });
});

describe("the demo contact-point coordinator", () => {
  test("keeps its scoped contactPoint role through an edit", async () => {
    // Liaoyuan's coordinator as the demo seed makes it (lib/seed/seed-demo.ts: the account and its unscoped role;
    // the contact points' seeder: its points, and the role scoped to 银河社区), in a fresh city of this test's own.
    const tenant = await createTenant();
    const admin = await createUser(tenant, { roles: ["admin"] });
    const demo = DEMO_ACCOUNTS.find((a) => a.username === "contact-point")!;
    const coordinator = await createUser(tenant, {
      username: demo.username,
      displayName: demo.displayName,
      phone: "13900001111",
      roles: [{ role: demo.role, scopeId: null }],
    });
    expect(await seedContactPointsFor(tenant.id, tenant.slug, DEMO_CONTACT_POINTS.liaoyuan!)).toBe(true);
    const before = (await getUser(tenant.id, coordinator.id))!;
    const grant = before.roles.find((r) => r.role === "contactPoint");
    expect(grant?.scopeId, "the seed scopes the role to its point").toBeTruthy();

    // The form offers the city's points for the role, the seeded one among them.
    const choices = await listScopeChoices(tenant.id);
    expect(choices.contactPoint?.required).toBe(false);
    expect(choices.contactPoint?.options.map((o) => o.id)).toContain(grant!.scopeId);

    // What the user form sends on save: the roles as loaded, the rest unchanged.
    const result = await executeAction(
      updateUser,
      tenant.slug,
      { userId: coordinator.id, displayName: before.displayName, active: true, roles: before.roles },
      sessionFor(admin),
    );
    expect(result).toEqual({ ok: true, data: { id: coordinator.id } });
    const after = (await getUser(tenant.id, coordinator.id))!;
    expect(after.roles).toEqual([{ role: "contactPoint", scopeId: grant!.scopeId }]);
    expect(after.phone).toBe(before.phone);

    // Another point of the city, and "not limited", are accepted too; another city's point is not.
    const other = choices.contactPoint!.options.find((o) => o.id !== grant!.scopeId)!;
    for (const scopeId of [other.id, null, grant!.scopeId]) {
      const moved = await executeAction(
        updateUser,
        tenant.slug,
        { userId: coordinator.id, roles: [{ role: "contactPoint", scopeId }] },
        sessionFor(admin),
      );
      expect(moved.ok, String(scopeId)).toBe(true);
    }
    const elsewhere = await createTenant();
    const foreignPoint = await unsafePrisma.contactPoint.create({
      data: { tenantId: elsewhere.id, name: "外市联系点", type: "COMMUNITY" },
    });
    const refused = await executeAction(
      updateUser,
      tenant.slug,
      { userId: coordinator.id, roles: [{ role: "contactPoint", scopeId: foreignPoint.id }] },
      sessionFor(admin),
    );
    expect(refused.ok === false && refused.error.code).toBe("VALIDATION");
    expect((await getUser(tenant.id, coordinator.id))!.roles).toEqual([
      { role: "contactPoint", scopeId: grant!.scopeId },
    ]);
  });
});
