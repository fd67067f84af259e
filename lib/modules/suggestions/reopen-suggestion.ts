// 重新办理 by the office's decision: a closed suggestion goes back to its units for one more round of handling
// than the one allowed ("unless the office decides otherwise"), on a new deadline of rehandleWorkingDays working
// days, with the reason the units and the deputy read.
import { defineAction } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { notify } from "@/lib/modules/notifications";
import { handlingAudit, handlingFor, suggestionHref, unitRecipients, workingDeadline } from "./handling-common";
import { moveSuggestion } from "./move-suggestion";
import { reopenSuggestionSchema } from "./schemas-handling";
import { suggestionSettings } from "./settings";

export const reopenSuggestion = defineAction({
  name: "suggestion.reopen",
  permission: "suggestion.manage",
  schema: reopenSuggestionSchema,
  async run(ctx, input) {
    const { s } = await handlingFor(ctx, input.id, "reopen");
    const dueOn = await workingDeadline(ctx.tenant.id, suggestionSettings(ctx.tenant.settings).rehandleWorkingDays);
    const { eventId } = await moveSuggestion(ctx.tx, ctx.tenant.id, {
      suggestion: s,
      move: "reopen",
      actorId: ctx.member.id,
      note: input.reason,
      data: {
        rehandleAllowance: s.rehandleAllowance + 1,
        rehandleCount: s.rehandleCount + 1,
        dueOn: dayToDate(dueOn),
        closedAt: null,
        promisedOn: null,
        reason: input.reason,
      },
    });
    await ctx.tx.suggestionAssignment.updateMany({
      where: { suggestionId: s.id, active: true, role: "LEAD" },
      data: { dueOn: dayToDate(dueOn) },
    });
    await notify(ctx.tx, ctx.tenant.id, {
      roles: unitRecipients(s),
      kind: "suggestions.reopened",
      messageKey: "suggestionsHandling.notifications.reopened",
      values: { title: s.title.slice(0, 60), dueOn: { day: dueOn } },
      href: suggestionHref(s.id),
      dedupeKey: `suggestion:${s.id}:reopen:${eventId}`,
    });
    return {
      result: { id: s.id, dueOn },
      audit: handlingAudit(
        "reopen",
        s,
        {
          reason: input.reason,
          rehandleAllowance: s.rehandleAllowance + 1,
          rehandleCount: s.rehandleCount + 1,
          dueOn,
        },
        "ASSIGNED",
      ),
    };
  },
});
