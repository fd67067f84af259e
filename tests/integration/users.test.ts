// User management: updateUser, resetPassword, changePassword and listUsers.
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import {
  authenticateUser,
  changePassword,
  createUser as createUserAction,
  getUser,
  listUsers,
  resetPassword,
  updateUser,
  userListFilterSchema,
  USERS_PER_PAGE,
} from "@/lib/modules/identity";
import { listUsersForApi, getUserForApi } from "@/lib/modules/identity";
import {
  auditRows,
  createCommittee,
  createTenant,
  createUnit,
  createUser,
  sessionFor,
  TEST_PASSWORD,
  uniqueSuffix,
} from "../factories";

async function adminOfNewTenant() {
  const tenant = await createTenant();
  const admin = await createUser(tenant, { roles: ["admin"], displayName: "管理员" });
  return { tenant, admin };
}

function userRow(tenantId: string, id: string) {
  return unsafePrisma.user.findFirstOrThrow({
    where: { tenantId, id },
    include: { roles: { select: { role: true, scopeId: true } } },
  });
}

describe("updateUser", () => {
  test("an admin cannot disable themselves: CONFLICT, nothing changes", async () => {
    const { tenant, admin } = await adminOfNewTenant();
    const result = await executeAction(updateUser, tenant.slug, { userId: admin.id, active: false }, sessionFor(admin));
    expect(result.ok === false && result.error.code).toBe("CONFLICT");
    expect(result.ok === false && result.error.message).toBe("不能停用自己的账号或取消自己的管理员角色。");
    expect((await userRow(tenant.id, admin.id)).active).toBe(true);
    expect(await auditRows(tenant.id)).toEqual([]);
  });

  test("an admin cannot drop their own admin role", async () => {
    const { tenant, admin } = await adminOfNewTenant();
    const result = await executeAction(
      updateUser,
      tenant.slug,
      { userId: admin.id, roles: [{ role: "legislative" }] },
      sessionFor(admin),
    );
    expect(result.ok === false && result.error.code).toBe("CONFLICT");
    expect((await userRow(tenant.id, admin.id)).roles).toEqual([{ role: "admin", scopeId: null }]);
  });

  test("disabling another user is audited as user.disable with before and after, and ends their session", async () => {
    const { tenant, admin } = await adminOfNewTenant();
    const other = await createUser(tenant, { roles: ["admin"], phone: "13900001111" });
    expect(
      (await executeAction(updateUser, tenant.slug, { userId: admin.id, displayName: "还可以" }, sessionFor(other))).ok,
    ).toBe(true);

    const ctx = sessionFor(admin);
    const result = await executeAction(
      updateUser,
      tenant.slug,
      { userId: other.id, active: false, phone: "13900001111" },
      ctx,
    );
    expect(result).toEqual({ ok: true, data: { id: other.id } });
    expect((await userRow(tenant.id, other.id)).active).toBe(false);
    const audit = (await auditRows(tenant.id, { entityId: other.id }))[0]!;
    expect(audit).toMatchObject({ action: "user.disable", actorId: admin.id, requestId: ctx.requestId });
    expect(audit.before).toMatchObject({ active: true, username: other.username });
    expect(audit.after).toMatchObject({ active: false });

    // Their session is no longer good for anything.
    const theirs = await executeAction(
      updateUser,
      tenant.slug,
      { userId: admin.id, displayName: "x" },
      sessionFor(other),
    );
    expect(theirs.ok === false && theirs.error.code).toBe("UNAUTHENTICATED");

    const enabled = await executeAction(updateUser, tenant.slug, { userId: other.id, active: true }, ctx);
    expect(enabled.ok).toBe(true);
    expect((await auditRows(tenant.id, { entityId: other.id })).map((r) => r.action)).toEqual([
      "user.disable",
      "user.enable",
    ]);
  });

  test("roles are replaced as a whole", async () => {
    const { tenant, admin } = await adminOfNewTenant();
    const committee = await createCommittee(tenant);
    const unit = await createUnit(tenant);
    const user = await createUser(tenant, { roles: ["deputy"] });
    const roles = [
      { role: "committee", scopeId: committee.id },
      { role: "unit", scopeId: unit.id },
      { role: "leader" },
    ];
    expect((await executeAction(updateUser, tenant.slug, { userId: user.id, roles }, sessionFor(admin))).ok).toBe(true);
    expect((await userRow(tenant.id, user.id)).roles.sort((x, y) => x.role.localeCompare(y.role))).toEqual([
      { role: "committee", scopeId: committee.id },
      { role: "leader", scopeId: null },
      { role: "unit", scopeId: unit.id },
    ]);
  });

  test("a committee or unit scope of ANOTHER tenant: VALIDATION on roles, nothing changes", async () => {
    const { tenant, admin } = await adminOfNewTenant();
    const user = await createUser(tenant, { roles: ["deputy"] });
    const elsewhere = await createTenant();
    const foreignCommittee = await createCommittee(elsewhere);
    const foreignUnit = await createUnit(elsewhere);
    for (const roles of [
      [{ role: "committee", scopeId: foreignCommittee.id }],
      [{ role: "unit", scopeId: foreignUnit.id }],
      [{ role: "deputy" }, { role: "committee", scopeId: foreignCommittee.id }],
    ]) {
      const result = await executeAction(updateUser, tenant.slug, { userId: user.id, roles }, sessionFor(admin));
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe("VALIDATION");
      expect(result.error.fieldErrors?.roles?.[0]).toBe("请为该角色选择本市的委员会或承办单位。");
    }
    expect((await userRow(tenant.id, user.id)).roles).toEqual([{ role: "deputy", scopeId: null }]);
    expect(await auditRows(tenant.id)).toEqual([]);
  });

  test("other scope problems: a committee role without scope, a committee given as a unit, an inactive committee, a scope on an unscoped role", async () => {
    const { tenant, admin } = await adminOfNewTenant();
    const user = await createUser(tenant, { roles: ["deputy"] });
    const committee = await createCommittee(tenant);
    const inactive = await createCommittee(tenant, { active: false });
    for (const roles of [
      [{ role: "committee" }],
      [{ role: "unit", scopeId: committee.id }],
      [{ role: "committee", scopeId: inactive.id }],
      [{ role: "admin", scopeId: committee.id }],
    ]) {
      const result = await executeAction(updateUser, tenant.slug, { userId: user.id, roles }, sessionFor(admin));
      expect(result.ok === false && result.error.code, JSON.stringify(roles)).toBe("VALIDATION");
    }
    expect((await userRow(tenant.id, user.id)).roles).toEqual([{ role: "deputy", scopeId: null }]);
  });

  test("a user of another tenant: NOT_FOUND, untouched", async () => {
    const { tenant, admin } = await adminOfNewTenant();
    const elsewhere = await createTenant();
    const stranger = await createUser(elsewhere, { roles: ["deputy"] });
    const result = await executeAction(
      updateUser,
      tenant.slug,
      { userId: stranger.id, active: false, roles: [{ role: "admin" }] },
      sessionFor(admin),
    );
    expect(result.ok === false && result.error.code).toBe("NOT_FOUND");
    const row = await userRow(elsewhere.id, stranger.id);
    expect(row.active).toBe(true);
    expect(row.roles).toEqual([{ role: "deputy", scopeId: null }]);
  });
});

