import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { notifyLeader } from "./assign-suggestion";
import { recordSuggestionEvent } from "./move-suggestion";
import { suggestionForMove } from "./queries-suggestion";
import { loadViewer } from "./queries-viewer";
import { keyData, reviewAudit } from "./review-moves";
import { markKeySuggestionSchema } from "./schemas-review";
import { KEY_STATUSES } from "./review-view";

/** 重点督办: the office marks a suggestion key with its supervising leader and pushing committee, or unmarks it.
 *  Not a move: the state stays, the timeline gets a row. */
export const markKeySuggestion = defineAction({
  name: "suggestion.markKey",
  permission: "suggestion.manage",
  schema: markKeySuggestionSchema,
  async run(ctx, input) {
    const s = await suggestionForMove(ctx.tenant.id, await loadViewer(ctx.member), input.id, null);
    if (!KEY_STATUSES.includes(s.status))
      throw new AppError("CONFLICT", "suggestions.errors.moveNotAllowed", {
        status: `@suggestions.status.${s.status}`,
      });
    const key = await keyData(ctx.tx, input);
    const moved = await ctx.tx.suggestion.updateMany({ where: { id: s.id, status: s.status }, data: key });
    if (moved.count !== 1) throw new AppError("CONFLICT", "suggestions.errors.movedMeanwhile");
    const { eventId } = await recordSuggestionEvent(ctx.tx, ctx.tenant.id, {
      suggestionId: s.id,
      kind: "markKey",
      from: s.status,
      to: s.status,
      actorId: ctx.member.id,
    });
    if (key.supervisingLeaderId && key.supervisingLeaderId !== s.supervisingLeaderId)
      await notifyLeader(ctx.tx, ctx.tenant.id, s, key.supervisingLeaderId, eventId);
    return {
      result: { id: s.id, ...key },
      audit: reviewAudit("markKey", s, {
        before: {
          isKey: s.isKey,
          supervisingLeaderId: s.supervisingLeaderId,
          pushingCommitteeId: s.pushingCommitteeId,
        },
        after: key,
      }),
    };
  },
});
