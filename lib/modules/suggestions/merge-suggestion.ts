import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { moveSuggestion, recordSuggestionEvent } from "./move-suggestion";
import { MERGE_TARGET_STATUSES } from "./queries-review";
import { suggestionForMove } from "./queries-suggestion";
import { loadViewer } from "./queries-viewer";
import { notifyLeadDeputy, reviewAudit } from "./review-moves";
import { mergeSuggestionSchema } from "./schemas-review";

/**
 * 并案: the office merges a duplicate into another suggestion of the city. It becomes MERGED (mergedIntoId), and
 * every deputy who counted on it — the lead and the confirmed co-signers — is credited on the other as a confirmed
 * co-signer (creditedFromId), unless they sign it already, so no deputy loses the suggestion they made.
 */
export const mergeSuggestion = defineAction({
  name: "suggestion.merge",
  permission: "suggestion.manage",
  schema: mergeSuggestionSchema,
  async run(ctx, input) {
    const s = await suggestionForMove(ctx.tenant.id, await loadViewer(ctx.member), input.id, "merge");
    if (input.targetId === s.id)
      throw new AppError(
        "VALIDATION",
        "suggestionsReview.errors.mergeIntoItself",
        {},
        { targetId: ["suggestionsReview.errors.mergeIntoItself"] },
      );
    // Another city's suggestion is not found here: the same 404 as one that does not exist.
    const target = await ctx.tx.suggestion.findFirst({
      where: { id: input.targetId },
      select: { id: true, status: true, title: true, number: true, year: true },
    });
    if (!target) throw new AppError("NOT_FOUND");
    if (!MERGE_TARGET_STATUSES.includes(target.status))
      throw new AppError("CONFLICT", "suggestionsReview.errors.mergeTargetClosed", {
        status: `@suggestions.status.${target.status}`,
      });
    const { eventId } = await moveSuggestion(ctx.tx, ctx.tenant.id, {
      suggestion: s,
      move: "merge",
      actorId: ctx.member.id,
      note: target.title.slice(0, 200),
      data: { mergedIntoId: target.id },
    });
    const counted = s.signers.filter((x) => x.role === "LEAD" || x.confirmedAt !== null).map((x) => x.deputyId);
    const already = new Set(
      (
        await ctx.tx.suggestionSigner.findMany({
          where: { suggestionId: target.id, deputyId: { in: counted } },
          select: { deputyId: true },
        })
      ).map((x) => x.deputyId),
    );
    const credited = [...new Set(counted)].filter((d) => !already.has(d));
    const now = new Date();
    await ctx.tx.suggestionSigner.createMany({
      data: credited.map((deputyId) => ({
        tenantId: ctx.tenant.id,
        suggestionId: target.id,
        deputyId,
        role: "COSIGNER" as const,
        invitedAt: now,
        confirmedAt: now,
        creditedFromId: s.id,
      })),
    });
    await recordSuggestionEvent(ctx.tx, ctx.tenant.id, {
      suggestionId: target.id,
      kind: "merge",
      from: target.status,
      to: target.status,
      actorId: ctx.member.id,
      note: s.title.slice(0, 200),
    });
    await notifyLeadDeputy(ctx, s, "merged", eventId);
    return {
      result: { id: s.id, mergedIntoId: target.id, credited: credited.length },
      audit: reviewAudit("merge", s, { after: { mergedIntoId: target.id, credited: credited.length } }),
    };
  },
});
