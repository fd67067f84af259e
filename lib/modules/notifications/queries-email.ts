// What the e-mail job reads and writes of one notification.
import type { TenantTx } from "@/lib/db";
import { forTenant } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type EmailCandidate = {
  id: string;
  userId: string;
  messageKey: string;
  values: unknown;
  href: string;
  readAt: Date | null;
  emailedAt: Date | null;
};

/** The notification, locked until the transaction ends: a retry running beside a slow first attempt waits here,
 *  then sees emailedAt and sends nothing. */
export async function lockForEmail(tx: TenantTx, tenantId: string, id: string): Promise<EmailCandidate | null> {
  const [row] = await tx.$queryRaw<EmailCandidate[]>(Prisma.sql`
    SELECT "id"::text AS id, "userId"::text AS "userId", "messageKey", "values", "href", "readAt", "emailedAt"
      FROM "Notification" WHERE "tenantId" = ${tenantId}::uuid AND "id" = ${id}::uuid
    FOR UPDATE`);
  return row ?? null;
}

export async function markEmailed(tx: TenantTx, id: string): Promise<void> {
  await tx.notification.updateMany({ where: { id }, data: { emailedAt: new Date(), emailError: null } });
}

/** The last failure, kept beside the row (the job is retried; this says why it has not arrived yet). */
export async function recordEmailError(tenantId: string, id: string, message: string): Promise<void> {
  await forTenant(tenantId).notification.updateMany({
    where: { id, emailedAt: null },
    data: { emailError: message.slice(0, 1000) },
  });
}