describe("createUser with scopes of another tenant", () => {
  test("VALIDATION, and no user is created", async () => {
    const { tenant, admin } = await adminOfNewTenant();
    const foreign = await createCommittee(await createTenant());
    const username = `s-${uniqueSuffix(6)}`;
    const result = await executeAction(
      createUserAction,
      tenant.slug,
      { username, displayName: "跨市", password: "Abcdefgh12", roles: [{ role: "committee", scopeId: foreign.id }] },
      sessionFor(admin),
    );
    expect(result.ok === false && result.error.code).toBe("VALIDATION");
    expect(await unsafePrisma.user.count({ where: { tenantId: tenant.id, username } })).toBe(0);
  });
});

describe("changePassword", () => {
  const input = {
    currentPassword: TEST_PASSWORD,
    newPassword: "Brand-new-passw0rd",
    confirmPassword: "Brand-new-passw0rd",
  };

  test("a wrong current password: VALIDATION on currentPassword, nothing changes", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant, { roles: ["deputy"] });
    const before = await userRow(tenant.id, user.id);
    const result = await executeAction(
      changePassword,
      tenant.slug,
      { ...input, currentPassword: "Not-the-passw0rd" },
      sessionFor(user),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("VALIDATION");
    expect(Object.keys(result.error.fieldErrors ?? {})).toEqual(["currentPassword"]);
    expect(result.error.fieldErrors!.currentPassword![0]).toBe("当前密码不正确。");
    const after = await userRow(tenant.id, user.id);
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.passwordChangedAt).toEqual(before.passwordChangedAt);
    expect(await auditRows(tenant.id)).toEqual([]);
  });

  test("success: new hash, passwordChangedAt moves, sessions issued before end, the new password signs in", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant, { roles: ["deputy"], passwordChangedAt: new Date(Date.now() - 3_600_000) });
    const before = await userRow(tenant.id, user.id);
    const session = sessionFor(user, { authAt: Date.now() - 10_000 });

    const result = await executeAction(changePassword, tenant.slug, input, session);
    expect(result).toEqual({ ok: true, data: { signedOut: true } });

    const after = await userRow(tenant.id, user.id);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(after.passwordChangedAt.getTime()).toBeGreaterThan(before.passwordChangedAt.getTime());
    expect(after.passwordChangedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await auditRows(tenant.id)).toEqual([
      expect.objectContaining({ action: "account.changePassword", actorId: user.id, entityId: user.id }),
    ]);

    const again = await executeAction(
      changePassword,
      tenant.slug,
      {
        ...input,
        currentPassword: input.newPassword,
        newPassword: "Third-passw0rd",
        confirmPassword: "Third-passw0rd",
      },
      session,
    );
    expect(again.ok === false && again.error.code).toBe("UNAUTHENTICATED");

    const signIn = (password: string) =>
      authenticateUser({ tenantSlug: tenant.slug, username: user.username, password });
    expect((await signIn(input.newPassword)).ok).toBe(true);
    expect(await signIn(TEST_PASSWORD)).toEqual({ ok: false, reason: "INVALID" });
  });

  test("the schema's own rules apply: mismatch and unchanged", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant, { roles: ["unit"] });
    const mismatch = await executeAction(
      changePassword,
      tenant.slug,
      { ...input, confirmPassword: "Other-passw0rd" },
      sessionFor(user),
    );
    expect(mismatch.ok === false && Object.keys(mismatch.error.fieldErrors ?? {})).toEqual(["confirmPassword"]);
    const unchanged = await executeAction(
      changePassword,
      tenant.slug,
      { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD },
      sessionFor(user),
    );
    expect(unchanged.ok === false && Object.keys(unchanged.error.fieldErrors ?? {})).toEqual(["newPassword"]);
  });
});

