// 代表评价: the lead deputy, from their own account, rates the latest reply 满意 / 基本满意 / 不满意 with a comment.
// afterRating (workflow.ts) decides where it goes: closed; IN_PLAN for a B reply (its follow-up is owed); or, when
// 不满意 and re-handling is still allowed, back to the same units on a new deadline of rehandleWorkingDays working
// days from today. 不满意 beyond the allowance closes it as unsatisfied (the office may still reopen it).
import { defineAction } from "@/lib/action";
import { dateToDay, dayToDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/modules/notifications";
import { handlingAudit, handlingFor, suggestionHref, unitRecipients, workingDeadline } from "./handling-common";
import { moveSuggestion } from "./move-suggestion";
import { rateSuggestionSchema } from "./schemas-handling";
import { suggestionSettings } from "./settings";
import { afterRating, canMove } from "./workflow";

export const rateSuggestion = defineAction({
  name: "suggestion.rate",
  permission: "suggestion.rate",
  schema: rateSuggestionSchema,
  async run(ctx, input) {
    const { s } = await handlingFor(ctx, input.id, "rate");
    if (!canMove(s.status, "rate"))
      throw new AppError("CONFLICT", "suggestions.errors.moveNotAllowed", {
        status: `@suggestions.status.${s.status}`,
      });
    const reply = await ctx.tx.suggestionReply.findFirst({
      where: { suggestionId: s.id, kind: { in: ["FIRST", "REHANDLE"] } },
      orderBy: { createdAt: "desc" },
      select: { id: true, category: true },
    });
    if (!reply) throw new AppError("CONFLICT", "suggestionsHandling.errors.noReply");
    const now = new Date();
    const next = afterRating({
      satisfaction: input.satisfaction,
      replyCategory: s.replyCategory ?? reply.category,
      rehandleCount: s.rehandleCount,
      rehandleAllowance: s.rehandleAllowance,
    });
    const rehandle = next.move === "rehandle";
    const dueOn = rehandle
      ? await workingDeadline(ctx.tenant.id, suggestionSettings(ctx.tenant.settings).rehandleWorkingDays)
      : null;
    const { eventId } = await moveSuggestion(ctx.tx, ctx.tenant.id, {
      suggestion: s,
      move: next.move,
      to: next.to,
      actorId: ctx.member.id,
      // The timeline names the step (rate, or rehandle for 不满意); the rating itself shows on the reply.
      note: input.comment?.slice(0, 500) ?? "",
      data: {
        satisfaction: input.satisfaction,
        ratedAt: now,
        ...(next.to === "CLOSED" ? { closedAt: now } : {}),
        // Handled again: a new clock, and the earlier B promise no longer stands.
        ...(rehandle ? { rehandleCount: s.rehandleCount + 1, dueOn: dayToDate(dueOn!), promisedOn: null } : {}),
      },
    });
    await ctx.tx.suggestionReply.update({
      where: { id: reply.id },
      data: {
        satisfaction: input.satisfaction,
        satisfactionComment: input.comment ?? null,
        ratedAt: now,
        ratedById: ctx.member.id,
      },
    });
    if (rehandle)
      await ctx.tx.suggestionAssignment.updateMany({
        where: { suggestionId: s.id, active: true, role: "LEAD" },
        data: { dueOn: dayToDate(dueOn!) },
      });
    await notify(ctx.tx, ctx.tenant.id, {
      roles: unitRecipients(s, rehandle ? undefined : "LEAD"),
      kind: rehandle ? "suggestions.rehandle" : "suggestions.rated",
      messageKey: rehandle ? "suggestionsHandling.notifications.rehandle" : "suggestionsHandling.notifications.rated",
      values: {
        title: s.title.slice(0, 60),
        satisfaction: input.satisfaction,
        ...(dueOn ? { dueOn: { day: dueOn } } : {}),
      },
      href: suggestionHref(s.id),
      dedupeKey: `suggestion:${s.id}:rate:${eventId}`,
    });
    return {
      result: { id: s.id, status: next.to, move: next.move, dueOn },
      audit: handlingAudit(
        "rate",
        s,
        {
          replyId: reply.id,
          satisfaction: input.satisfaction,
          outcome: next.move,
          ...(rehandle ? { rehandleCount: s.rehandleCount + 1, dueOn, previousDueOn: s.dueOn } : {}),
          ratedOn: dateToDay(now),
        },
        next.to,
      ),
    };
  },
});
