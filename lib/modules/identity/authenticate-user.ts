// Sign-in for tenant users, with lockout: 5 failed passwords lock the account for 15 minutes. Sign-in has no
// session yet, so it cannot take lib/action.ts's path; it writes the same audit rows itself, in the same
// transaction as the counter change.
//
// Nothing tells whether an account exists, nor whether a guess was right while the account is locked: an unknown
// username, a wrong password and any attempt on a locked account — the right password too, or the lock would
// turn into a free oracle for guessing — answer the same INVALID after the same work (one password hash
// verified, one audit row), the attempt that locks included. The message states the rule, so the owner knows a
// right password fails during the 15 minutes. Only a disabled account's right password hears DISABLED.
import { writeAudit, type AuditMeta } from "@/lib/audit";
import { forTenant } from "@/lib/db";
import { dummyHash, verifyPassword } from "@/lib/password";
import { findActiveTenant } from "@/lib/tenant";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export type AuthFailure = "INVALID" | "DISABLED";
export type AuthResult =
  | { ok: true; user: { id: string; tenantId: string; tenantSlug: string; displayName: string; roles: string[] } }
  | { ok: false; reason: AuthFailure };

export async function authenticateUser(
  input: { tenantSlug: string; username: string; password: string },
  meta: AuditMeta = {},
  now: Date = new Date(),
): Promise<AuthResult> {
  const tenant = await findActiveTenant(input.tenantSlug);
  const username = input.username.trim().toLowerCase();
  const malformed =
    !username || username.length > 64 || username.includes("\u0000") || !input.password || input.password.length > 128;
  if (!tenant || malformed) {
    await verifyPassword(await dummyHash(), input.password ?? "");
    return { ok: false, reason: "INVALID" };
  }
  const db = forTenant(tenant.id);
  const user = await db.user.findFirst({ where: { username }, include: { roles: { select: { role: true } } } });
  const anonymous = { kind: "ANONYMOUS" as const, name: username };
  if (!user) {
    await verifyPassword(await dummyHash(), input.password);
    await writeAudit(
      db,
      tenant.id,
      anonymous,
      { action: "auth.login_failed", entityType: "User", after: { username, reason: "unknown_user" } },
      meta,
    );
    return { ok: false, reason: "INVALID" };
  }
  const actor = { kind: "USER" as const, id: user.id, name: user.displayName };
  // Verified whether or not the account is locked, so a locked account costs the same time as any other.
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (user.lockedUntil && user.lockedUntil > now) {
    await writeAudit(
      db,
      tenant.id,
      actor,
      { action: "auth.login_refused_locked", entityType: "User", entityId: user.id },
      meta,
    );
    return { ok: false, reason: "INVALID" };
  }

  if (!passwordOk) {
    return db.$transaction(async (tx) => {
      // Increment in the database so concurrent attempts all count.
      const counted = await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: { increment: 1 } } });
      const lock = counted.failedLoginCount >= MAX_FAILED_LOGINS;
      if (lock) {
        const lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
        await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil } });
        await writeAudit(
          tx,
          tenant.id,
          actor,
          { action: "auth.locked", entityType: "User", entityId: user.id, after: { lockedUntil } },
          meta,
        );
      }
      await writeAudit(
        tx,
        tenant.id,
        actor,
        {
          action: "auth.login_failed",
          entityType: "User",
          entityId: user.id,
          after: { attempt: counted.failedLoginCount },
        },
        meta,
      );
      // INVALID even when this attempt locks: an unknown username never locks, so LOCKED here would say the
      // account exists. The owner hears it with the right password.
      return { ok: false, reason: "INVALID" } as const;
    });
  }

  // The right password of a disabled account says so (the person is told to contact their admin);
  // a wrong one never reveals that the account exists.
  if (!user.active) return { ok: false, reason: "DISABLED" };

  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    await writeAudit(tx, tenant.id, actor, { action: "auth.login", entityType: "User", entityId: user.id }, meta);
  });
  return {
    ok: true,
    user: {
      id: user.id,
      tenantId: tenant.id,
      tenantSlug: tenant.slug,
      displayName: user.displayName,
      roles: [...new Set(user.roles.map((r) => r.role))],
    },
  };
}
