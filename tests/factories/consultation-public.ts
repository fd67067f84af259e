// Opinions for the public side's read tests (counts, the public summary). Rows are inserted directly with an
// explicit tenantId, like ./index.ts, so the tests do not depend on the intake they are not about.
import { unsafePrisma } from "@/lib/db";
import type { ConsultationChannel, OpinionDisposition } from "@/lib/generated/prisma/enums";
import { opinionContentHash } from "@/lib/modules/consultation";
import { newReceiptCode } from "@/lib/receipt";

export type OpinionSpec = {
  articleId?: string | null;
  content?: string;
  channel?: ConsultationChannel;
  submitterKey?: string | null;
  contactPointId?: string | null;
  peopleConsulted?: number | null;
  disposition?: OpinionDisposition | null;
  reason?: string | null;
  name?: string | null;
  contact?: string | null;
};

/** Inserts one opinion per spec (PUBLIC, on the whole draft, received, unless told) and answers their receipt codes. */
export async function addOpinions(
  tenant: { id: string },
  consultation: { id: string },
  specs: OpinionSpec[],
): Promise<string[]> {
  const articleIds = [...new Set(specs.map((s) => s.articleId).filter((a): a is string => !!a))];
  const articles = await unsafePrisma.draftArticle.findMany({
    where: { tenantId: tenant.id, id: { in: articleIds } },
    select: { id: true, identity: true },
  });
  const identity = new Map(articles.map((a) => [a.id, a.identity]));
  const rows = specs.map((s, i) => {
    const content = s.content ?? `测试意见 ${i + 1}：建议进一步明确本条的适用范围。`;
    return {
      tenantId: tenant.id,
      consultationId: consultation.id,
      articleId: s.articleId ?? null,
      articleIdentity: s.articleId ? (identity.get(s.articleId) ?? null) : null,
      channel: s.channel ?? (s.contactPointId ? "CONTACT_POINT" : "PUBLIC"),
      content,
      contentHash: opinionContentHash(content),
      name: s.name ?? null,
      contact: s.contact ?? null,
      receiptCode: newReceiptCode(),
      submitterKey: s.submitterKey ?? null,
      contactPointId: s.contactPointId ?? null,
      peopleConsulted: s.peopleConsulted ?? null,
      status: s.disposition ? "DISPOSED" : "RECEIVED",
      disposition: s.disposition ?? null,
      reason: s.reason ?? null,
      disposedAt: s.disposition ? new Date() : null,
    } as const;
  });
  await unsafePrisma.opinion.createMany({ data: rows });
  return rows.map((r) => r.receiptCode);
}
