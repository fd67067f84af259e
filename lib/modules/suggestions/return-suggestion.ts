import { defineAction } from "@/lib/action";
import { moveSuggestion } from "./move-suggestion";
import { suggestionForMove } from "./queries-suggestion";
import { loadViewer } from "./queries-viewer";
import { notifyLeadDeputy, reviewAudit } from "./review-moves";
import { suggestionReasonSchema } from "./schemas-review";

/** 退回修改: the office sends a submitted suggestion back to the deputy with the reason they will read. */
export const returnSuggestion = defineAction({
  name: "suggestion.return",
  permission: "suggestion.manage",
  schema: suggestionReasonSchema,
  async run(ctx, input) {
    const s = await suggestionForMove(ctx.tenant.id, await loadViewer(ctx.member), input.id, "return");
    const { eventId } = await moveSuggestion(ctx.tx, ctx.tenant.id, {
      suggestion: s,
      move: "return",
      actorId: ctx.member.id,
      note: input.reason,
      data: { reason: input.reason },
    });
    await notifyLeadDeputy(ctx, s, "returned", eventId);
    return { result: { id: s.id }, audit: reviewAudit("return", s, { after: { reason: input.reason } }) };
  },
});
