import { defineAction } from "@/lib/action";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import { workingCalendar } from "@/lib/modules/calendar";
import { notify } from "@/lib/modules/notifications";
import { moveSuggestion } from "./move-suggestion";
import { suggestionForMove } from "./queries-suggestion";
import { loadViewer } from "./queries-viewer";
import { assignmentClock, chosenUnits, createRound, keyData, notifyUnits, reviewAudit } from "./review-moves";
import { assignSuggestionSchema } from "./schemas-review";
import { suggestionSettings } from "./settings";

/**
 * 交办: the office gives an accepted suggestion to a lead unit and any assisting units, round 1. The lead unit
 * replies within handlingWorkingDays working days of today, the assisting units send their views within
 * viewWorkingDays; the same form may mark it key (a supervising leader, a committee that pushes). The units'
 * accounts and the supervising leader are told.
 */
export const assignSuggestion = defineAction({
  name: "suggestion.assign",
  permission: "suggestion.manage",
  schema: assignSuggestionSchema,
  async run(ctx, input) {
    const s = await suggestionForMove(ctx.tenant.id, await loadViewer(ctx.member), input.id, "assign");
    const units = await chosenUnits(ctx.tx, input.leadUnitId, input.assistUnitIds);
    const key = input.isKey ? await keyData(ctx.tx, input) : null;
    const clock = assignmentClock(
      await workingCalendar(ctx.tenant.id),
      todayInShanghai(),
      suggestionSettings(ctx.tenant.settings),
    );
    const now = new Date();
    const { eventId } = await moveSuggestion(ctx.tx, ctx.tenant.id, {
      suggestion: s,
      move: "assign",
      actorId: ctx.member.id,
      unitId: units.leadUnitId,
      data: {
        leadUnitId: units.leadUnitId,
        assignedAt: now,
        dueOn: dayToDate(clock.dueOn),
        ...(key ?? {}),
      },
    });
    await createRound(ctx.tx, ctx.tenant.id, s.id, 1, units, clock, now);
    await notifyUnits(ctx.tx, ctx.tenant.id, s, [units.leadUnitId, ...units.assistUnitIds], "assigned", eventId, {
      dueOn: clock.dueOn,
    });
    if (key?.supervisingLeaderId) await notifyLeader(ctx.tx, ctx.tenant.id, s, key.supervisingLeaderId, eventId);
    return {
      result: { id: s.id, dueOn: clock.dueOn, viewDueOn: clock.viewDueOn, unconfirmedYears: clock.unconfirmedYears },
      audit: reviewAudit("assign", s, {
        after: { leadUnitId: units.leadUnitId, assistUnitIds: units.assistUnitIds, dueOn: clock.dueOn, ...key },
      }),
    };
  },
});

/** Tells the supervising leader of a key suggestion. */
export async function notifyLeader(
  tx: Parameters<typeof notify>[0],
  tenantId: string,
  s: { id: string; title: string },
  leaderId: string,
  eventId: string,
) {
  await notify(tx, tenantId, {
    userIds: [leaderId],
    kind: "suggestions.keySupervision",
    messageKey: "suggestionsReview.notifications.keySupervision",
    values: { title: s.title.slice(0, 60) },
    href: `/console/suggestions/${s.id}`,
    dedupeKey: `suggestion:${s.id}:key:${leaderId}:${eventId}`,
  });
}