describe("resetPassword", () => {
  test("an admin resets a locked user's password: unlocked, signed out, new password works", async () => {
    const { tenant, admin } = await adminOfNewTenant();
    const user = await createUser(tenant, { roles: ["deputy"] });
    await unsafePrisma.user.update({
      where: { tenantId: tenant.id, id: user.id },
      data: { lockedUntil: new Date(Date.now() + 600_000), failedLoginCount: 3 },
    });
    const result = await executeAction(
      resetPassword,
      tenant.slug,
      { userId: user.id, password: "Reset-passw0rd" },
      sessionFor(admin),
    );
    expect(result).toEqual({ ok: true, data: { id: user.id } });
    const row = await userRow(tenant.id, user.id);
    expect(row).toMatchObject({ lockedUntil: null, failedLoginCount: 0 });
    expect(
      (await authenticateUser({ tenantSlug: tenant.slug, username: user.username, password: "Reset-passw0rd" })).ok,
    ).toBe(true);
    expect((await auditRows(tenant.id, { action: "user.resetPassword" }))[0]).toMatchObject({
      entityId: user.id,
      actorId: admin.id,
    });
  });

  test("a user of another tenant: NOT_FOUND, password untouched", async () => {
    const { tenant, admin } = await adminOfNewTenant();
    const elsewhere = await createTenant();
    const stranger = await createUser(elsewhere);
    const before = await userRow(elsewhere.id, stranger.id);
    const result = await executeAction(
      resetPassword,
      tenant.slug,
      { userId: stranger.id, password: "Reset-passw0rd" },
      sessionFor(admin),
    );
    expect(result.ok === false && result.error.code).toBe("NOT_FOUND");
    expect((await userRow(elsewhere.id, stranger.id)).passwordHash).toBe(before.passwordHash);
  });
});

