import { defineAction } from "@/lib/action";
import { moveSuggestion } from "./move-suggestion";
import { suggestionForMove } from "./queries-suggestion";
import { loadViewer } from "./queries-viewer";
import { notifyUnits, reviewAudit } from "./review-moves";
import { suggestionReasonSchema } from "./schemas-review";

/** 不同意退回: the office refuses a hand-back with a reason for the units; the round and its clock go on. */
export const refuseHandback = defineAction({
  name: "suggestion.refuseHandback",
  permission: "suggestion.manage",
  schema: suggestionReasonSchema,
  async run(ctx, input) {
    const s = await suggestionForMove(ctx.tenant.id, await loadViewer(ctx.member), input.id, "refuseHandback");
    const { eventId } = await moveSuggestion(ctx.tx, ctx.tenant.id, {
      suggestion: s,
      move: "refuseHandback",
      actorId: ctx.member.id,
      note: input.reason,
    });
    const units = s.assignments.filter((a) => a.active).map((a) => a.unitId);
    await notifyUnits(ctx.tx, ctx.tenant.id, s, units, "handbackRefused", eventId, {
      reason: input.reason.slice(0, 100),
    });
    return { result: { id: s.id }, audit: reviewAudit("refuseHandback", s, { after: { reason: input.reason } }) };
  },
});
