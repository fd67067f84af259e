import { defineAction } from "@/lib/action";
import { todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { workingCalendar } from "@/lib/modules/calendar";
import { notify } from "@/lib/modules/notifications";
import { moveSuggestion } from "./move-suggestion";
import { suggestionForMove } from "./queries-suggestion";
import { loadViewer } from "./queries-viewer";
import { viewerUnitIds } from "./policy";
import { handbackWindow, reviewAudit } from "./review-moves";
import { suggestionReasonSchema } from "./schemas-review";
import { suggestionSettings } from "./settings";

/**
 * 申请退回: a unit of the current round asks the office to take the suggestion back (not its business), within
 * handbackWorkingDays working days of the round's assignment day; after that the unit must handle it.
 */
export const requestHandback = defineAction({
  name: "suggestion.requestHandback",
  permission: "suggestion.handle",
  schema: suggestionReasonSchema,
  async run(ctx, input) {
    const viewer = await loadViewer(ctx.member);
    const s = await suggestionForMove(ctx.tenant.id, viewer, input.id, "requestHandback");
    const mine = s.assignments.filter((a) => a.active && viewerUnitIds(viewer).includes(a.unitId));
    const days = suggestionSettings(ctx.tenant.settings).handbackWorkingDays;
    const w = handbackWindow(
      await workingCalendar(ctx.tenant.id),
      todayInShanghai(mine[0]!.assignedAt),
      todayInShanghai(),
      days,
    );
    if (!w.open)
      throw new AppError("CONFLICT", "suggestionsReview.errors.handbackWindowClosed", { days, lastDay: w.lastDay });
    const unitId = mine[0]!.unitId;
    const { eventId } = await moveSuggestion(ctx.tx, ctx.tenant.id, {
      suggestion: s,
      move: "requestHandback",
      actorId: ctx.member.id,
      unitId,
      note: input.reason,
    });
    await ctx.tx.suggestionAssignment.updateMany({
      where: { id: { in: mine.map((a) => a.id) } },
      data: { handbackRequestedAt: new Date(), handbackReason: input.reason },
    });
    await notify(ctx.tx, ctx.tenant.id, {
      roles: ["deputyAffairs"],
      kind: "suggestions.handbackRequested",
      messageKey: "suggestionsReview.notifications.handbackRequested",
      values: { title: s.title.slice(0, 60), unit: mine[0]!.unitName },
      href: `/console/suggestions/${s.id}`,
      dedupeKey: `suggestion:${s.id}:handback:${eventId}`,
    });
    return {
      result: { id: s.id },
      audit: reviewAudit("requestHandback", s, { after: { unitId, reason: input.reason } }),
    };
  },
});
