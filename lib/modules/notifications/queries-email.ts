// What the e-mail job reads and writes of one notification.
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

/** The notification the job is about (another city's id finds nothing). */
export async function findForEmail(tenantId: string, id: string): Promise<EmailCandidate | null> {
  const [row] = await forTenant(tenantId).$queryRaw<EmailCandidate[]>(Prisma.sql`
    SELECT "id"::text AS id, "userId"::text AS "userId", "messageKey", "values", "href", "readAt", "emailedAt"
      FROM "Notification" WHERE "tenantId" = ${tenantId}::uuid AND "id" = ${id}::uuid`);
  return row ?? null;
}

/** Records the mail as sent, once. */
export async function markEmailed(tenantId: string, id: string): Promise<void> {
  await forTenant(tenantId).notification.updateMany({
    where: { id, emailedAt: null },
    data: { emailedAt: new Date(), emailError: null },
  });
}

/** The last failure, kept beside the row (the job is retried; this says why it has not arrived yet). */
export async function recordEmailError(tenantId: string, id: string, message: string): Promise<void> {
  await forTenant(tenantId).notification.updateMany({
    where: { id, emailedAt: null },
    data: { emailError: message.slice(0, 1000) },
  });
}
