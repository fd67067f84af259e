// 代表意见: a deputy comments on an open consultation from the console, through the consultation's DEPUTY
// channel. Stored as an opinion of that channel under the deputy's name and account (so staff triage it with the
// rest and it counts as one person), with a receipt code the deputy can track like any citizen. The same text on
// the same article by the same deputy is stored once: a double tap or a resend is harmless.
import { defineAction } from "@/lib/action";
import { AppError, notFound } from "@/lib/errors";
import { deputyOfUser } from "@/lib/modules/deputies";
import { newReceiptCode } from "@/lib/receipt";
import { opinionContentHash } from "./content-hash";
import { draftArticleIdentities } from "./record-point-opinions";
import { deputyOpinionSchema } from "./schemas";
import { acceptsOpinions } from "./workflow";

export const submitDeputyOpinion = defineAction({
  name: "consultation.deputyOpinion.submit",
  permission: "consultation.comment",
  schema: deputyOpinionSchema,
  async run(ctx, input) {
    const tenantId = ctx.tenant.id;
    const c = await ctx.tx.consultation.findFirst({ where: { tenantId, id: input.consultationId } });
    if (!c) throw notFound();
    if (!c.channels.includes("DEPUTY")) throw new AppError("CONFLICT", "consultation.deputy.errors.noChannel");
    if (!acceptsOpinions(c)) throw new AppError("CONFLICT", "consultation.deputy.errors.notOpen");
    const identities = await draftArticleIdentities(ctx.tx, c.draftVersionId, input.articleId ? [input.articleId] : []);
    if (input.articleId && !identities.has(input.articleId))
      throw new AppError("VALIDATION", "VALIDATION", {}, { articleId: ["consultation.deputy.errors.unknownArticle"] });
    const contentHash = opinionContentHash(input.content);
    const same = await ctx.tx.opinion.findFirst({
      where: {
        tenantId,
        consultationId: c.id,
        channel: "DEPUTY",
        submittedById: ctx.member.id,
        articleId: input.articleId,
        contentHash,
      },
      select: { id: true, receiptCode: true },
    });
    if (same) return { result: { receiptCode: same.receiptCode, created: false }, audit: [] };
    const deputy = await deputyOfUser(tenantId, ctx.member.id);
    const opinion = await ctx.tx.opinion.create({
      data: {
        tenantId,
        consultationId: c.id,
        channel: "DEPUTY",
        content: input.content,
        contentHash,
        articleId: input.articleId,
        articleIdentity: input.articleId ? identities.get(input.articleId)! : null,
        name: deputy?.name ?? ctx.member.displayName,
        receiptCode: newReceiptCode(),
        // One person however many opinions they send (the people count keys on it).
        submitterKey: `deputy:${ctx.member.id}`,
        submittedById: ctx.member.id,
      },
      select: { id: true, receiptCode: true },
    });
    return {
      result: { receiptCode: opinion.receiptCode, created: true },
      audit: {
        action: "consultation.deputyOpinion.submit",
        entityType: "Consultation",
        entityId: c.id,
        after: { opinionId: opinion.id, articleId: input.articleId },
      },
    };
  },
});
