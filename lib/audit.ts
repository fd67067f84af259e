// Audit rows are written inside the same transaction as the change they describe (lib/action.ts), so a
// change without its audit row — or an audit row without its change — cannot commit.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActorKind } from "@/lib/generated/prisma/enums";

export type Actor = { kind: ActorKind; id?: string | null; name?: string | null };
export type AuditEntry = {
  action: string; // "user.create", "auth.login_failed" …
  entityType: string; // "User"
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};
export type AuditMeta = { requestId?: string | null; ip?: string | null };

const SECRET_KEYS = new Set(["passwordHash", "password", "newPassword", "currentPassword"]);

/** JSON-safe copy without secrets (and with dates as ISO strings, bigints as strings). */
export function redact(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v) => (SECRET_KEYS.has(key) ? "[redacted]" : typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

type AuditWriter = {
  auditEvent: { create: (args: { data: Prisma.AuditEventUncheckedCreateInput }) => Promise<unknown> };
};

export async function writeAudit(
  db: AuditWriter,
  tenantId: string,
  actor: Actor,
  entry: AuditEntry,
  meta: AuditMeta = {},
) {
  await db.auditEvent.create({
    data: {
      tenantId,
      actorKind: actor.kind,
      actorId: actor.id ?? null,
      actorName: actor.name ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: redact(entry.before),
      after: redact(entry.after),
      requestId: meta.requestId ?? null,
      ip: meta.ip ?? null,
    },
  });
}
