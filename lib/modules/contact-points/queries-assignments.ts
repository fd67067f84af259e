// The one statement that hands a consultation to many points at once.
import type { TenantTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** One row per point; the unique key makes a repeat (or a concurrent twin) move the due date instead. */
export function upsertAssignments(
  tx: TenantTx,
  tenantId: string,
  consultationId: string,
  pointIds: string[],
  dueOn: string,
) {
  return tx.$queryRaw<{ contactPointId: string; inserted: boolean }[]>(Prisma.sql`
    INSERT INTO "ConsultationAssignment" ("tenantId", "consultationId", "contactPointId", "dueOn")
    SELECT ${tenantId}::uuid, ${consultationId}::uuid, p, ${dueOn}::date FROM unnest(${pointIds}::uuid[]) AS p
    ON CONFLICT ("tenantId", "consultationId", "contactPointId") DO UPDATE SET "dueOn" = EXCLUDED."dueOn"
    RETURNING "contactPointId"::text AS "contactPointId", (xmax = 0) AS inserted`);
}

/** The assignment of one point to one consultation, locked until the transaction ends: concurrent submissions of
 *  the same point queue on it, so the duplicate check of what the point already sent holds. */
export async function lockAssignment(tx: TenantTx, tenantId: string, consultationId: string, pointId: string) {
  const [row] = await tx.$queryRaw<{ id: string; submittedAt: Date | null }[]>(Prisma.sql`
    SELECT "id"::text AS id, "submittedAt" FROM "ConsultationAssignment"
    WHERE "tenantId" = ${tenantId}::uuid AND "consultationId" = ${consultationId}::uuid
      AND "contactPointId" = ${pointId}::uuid
    FOR UPDATE`);
  return row ?? null;
}
