// Platform operators open new cities (lib/platform-action.ts + lib/modules/tenancy/create-tenant.ts).
import { describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { authenticateOperator, authenticateUser } from "@/lib/modules/identity";
import { createTenant as createTenantAction } from "@/lib/modules/tenancy";
import { executePlatformAction } from "@/lib/platform-action";
import {
  anonymousContext,
  auditRows,
  createOperator,
  createTenant,
  createUser,
  operatorContext,
  sessionFor,
  TEST_PASSWORD,
  uniqueSuffix,
} from "../factories";

function tenantInput(overrides: Record<string, unknown> = {}) {
  return {
    slug: `p-${uniqueSuffix()}`,
    shortName: "新城",
    fullName: "新城市人大常委会",
    province: "测试省",
    intro: "一座新城市。",
    adminUsername: "admin",
    adminDisplayName: "首任管理员",
    adminPassword: "First-admin-passw0rd",
    ...overrides,
  };
}

describe("executePlatformAction(createTenant)", () => {
  test("creates the tenant, its admin and two audit rows in the new tenant", async () => {
    const operator = await createOperator();
    const ctx = await operatorContext(operator);
    const input = tenantInput();
    const result = await executePlatformAction(createTenantAction, input, ctx);
    expect(result).toEqual({ ok: true, data: { id: expect.any(String), slug: input.slug } });
    const tenantId = (result as { data: { id: string } }).data.id;

    expect(await unsafePrisma.tenant.findUnique({ where: { id: tenantId } })).toMatchObject({
      slug: input.slug,
      shortName: "新城",
      fullName: "新城市人大常委会",
      province: "测试省",
      intro: "一座新城市。",
      active: true,
    });
    const users = await unsafePrisma.user.findMany({ where: { tenantId }, include: { roles: true } });
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ username: "admin", displayName: "首任管理员", active: true });
    expect(users[0]!.roles.map((r) => [r.role, r.scopeId])).toEqual([["admin", null]]);

    const audits = await auditRows(tenantId);
    expect(audits.map((a) => a.action)).toEqual(["tenant.create", "user.create"]);
    for (const a of audits) {
      expect(a).toMatchObject({
        actorKind: "PLATFORM",
        actorId: operator.id,
        actorName: operator.displayName,
        requestId: ctx.requestId,
        ip: "127.0.0.1",
      });
    }
    expect(audits[0]).toMatchObject({ entityType: "Tenant", entityId: tenantId });
    expect(audits[1]).toMatchObject({ entityType: "User", entityId: users[0]!.id });
    expect(JSON.stringify(audits.map((a) => [a.before, a.after]))).not.toContain("First-admin-passw0rd");

    // The new admin can sign in straight away.
    const signIn = await authenticateUser({
      tenantSlug: input.slug,
      username: "admin",
      password: "First-admin-passw0rd",
    });
    expect(signIn).toMatchObject({ ok: true, user: { tenantId, roles: ["admin"] } });
  });

  test("a duplicate slug: CONFLICT on slug, nothing new", async () => {
    const existing = await createTenant();
    const ctx = await operatorContext();
    const result = await executePlatformAction(createTenantAction, tenantInput({ slug: existing.slug }), ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("CONFLICT");
    expect(result.error.fieldErrors?.slug?.[0]).toBe("该网址标识已被其他城市使用。");
    expect(await unsafePrisma.tenant.count({ where: { slug: existing.slug } })).toBe(1);
    expect(await unsafePrisma.user.count({ where: { tenantId: existing.id } })).toBe(0);
  });

  test("the slug is normalised before the duplicate check", async () => {
    const existing = await createTenant();
    const result = await executePlatformAction(
      createTenantAction,
      tenantInput({ slug: ` ${existing.slug.toUpperCase()} ` }),
      await operatorContext(),
    );
    expect(result.ok === false && result.error.code).toBe("CONFLICT");
  });

  test("two concurrent creations of one slug: one tenant, one admin, one pair of audit rows", async () => {
    const ctx = await operatorContext();
    const input = tenantInput();
    const results = await Promise.all([
      executePlatformAction(createTenantAction, input, ctx),
      executePlatformAction(createTenantAction, input, ctx),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(["CONFLICT"]);
    const tenant = await unsafePrisma.tenant.findUniqueOrThrow({ where: { slug: input.slug } });
    expect(await unsafePrisma.user.count({ where: { tenantId: tenant.id } })).toBe(1);
    expect(await unsafePrisma.auditEvent.count({ where: { tenantId: tenant.id } })).toBe(2);
  });

  test("a reserved or malformed slug: VALIDATION", async () => {
    const ctx = await operatorContext();
    for (const slug of ["api", "platform", "1city", "x"]) {
      const result = await executePlatformAction(createTenantAction, tenantInput({ slug }), ctx);
      expect(result.ok === false && result.error.code, slug).toBe("VALIDATION");
      expect(result.ok === false && Object.keys(result.error.fieldErrors ?? {}), slug).toEqual(["slug"]);
      expect(await unsafePrisma.tenant.count({ where: { slug } })).toBe(0);
    }
  });

  test("a tenant user's session, even an admin's: NOT_FOUND, nothing created", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant, { roles: ["admin"] });
    const input = tenantInput();
    const result = await executePlatformAction(createTenantAction, input, sessionFor(admin));
    expect(result.ok === false && result.error.code).toBe("NOT_FOUND");
    expect(await unsafePrisma.tenant.count({ where: { slug: input.slug } })).toBe(0);
  });

  test("no session: UNAUTHENTICATED; a disabled or unknown operator: NOT_FOUND", async () => {
    const input = tenantInput();
    const none = await executePlatformAction(createTenantAction, input, anonymousContext());
    expect(none.ok === false && none.error.code).toBe("UNAUTHENTICATED");
    const disabled = await executePlatformAction(
      createTenantAction,
      input,
      await operatorContext(await createOperator({ active: false })),
    );
    expect(disabled.ok === false && disabled.error.code).toBe("NOT_FOUND");
    const ghost = await executePlatformAction(
      createTenantAction,
      input,
      await operatorContext({ id: "0190a000-0000-7000-8000-000000000000" }),
    );
    expect(ghost.ok === false && ghost.error.code).toBe("NOT_FOUND");
    expect(await unsafePrisma.tenant.count({ where: { slug: input.slug } })).toBe(0);
  });
});

