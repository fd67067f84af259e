// Disposing opinions: one or many selected on the list, or every copy of one campaign text at once. Both run
// in one transaction: the whole batch is applied with its audit row, or nothing is.
import { z } from "zod";
import { defineAction, type ActionContext } from "@/lib/action";
import type { TenantTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canActOnCommitteeRow } from "@/lib/modules/legislation";
import { disposeCampaignCopies, lockConsultation, type LockedConsultation } from "./queries-dispositions";
import { disposeOpinionsSchema } from "./schemas";
import { canDispose, consultationState, DISPOSITIONS, requiresReason, type Disposition } from "./workflow";

/** The consultation may still be disposed, and by this member (committee staff: their committee's regulations). */
async function checkDisposable(ctx: ActionContext, consultationId: string): Promise<LockedConsultation> {
  const c = await lockConsultation(ctx.tx, ctx.tenant.id, consultationId);
  if (!c) throw new AppError("NOT_FOUND");
  const regulation = await ctx.tx.regulation.findFirst({
    where: { id: c.regulationId },
    select: { committeeId: true },
  });
  if (!canActOnCommitteeRow(ctx.member, regulation?.committeeId ?? null))
    throw new AppError("FORBIDDEN", "notYourCommittee");
  if (!canDispose(c))
    throw new AppError("CONFLICT", "consultationCannotDispose", {
      state: `@consultationTerms.state.${consultationState(c)}`,
    });
  return c;
}

/** An adopted opinion may point at the article as changed: an article of a later version of the same regulation. */
async function checkAdoptedArticle(tx: TenantTx, c: LockedConsultation, articleId: string | null): Promise<void> {
  if (!articleId) return;
  const article = await tx.draftArticle.findFirst({ where: { id: articleId }, select: { draftVersionId: true } });
  const [version, base] = await Promise.all([
    article
      ? tx.draftVersion.findFirst({
          where: { id: article.draftVersionId },
          select: { regulationId: true, versionNo: true },
        })
      : null,
    tx.draftVersion.findFirst({ where: { id: c.draftVersionId }, select: { versionNo: true } }),
  ]);
  if (!version || !base || version.regulationId !== c.regulationId || version.versionNo <= base.versionNo) {
    throw new AppError("VALIDATION", "VALIDATION", {}, { adoptedArticleId: ["adoptedArticleNotLater"] });
  }
}

type Decision = { disposition: Disposition; reason: string | null; adoptedArticleId: string | null };

function decisionData(d: Decision, memberId: string) {
  return {
    status: "DISPOSED" as const,
    disposition: d.disposition,
    reason: d.reason,
    adoptedArticleId: d.adoptedArticleId,
    disposedAt: new Date(),
    disposedById: memberId,
  };
}

/** Dispose the selected opinions of one consultation. Any id not of this consultation refuses the whole call. */
export const disposeOpinions = defineAction({
  name: "opinion.dispose",
  permission: "consultation.dispose",
  schema: disposeOpinionsSchema,
  async run(ctx, input) {
    const c = await checkDisposable(ctx, input.consultationId);
    await checkAdoptedArticle(ctx.tx, c, input.adoptedArticleId);
    const ids = [...new Set(input.opinionIds)];
    const found = await ctx.tx.opinion.findMany({
      where: { consultationId: c.id, id: { in: ids } },
      select: { id: true, disposition: true },
    });
    if (found.length !== ids.length) throw new AppError("NOT_FOUND", "opinionsNotInConsultation");
    await ctx.tx.opinion.updateMany({
      where: { consultationId: c.id, id: { in: ids } },
      data: decisionData(input, ctx.member.id),
    });
    // One audit row per call, naming every opinion: the batch is one decision, and its row says what it replaced.
    const redisposed = found
      .filter((o) => o.disposition !== null)
      .map((o) => ({ id: o.id, disposition: o.disposition }));
    return {
      result: { disposed: ids.length },
      audit: {
        action: "opinion.dispose",
        entityType: "Consultation",
        entityId: c.id,
        before: redisposed.length ? { redisposed } : undefined,
        after: {
          disposition: input.disposition,
          reason: input.reason,
          adoptedArticleId: input.adoptedArticleId,
          opinionIds: ids,
        },
      },
    };
  },
});

const uuid = z.string().min(1, { error: "validation.required" }).pipe(z.uuid());
const optionalId = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .nullable()
  .transform((v) => (v ? v : null));

/** Every copy of one text (a campaign) at once: the group is named by its content hash, however large it is. */
export const disposeCampaignSchema = z
  .strictObject({
    consultationId: uuid,
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, { error: "validation.required" }),
    disposition: z.enum(DISPOSITIONS),
    reason: z
      .string()
      .trim()
      .max(2000, { error: "validation.tooLong" })
      .optional()
      .nullable()
      .transform((v) => (v ? v : null)),
    adoptedArticleId: optionalId,
  })
  .refine((v) => !requiresReason(v.disposition) || v.reason !== null, {
    error: "validation.reasonRequired",
    path: ["reason"],
  })
  .refine((v) => v.adoptedArticleId === null || v.disposition === "ADOPTED" || v.disposition === "PARTLY_ADOPTED", {
    error: "validation.adoptedArticleOnlyWhenAdopted",
    path: ["adoptedArticleId"],
  });

export const disposeCampaign = defineAction({
  name: "opinion.disposeCampaign",
  permission: "consultation.dispose",
  schema: disposeCampaignSchema,
  // One UPDATE over every copy of a text: a campaign of 100,000 copies takes longer than the default 5 s.
  timeoutMs: 120_000,
  async run(ctx, input) {
    const c = await checkDisposable(ctx, input.consultationId);
    await checkAdoptedArticle(ctx.tx, c, input.adoptedArticleId);
    const where = { consultationId: c.id, contentHash: input.contentHash };
    const size = await ctx.tx.opinion.count({ where });
    if (size === 0) throw new AppError("NOT_FOUND");
    // Copies already carrying this very decision are left alone: repeating the call rewrites nothing. Raw SQL for
    // IS DISTINCT FROM (a pending copy has NULLs, which a plain NOT (… = …) would wrongly skip).
    const d = decisionData(input, ctx.member.id);
    const count = await disposeCampaignCopies(ctx.tx, ctx.tenant.id, c.id, input.contentHash, d);
    return {
      result: { disposed: count, size },
      audit: {
        action: "opinion.disposeCampaign",
        entityType: "Consultation",
        entityId: c.id,
        after: {
          contentHash: input.contentHash,
          disposition: input.disposition,
          reason: input.reason,
          adoptedArticleId: input.adoptedArticleId,
          size,
          changed: count,
        },
      },
    };
  },
});
