import { defineAction } from "@/lib/action";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import { workingCalendar } from "@/lib/modules/calendar";
import { moveSuggestion } from "./move-suggestion";
import { suggestionForMove } from "./queries-suggestion";
import { loadViewer } from "./queries-viewer";
import { assignmentClock, chosenUnits, createRound, notifyUnits, reviewAudit } from "./review-moves";
import { reassignSuggestionSchema } from "./schemas-review";
import { suggestionSettings } from "./settings";

/**
 * 重新交办: the office grants a hand-back and gives the suggestion to a new set of units. The round's rows end
 * (active false, endedAt) and a new round starts on a new clock counted from today.
 */
export const reassignSuggestion = defineAction({
  name: "suggestion.reassign",
  permission: "suggestion.manage",
  schema: reassignSuggestionSchema,
  async run(ctx, input) {
    const s = await suggestionForMove(ctx.tenant.id, await loadViewer(ctx.member), input.id, "reassign");
    const units = await chosenUnits(ctx.tx, input.leadUnitId, input.assistUnitIds);
    const clock = assignmentClock(
      await workingCalendar(ctx.tenant.id),
      todayInShanghai(),
      suggestionSettings(ctx.tenant.settings),
    );
    const now = new Date();
    const { eventId } = await moveSuggestion(ctx.tx, ctx.tenant.id, {
      suggestion: s,
      move: "reassign",
      actorId: ctx.member.id,
      unitId: units.leadUnitId,
      note: input.note,
      data: { leadUnitId: units.leadUnitId, assignedAt: now, dueOn: dayToDate(clock.dueOn) },
    });
    await ctx.tx.suggestionAssignment.updateMany({
      where: { suggestionId: s.id, active: true },
      data: { active: false, endedAt: now },
    });
    const round = Math.max(0, ...s.assignments.map((a) => a.round)) + 1;
    await createRound(ctx.tx, ctx.tenant.id, s.id, round, units, clock, now);
    await notifyUnits(ctx.tx, ctx.tenant.id, s, [units.leadUnitId, ...units.assistUnitIds], "assigned", eventId, {
      dueOn: clock.dueOn,
    });
    const previous = s.assignments.filter((a) => a.active).map((a) => a.unitId);
    await notifyUnits(ctx.tx, ctx.tenant.id, s, previous, "handbackGranted", eventId);
    return {
      result: { id: s.id, round, dueOn: clock.dueOn, unconfirmedYears: clock.unconfirmedYears },
      audit: reviewAudit("reassign", s, {
        before: { leadUnitId: s.leadUnitId, dueOn: s.dueOn },
        after: { leadUnitId: units.leadUnitId, assistUnitIds: units.assistUnitIds, dueOn: clock.dueOn, round },
      }),
    };
  },
});
