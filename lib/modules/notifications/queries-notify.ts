// The notifier's one statement: a row per recipient, skipping anyone who already has this dedupe key.
import type { TenantTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationValues } from "./values";

export type NewNotification = {
  kind: string;
  messageKey: string;
  values: NotificationValues;
  href: string;
  dedupeKey: string;
};

/** Inserts one row per user; answers the rows actually created (a repeat of the same key for a user adds none). */
export function insertNotifications(tx: TenantTx, tenantId: string, userIds: string[], n: NewNotification) {
  return tx.$queryRaw<{ id: string; userId: string }[]>(Prisma.sql`
    INSERT INTO "Notification" ("tenantId", "userId", "kind", "messageKey", "values", "href", "dedupeKey")
    SELECT ${tenantId}::uuid, u, ${n.kind}, ${n.messageKey}, ${JSON.stringify(n.values)}::jsonb, ${n.href}, ${n.dedupeKey}
      FROM unnest(${userIds}::uuid[]) AS u
    ON CONFLICT ("tenantId", "dedupeKey", "userId") DO NOTHING
    RETURNING "id"::text AS id, "userId"::text AS "userId"`);
}
