// The SQL statements of the disposition actions (dispose-opinions.ts, publish-dispositions.ts): the consultation
// read under a lock, one UPDATE over every copy of a campaign text, and the count of opinions still pending.
import type { TenantTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Disposition } from "./workflow";

export type LockedConsultation = {
  id: string;
  regulationId: string;
  draftVersionId: string;
  startsAt: Date;
  endsAt: Date;
  dispositionsPublishedAt: Date | null;
};

/**
 * The consultation, read under a lock: FOR SHARE lets dispositions run side by side and the intake insert
 * opinions (its foreign-key check takes a weaker lock), while publishing (an UPDATE of the row) waits for
 * them — so no disposition can slip in after the dispositions were published. `forUpdate` is publishing's lock.
 */
export async function lockConsultation(
  tx: TenantTx,
  tenantId: string,
  id: string,
  mode: "share" | "update" = "share",
): Promise<LockedConsultation | null> {
  const rows = await tx.$queryRaw<LockedConsultation[]>(Prisma.sql`
    SELECT "id", "regulationId", "draftVersionId", "startsAt", "endsAt", "dispositionsPublishedAt" FROM "Consultation"
    WHERE "tenantId" = ${tenantId}::uuid AND "id" = ${id}::uuid ${mode === "update" ? Prisma.sql`FOR UPDATE` : Prisma.sql`FOR SHARE`}`);
  return rows[0] ?? null;
}

type Decision = {
  disposition: Disposition;
  reason: string | null;
  adoptedArticleId: string | null;
  disposedAt: Date;
  disposedById: string;
};

/** Disposes every copy of a campaign text; copies already carrying this very decision are left alone, so a
 *  repeat rewrites nothing. IS DISTINCT FROM, as a pending copy has NULLs a plain NOT (… = …) would skip. */
export function disposeCampaignCopies(
  tx: TenantTx,
  tenantId: string,
  consultationId: string,
  contentHash: string,
  d: Decision,
): Promise<number> {
  return tx.$executeRaw(Prisma.sql`
    UPDATE "Opinion" SET "status" = 'DISPOSED', "disposition" = ${d.disposition}::"OpinionDisposition", "reason" = ${d.reason},
      "adoptedArticleId" = ${d.adoptedArticleId}::uuid, "disposedAt" = ${d.disposedAt}, "disposedById" = ${d.disposedById}::uuid
    WHERE "tenantId" = ${tenantId}::uuid AND "consultationId" = ${consultationId}::uuid AND "contentHash" = ${contentHash}
      AND ("disposition" IS DISTINCT FROM ${d.disposition}::"OpinionDisposition" OR "reason" IS DISTINCT FROM ${d.reason}
           OR "adoptedArticleId" IS DISTINCT FROM ${d.adoptedArticleId}::uuid)`);
}

/** How many of a consultation's opinions are not disposed yet. */
export async function countPendingOpinions(tx: TenantTx, tenantId: string, consultationId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT count(*)::int AS n FROM "Opinion"
    WHERE "tenantId" = ${tenantId}::uuid AND "consultationId" = ${consultationId}::uuid AND "disposition" IS NULL`);
  return row?.n ?? 0;
}
