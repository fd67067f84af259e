// Stores a contact point's consolidated opinions on a consultation (the contact-points module calls it inside its
// own action, so the opinions, the assignment's stamp and the audit row commit together). An entry the point
// already sent (same article, same text) is not stored again, so a double click or a retry is harmless.
import type { TenantTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newReceiptCode } from "@/lib/receipt";
import { opinionContentHash } from "./content-hash";
import type { ConsultMethod } from "./workflow";

export type PointOpinionEntry = {
  articleId: string | null;
  content: string;
  peopleConsulted: number;
  methods: ConsultMethod[];
};
type Point = { id: string; name: string; areaId: string | null };

/** Article id → identity for the articles of `draftVersionId` among `articleIds` (others are not the draft's). */
export async function draftArticleIdentities(tx: TenantTx, draftVersionId: string, articleIds: string[]) {
  if (articleIds.length === 0) return new Map<string, string>();
  const rows = await tx.draftArticle.findMany({
    where: { id: { in: articleIds }, draftVersionId },
    select: { id: true, identity: true },
  });
  return new Map(rows.map((a) => [a.id, a.identity]));
}

export async function recordPointOpinions(
  tx: TenantTx,
  tenantId: string,
  c: { consultationId: string; point: Point; submittedById: string; identities: Map<string, string> },
  entries: PointOpinionEntry[],
): Promise<{ receiptCodes: string[]; peopleConsulted: number }> {
  const existing = await tx.opinion.findMany({
    where: { consultationId: c.consultationId, contactPointId: c.point.id },
    select: { articleId: true, contentHash: true },
  });
  const seen = new Set(existing.map((o) => `${o.articleId ?? "whole"}:${o.contentHash}`));
  const rows: Prisma.OpinionUncheckedCreateInput[] = [];
  for (const e of entries) {
    const contentHash = opinionContentHash(e.content);
    const key = `${e.articleId ?? "whole"}:${contentHash}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({
      tenantId,
      consultationId: c.consultationId,
      channel: "CONTACT_POINT",
      content: e.content,
      contentHash,
      articleId: e.articleId,
      articleIdentity: e.articleId ? c.identities.get(e.articleId)! : null,
      // Staff triage lists and exports show a point's opinions under the name it had when it sent them.
      name: c.point.name,
      areaId: c.point.areaId,
      receiptCode: newReceiptCode(),
      contactPointId: c.point.id,
      peopleConsulted: e.peopleConsulted,
      consultMethods: [...new Set(e.methods)],
      submittedById: c.submittedById,
    });
  }
  if (rows.length) await tx.opinion.createMany({ data: rows });
  return {
    receiptCodes: rows.map((r) => r.receiptCode),
    peopleConsulted: rows.reduce((n, r) => n + (r.peopleConsulted ?? 0), 0),
  };
}
