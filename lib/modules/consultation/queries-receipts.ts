// What a citizen sees of their opinion by its receipt code. The disposition and its reason stay hidden until
// staff publish the consultation's dispositions: a half-finished triage is not an answer. Never contact details.
import { unsafePrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Disposition } from "./workflow";

export type OpinionReceipt = {
  receiptCode: string;
  consultationId: string;
  consultationTitle: string;
  articleLabel: string | null;
  submittedAt: Date;
  /** The opinion's own text: the citizen holding the code wrote it (never a name or contact). */
  content: string;
  status: "RECEIVED" | "DISPOSED";
  published: boolean;
  disposition: Disposition | null;
  reason: string | null;
};

export async function findOpinionReceipt(tenantId: string, code: string): Promise<OpinionReceipt | null> {
  const rows = await unsafePrisma.$queryRaw<
    {
      receiptCode: string;
      consultationId: string;
      consultationTitle: string;
      articleLabel: string | null;
      submittedAt: Date;
      content: string;
      status: "RECEIVED" | "DISPOSED";
      published: boolean;
      disposition: Disposition | null;
      reason: string | null;
    }[]
  >(Prisma.sql`
    SELECT o."receiptCode", c."id"::text AS "consultationId", c."title" AS "consultationTitle", a."label" AS "articleLabel", o."createdAt" AS "submittedAt", o."content",
           o."status"::text AS "status", c."dispositionsPublishedAt" IS NOT NULL AS "published",
           CASE WHEN c."dispositionsPublishedAt" IS NOT NULL THEN o."disposition"::text END AS "disposition",
           CASE WHEN c."dispositionsPublishedAt" IS NOT NULL THEN o."reason" END AS "reason"
    FROM "Opinion" o
    JOIN "Consultation" c ON c."tenantId" = o."tenantId" AND c."id" = o."consultationId"
    LEFT JOIN "DraftArticle" a ON a."tenantId" = o."tenantId" AND a."id" = o."articleId"
    WHERE o."tenantId" = ${tenantId}::uuid AND o."receiptCode" = ${code}`);
  const row = rows[0];
  if (!row) return null;
  // Until publication a disposed opinion still reads "received": the status itself would leak the triage.
  return row.published ? row : { ...row, status: "RECEIVED" };
}