describe("listUsers", () => {
  async function populated() {
    const { tenant, admin } = await adminOfNewTenant();
    const deputyA = await createUser(tenant, {
      username: `dep-a-${uniqueSuffix(4)}`,
      displayName: "代表甲",
      roles: ["deputy"],
      phone: "13812341234",
    });
    const deputyB = await createUser(tenant, {
      username: `dep-b-${uniqueSuffix(4)}`,
      displayName: "代表乙",
      roles: ["deputy", "station"],
      phone: "13900000000",
      active: false,
    });
    const leader = await createUser(tenant, {
      username: `lead-${uniqueSuffix(4)}`,
      displayName: "主任",
      roles: ["leader"],
    });
    // Someone elsewhere who must never show up.
    await createUser(await createTenant(), { roles: ["deputy"], phone: "13700000000" });
    return { tenant, admin, deputyA, deputyB, leader };
  }

  test("masks phones and never carries a password hash", async () => {
    const { tenant, deputyA, deputyB, leader, admin } = await populated();
    const list = await listUsers(tenant.id, userListFilterSchema.parse({}));
    expect(list.total).toBe(4);
    expect(list.pageCount).toBe(1);
    const byId = new Map(list.users.map((u) => [u.id, u]));
    expect(new Set(byId.keys())).toEqual(new Set([admin.id, deputyA.id, deputyB.id, leader.id]));
    expect(byId.get(deputyA.id)!.phone).toBe("138****1234");
    expect(byId.get(deputyB.id)!.phone).toBe("139****0000");
    expect(byId.get(leader.id)!.phone).toBe("");
    expect(byId.get(deputyB.id)!.roles.sort()).toEqual(["deputy", "station"]);
    const text = JSON.stringify(list);
    expect(text).not.toContain("13812341234");
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("argon2");
    // Active users first.
    expect(list.users.at(-1)!.id).toBe(deputyB.id);
  });

  test("filters by role, status and text", async () => {
    const { tenant, deputyA, deputyB, leader } = await populated();
    const ids = async (query: Record<string, string>) =>
      (await listUsers(tenant.id, userListFilterSchema.parse(query))).users.map((u) => u.id).sort();
    expect(await ids({ role: "deputy" })).toEqual([deputyA.id, deputyB.id].sort());
    expect(await ids({ role: "station" })).toEqual([deputyB.id]);
    expect(await ids({ status: "disabled" })).toEqual([deputyB.id]);
    expect(await ids({ role: "deputy", status: "active" })).toEqual([deputyA.id]);
    expect(await ids({ q: "主任" })).toEqual([leader.id]);
    expect(await ids({ q: deputyA.username.toUpperCase() })).toEqual([deputyA.id]);
    expect(await ids({ role: "unit" })).toEqual([]);
  });

  test("pages of USERS_PER_PAGE", async () => {
    const tenant = await createTenant();
    await Promise.all(Array.from({ length: USERS_PER_PAGE + 1 }, () => createUser(tenant, { roles: ["deputy"] })));
    const first = await listUsers(tenant.id, userListFilterSchema.parse({}));
    const second = await listUsers(tenant.id, userListFilterSchema.parse({ page: "2" }));
    expect(first.total).toBe(USERS_PER_PAGE + 1);
    expect(first.pageCount).toBe(2);
    expect(first.users).toHaveLength(USERS_PER_PAGE);
    expect(second.users).toHaveLength(1);
    expect(first.users.map((u) => u.id)).not.toContain(second.users[0]!.id);
  });

  test("the API reads: admin only, masked phone, another tenant's user is NOT_FOUND", async () => {
    const { tenant, admin, deputyA } = await populated();
    const list = await listUsersForApi(tenant.slug, { role: "deputy" }, sessionFor(admin));
    expect(list.ok && list.data.total).toBe(2);
    const one = await getUserForApi(tenant.slug, deputyA.id, sessionFor(admin));
    expect(one.ok && one.data.phone).toBe("138****1234");
    const forbidden = await listUsersForApi(tenant.slug, {}, sessionFor(deputyA));
    expect(forbidden.ok === false && forbidden.error.code).toBe("FORBIDDEN");
    const stranger = await createUser(await createTenant());
    const missing = await getUserForApi(tenant.slug, stranger.id, sessionFor(admin));
    expect(missing.ok === false && missing.error.code).toBe("NOT_FOUND");
    expect(await getUser(tenant.id, "not-a-uuid")).toBeNull();
  });
});

describe("a NUL character in input", () => {
  test("is a VALIDATION answer naming the field, not a database error, and nothing is stored", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant, { roles: ["admin"] });
    const username = `nul${uniqueSuffix()}`.slice(0, 30);
    const result = await executeAction(
      createUserAction,
      tenant.slug,
      { username, displayName: "a\u0000b", password: "Good-pass-2026", roles: [{ role: "leader" }] },
      sessionFor(admin),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("VALIDATION");
    expect(result.error.fieldErrors?.displayName?.[0]).toContain("NUL");
    expect(await unsafePrisma.user.count({ where: { tenantId: tenant.id, username } })).toBe(0);
  });

  test("in a username at sign-in is simply a failed sign-in", async () => {
    const tenant = await createTenant();
    const result = await authenticateUser({ tenantSlug: tenant.slug, username: "ad\u0000min", password: "whatever-1" });
    expect(result).toEqual({ ok: false, reason: "INVALID" });
  });
});
