import { defineAction } from "@/lib/action";
import { moveSuggestion } from "./move-suggestion";
import { lockNumbering, nextSuggestionNumber } from "./queries-review";
import { suggestionForMove } from "./queries-suggestion";
import { loadViewer } from "./queries-viewer";
import { notifyLeadDeputy, reviewAudit } from "./review-moves";
import { suggestionIdSchema } from "./schemas-review";

/**
 * 立案: the office accepts a submitted suggestion and numbers it, the next 第N号 of its kind in its year. The
 * series is locked while the number is read and written, so two accepts at once get two numbers (and the unique
 * index on (tenant, year, kind, number) stands behind it).
 */
export const acceptSuggestion = defineAction({
  name: "suggestion.accept",
  permission: "suggestion.manage",
  schema: suggestionIdSchema,
  async run(ctx, input) {
    const s = await suggestionForMove(ctx.tenant.id, await loadViewer(ctx.member), input.id, "accept");
    await lockNumbering(ctx.tx, ctx.tenant.id, `number:${s.year}:${s.kind}`);
    const number = await nextSuggestionNumber(ctx.tx, s.year, s.kind);
    const { eventId } = await moveSuggestion(ctx.tx, ctx.tenant.id, {
      suggestion: s,
      move: "accept",
      actorId: ctx.member.id,
      note: String(number),
      data: { number, acceptedAt: new Date() },
    });
    await notifyLeadDeputy(ctx, s, "accepted", eventId);
    return { result: { id: s.id, number }, audit: reviewAudit("accept", s, { after: { number } }) };
  },
});
