import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { moveSuggestion } from "./move-suggestion";
import { suggestionForMove } from "./queries-suggestion";
import { loadViewer } from "./queries-viewer";
import { notifyLeadDeputy, reviewAudit } from "./review-moves";
import { suggestionReasonSchema } from "./schemas-review";

/** 议案转为建议: a motion without the legal number of signers or a bill becomes a suggestion; its state stays. */
export const convertSuggestion = defineAction({
  name: "suggestion.convert",
  permission: "suggestion.manage",
  schema: suggestionReasonSchema,
  async run(ctx, input) {
    const s = await suggestionForMove(ctx.tenant.id, await loadViewer(ctx.member), input.id, "convert");
    if (s.kind !== "MOTION") throw new AppError("CONFLICT", "suggestionsReview.errors.notMotion");
    const { eventId } = await moveSuggestion(ctx.tx, ctx.tenant.id, {
      suggestion: s,
      move: "convert",
      actorId: ctx.member.id,
      note: input.reason,
      data: { kind: "SUGGESTION", reason: input.reason, convertedAt: new Date() },
    });
    await notifyLeadDeputy(ctx, s, "converted", eventId);
    return {
      result: { id: s.id },
      audit: reviewAudit("convert", s, {
        before: { kind: "MOTION" },
        after: { kind: "SUGGESTION", reason: input.reason },
      }),
    };
  },
});
