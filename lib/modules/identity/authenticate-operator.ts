// Sign-in for platform operators (no tenant). Same lockout rule as tenant users; operator sign-ins are
// logged (JSON lines) rather than audited, since AuditEvent rows belong to a tenant.
import { unsafePrisma } from "@/lib/db";
import { log } from "@/lib/log";
import { dummyHash, verifyPassword } from "@/lib/password";
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS, type AuthFailure } from "./authenticate-user";

export type OperatorAuthResult =
  { ok: true; operator: { id: string; displayName: string } } | { ok: false; reason: AuthFailure };

export async function authenticateOperator(
  input: { username: string; password: string },
  requestId?: string | null,
  now = new Date(),
): Promise<OperatorAuthResult> {
  const username = input.username.trim().toLowerCase();
  const op =
    username && username.length <= 64 && !username.includes("\u0000")
      ? await unsafePrisma.platformOperator.findUnique({ where: { username } })
      : null;
  if (!op) {
    await verifyPassword(await dummyHash(), input.password ?? "");
    log.warn("platform.login_failed", { username, requestId });
    return { ok: false, reason: "INVALID" };
  }
  // As for tenant users (authenticate-user.ts): the same answer and work for unknown, wrong and locked (the right
  // password included, while locked); only a disabled account's right password hears DISABLED.
  const passwordOk = await verifyPassword(op.passwordHash, input.password);
  if (op.lockedUntil && op.lockedUntil > now) return { ok: false, reason: "INVALID" };
  if (!passwordOk) {
    const counted = await unsafePrisma.platformOperator.update({
      where: { id: op.id },
      data: { failedLoginCount: { increment: 1 } },
    });
    const lock = counted.failedLoginCount >= MAX_FAILED_LOGINS;
    if (lock) {
      await unsafePrisma.platformOperator.update({
        where: { id: op.id },
        data: { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) },
      });
    }
    log.warn("platform.login_failed", { username, requestId, locked: lock });
    return { ok: false, reason: "INVALID" };
  }
  if (!op.active) return { ok: false, reason: "DISABLED" };
  await unsafePrisma.platformOperator.update({
    where: { id: op.id },
    data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
  });
  log.info("platform.login", { operatorId: op.id, requestId });
  return { ok: true, operator: { id: op.id, displayName: op.displayName } };
}