describe("authenticateOperator", () => {
  test("right password signs in; 5 wrong ones lock", async () => {
    const operator = await createOperator();
    expect(await authenticateOperator({ username: operator.username, password: TEST_PASSWORD })).toEqual({
      ok: true,
      operator: { id: operator.id, displayName: operator.displayName },
    });
    const start = new Date();
    for (let i = 0; i < 4; i++)
      expect(
        await authenticateOperator({ username: operator.username, password: "Wrong-passw0rd" }, null, start),
      ).toEqual({ ok: false, reason: "INVALID" });
    // The locking attempt answers INVALID (an unknown operator never locks); so does the right password while locked.
    expect(
      await authenticateOperator({ username: operator.username, password: "Wrong-passw0rd" }, null, start),
    ).toEqual({ ok: false, reason: "INVALID" });
    expect(await authenticateOperator({ username: operator.username, password: TEST_PASSWORD }, null, start)).toEqual({
      ok: false,
      reason: "INVALID",
    });
    expect(
      (
        await authenticateOperator(
          { username: operator.username, password: TEST_PASSWORD },
          null,
          new Date(start.getTime() + 16 * 60_000),
        )
      ).ok,
    ).toBe(true);
  });

  test("unknown and disabled operators", async () => {
    expect(await authenticateOperator({ username: `nobody-${uniqueSuffix(4)}`, password: TEST_PASSWORD })).toEqual({
      ok: false,
      reason: "INVALID",
    });
    const disabled = await createOperator({ active: false });
    expect(await authenticateOperator({ username: disabled.username, password: TEST_PASSWORD })).toEqual({
      ok: false,
      reason: "DISABLED",
    });
  });
});
