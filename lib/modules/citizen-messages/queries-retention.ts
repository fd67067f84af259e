// The messages whose writer's contact details are past their retention: finished (closed, returned, declined or
// merged) and untouched for the retention period — nothing on their timeline since — and still holding a name,
// phone or e-mail. One page at a time, so a city's first run after years does not load them all at once.
import { Prisma } from "@/lib/generated/prisma/client";
import { forTenant } from "@/lib/db";
import { FINAL_STATUSES } from "./workflow";

export type ExpiredContact = { id: string; title: string; body: string };

export async function expiredContacts(tenantId: string, before: Date, limit = 500): Promise<ExpiredContact[]> {
  const statuses = Prisma.join(FINAL_STATUSES.map((s) => Prisma.sql`${s}::"MessageStatus"`));
  return forTenant(tenantId).$queryRaw<ExpiredContact[]>`
    SELECT m."id"::text AS id, m."title", m."body" FROM "CitizenMessage" m
    WHERE m."tenantId" = ${tenantId}::uuid AND m."status" IN (${statuses}) AND m."createdAt" < ${before}
      AND (m."name" IS NOT NULL OR m."phone" IS NOT NULL OR m."email" IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM "CitizenMessageEvent" e
        WHERE e."tenantId" = m."tenantId" AND e."messageId" = m."id" AND e."createdAt" >= ${before})
    ORDER BY m."createdAt" LIMIT ${limit}`;
}
