// Sign-in with lockout (lib/modules/identity/authenticate-user.ts): 5 wrong passwords lock for 15 minutes.
import { describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { authenticateUser, LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from "@/lib/modules/identity";
import { auditRows, createTenant, createUser, TEST_PASSWORD } from "../factories";

const WRONG = "Wrong-passw0rd";
const meta = { requestId: "test-lockout", ip: "192.0.2.7" };

async function setup() {
  const tenant = await createTenant();
  const user = await createUser(tenant, { roles: ["deputy", "legislative"], displayName: "登录者" });
  const signIn = (password: string, now?: Date, username = user.username) =>
    authenticateUser({ tenantSlug: tenant.slug, username, password }, meta, now);
  const row = () => unsafePrisma.user.findFirstOrThrow({ where: { tenantId: tenant.id, id: user.id } });
  return { tenant, user, signIn, row };
}

test("the rule is 5 attempts and 15 minutes", () => {
  expect(MAX_FAILED_LOGINS).toBe(5);
  expect(LOCKOUT_MINUTES).toBe(15);
});

describe("authenticateUser", () => {
  test("the right password signs in, with the user's roles, and is audited", async () => {
    const { tenant, user, signIn, row } = await setup();
    const result = await signIn(TEST_PASSWORD);
    expect(result).toEqual({
      ok: true,
      user: {
        id: user.id,
        tenantId: tenant.id,
        tenantSlug: tenant.slug,
        displayName: "登录者",
        roles: expect.arrayContaining(["deputy", "legislative"]),
      },
    });
    expect((await row()).lastLoginAt).toBeInstanceOf(Date);
    expect(await auditRows(tenant.id)).toEqual([
      expect.objectContaining({
        action: "auth.login",
        actorKind: "USER",
        actorId: user.id,
        entityId: user.id,
        requestId: "test-lockout",
        ip: "192.0.2.7",
      }),
    ]);
  });

  test("the username is case- and space-insensitive", async () => {
    const { user, signIn } = await setup();
    expect((await signIn(TEST_PASSWORD, undefined, `  ${user.username.toUpperCase()} `)).ok).toBe(true);
  });

  test("4 wrong passwords, then the right one succeeds and resets the counter", async () => {
    const { tenant, signIn, row } = await setup();
    for (let i = 1; i <= 4; i++) {
      expect(await signIn(WRONG)).toEqual({ ok: false, reason: "INVALID" });
      expect((await row()).failedLoginCount).toBe(i);
    }
    expect((await signIn(TEST_PASSWORD)).ok).toBe(true);
    const after = await row();
    expect(after.failedLoginCount).toBe(0);
    expect(after.lockedUntil).toBeNull();
    // The count starts again from zero: 4 more wrong ones do not lock.
    for (let i = 0; i < 4; i++) expect((await signIn(WRONG)).ok).toBe(false);
    expect((await signIn(TEST_PASSWORD)).ok).toBe(true);
    const actions = (await auditRows(tenant.id)).map((r) => r.action);
    expect(actions.filter((a) => a === "auth.login_failed")).toHaveLength(8);
    expect(actions.filter((a) => a === "auth.login")).toHaveLength(2);
    expect(actions).not.toContain("auth.locked");
  });

  test("5 wrong passwords lock the account; even the right one is refused until 15 minutes have passed", async () => {
    const { tenant, user, signIn, row } = await setup();
    const start = new Date();
    for (let i = 1; i <= 4; i++) expect(await signIn(WRONG, start)).toEqual({ ok: false, reason: "INVALID" });
    // The attempt that locks answers like any wrong password: an unknown username would never lock.
    expect(await signIn(WRONG, start)).toEqual({ ok: false, reason: "INVALID" });

    const locked = await row();
    expect(locked.lockedUntil?.getTime()).toBe(start.getTime() + 15 * 60_000);
    expect(locked.failedLoginCount).toBe(0);

    // While locked even the right password is refused, with the same answer as a wrong one.
    expect(await signIn(TEST_PASSWORD, start)).toEqual({ ok: false, reason: "INVALID" });
    expect(await signIn(WRONG, start)).toEqual({ ok: false, reason: "INVALID" });
    expect(await signIn(TEST_PASSWORD, new Date(start.getTime() + 14 * 60_000))).toEqual({
      ok: false,
      reason: "INVALID",
    });
    expect((await row()).lastLoginAt).toBeNull();

    const later = new Date(start.getTime() + 16 * 60_000);
    expect(await signIn(TEST_PASSWORD, later)).toMatchObject({ ok: true, user: { id: user.id } });
    const unlocked = await row();
    expect(unlocked.lockedUntil).toBeNull();
    expect(unlocked.lastLoginAt?.getTime()).toBe(later.getTime());

    const rows = await auditRows(tenant.id);
    expect(rows.map((r) => r.action)).toEqual([
      "auth.login_failed",
      "auth.login_failed",
      "auth.login_failed",
      "auth.login_failed",
      "auth.locked",
      "auth.login_failed",
      "auth.login_refused_locked",
      "auth.login_refused_locked",
      "auth.login_refused_locked",
      "auth.login",
    ]);
    const lockedRow = rows.find((r) => r.action === "auth.locked")!;
    expect(lockedRow).toMatchObject({ actorId: user.id, entityId: user.id, ip: "192.0.2.7" });
    expect(lockedRow.after).toEqual({ lockedUntil: locked.lockedUntil!.toISOString() });
    expect(
      rows.filter((r) => r.action === "auth.login_failed").map((r) => (r.after as { attempt: number }).attempt),
    ).toEqual([1, 2, 3, 4, 5]);
  });

  test("concurrent wrong attempts all count", async () => {
    const { signIn, row } = await setup();
    const results = await Promise.all(Array.from({ length: MAX_FAILED_LOGINS }, () => signIn(WRONG)));
    expect(results).toEqual(Array.from({ length: MAX_FAILED_LOGINS }, () => ({ ok: false, reason: "INVALID" })));
    expect((await row()).lockedUntil).not.toBeNull();
    expect(await signIn(TEST_PASSWORD)).toEqual({ ok: false, reason: "INVALID" });
  });

  test("an unknown user: INVALID, audited as anonymous", async () => {
    const { tenant, signIn } = await setup();
    expect(await signIn(TEST_PASSWORD, undefined, "nobody-here")).toEqual({ ok: false, reason: "INVALID" });
    expect(await auditRows(tenant.id)).toEqual([
      expect.objectContaining({
        action: "auth.login_failed",
        actorKind: "ANONYMOUS",
        actorId: null,
        actorName: "nobody-here",
        after: { username: "nobody-here", reason: "unknown_user" },
      }),
    ]);
  });

  test("a disabled user with the right password: DISABLED; with a wrong one: INVALID (nothing revealed)", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant, { active: false });
    const signIn = (password: string) =>
      authenticateUser({ tenantSlug: tenant.slug, username: user.username, password }, meta);
    expect(await signIn(TEST_PASSWORD)).toEqual({ ok: false, reason: "DISABLED" });
    expect(await signIn(WRONG)).toEqual({ ok: false, reason: "INVALID" });
    expect((await auditRows(tenant.id)).map((r) => r.action)).not.toContain("auth.login");
  });

  test("another tenant's slug: INVALID, and nothing is counted against the user", async () => {
    const { user, row } = await setup();
    const other = await createTenant();
    expect(
      await authenticateUser({ tenantSlug: other.slug, username: user.username, password: TEST_PASSWORD }, meta),
    ).toEqual({ ok: false, reason: "INVALID" });
    expect((await row()).failedLoginCount).toBe(0);
    expect((await row()).lastLoginAt).toBeNull();
  });

  test("unknown, reserved and inactive tenants: INVALID", async () => {
    const { user } = await setup();
    const closed = await createTenant({ active: false });
    const closedUser = await createUser(closed);
    for (const [tenantSlug, username] of [
      ["no-such-city", user.username],
      ["api", user.username],
      [closed.slug, closedUser.username],
    ] as const) {
      expect(await authenticateUser({ tenantSlug, username, password: TEST_PASSWORD }, meta), tenantSlug).toEqual({
        ok: false,
        reason: "INVALID",
      });
    }
  });

  test("empty or oversized input: INVALID without touching the user", async () => {
    const { signIn, row, user } = await setup();
    expect(await signIn("")).toEqual({ ok: false, reason: "INVALID" });
    expect(await signIn("x".repeat(129))).toEqual({ ok: false, reason: "INVALID" });
    expect(await signIn(TEST_PASSWORD, undefined, "")).toEqual({ ok: false, reason: "INVALID" });
    expect(await signIn(TEST_PASSWORD, undefined, user.username + "x".repeat(64))).toEqual({
      ok: false,
      reason: "INVALID",
    });
    expect((await row()).failedLoginCount).toBe(0);
  });
});
