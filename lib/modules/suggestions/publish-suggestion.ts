import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { recordSuggestionEvent } from "./move-suggestion";
import { suggestionForMove } from "./queries-suggestion";
import { loadViewer } from "./queries-viewer";
import { publishSuggestionSchema } from "./schemas-stats";
import { suggestionSettings } from "./settings";

/**
 * The office lists a replied suggestion with its replies on the city's public page (publishedAt), or takes it
 * down: only in a city that publishes, only once the unit has replied (a suggestion handled again after 不满意
 * keeps its first reply, so it stays publishable). Taking one down is always allowed.
 */
export const publishSuggestion = defineAction({
  name: "suggestion.publish",
  permission: "suggestion.manage",
  schema: publishSuggestionSchema,
  async run(ctx, input) {
    const s = await suggestionForMove(ctx.tenant.id, await loadViewer(ctx.member), input.id, null);
    if (input.published) {
      if (!suggestionSettings(ctx.tenant.settings).publish)
        throw new AppError("CONFLICT", "suggestionStats.errors.notPublishing");
      if (s.firstRepliedAt === null) throw new AppError("CONFLICT", "suggestionStats.errors.notReplied");
    }
    const publishedAt = input.published ? (s.publishedAt ?? new Date()) : null;
    await ctx.tx.suggestion.update({ where: { id: s.id }, data: { publishedAt } });
    // On the timeline when it changes (publishing a published one again keeps its date and adds nothing).
    if ((publishedAt === null) !== (s.publishedAt === null))
      await recordSuggestionEvent(ctx.tx, ctx.tenant.id, {
        suggestionId: s.id,
        kind: publishedAt ? "publish" : "unpublish",
        from: s.status,
        to: s.status,
        actorId: ctx.member.id,
      });
    return {
      result: { id: s.id, published: publishedAt !== null },
      audit: {
        action: input.published ? "suggestion.publish" : "suggestion.unpublish",
        entityType: "Suggestion",
        entityId: s.id,
        before: { publishedAt: s.publishedAt },
        after: { publishedAt },
      },
    };
  },
});
