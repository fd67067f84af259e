// 落实情况续复: a B reply owes a follow-up by its promised day. Solved now (A) closes the suggestion; still in plan
// (B) keeps it IN_PLAN with a new promised day (the reminders then track that day). Either way the deputies are
// told; the follow-up is the unit's report on its promise, so it is not rated again.
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { Upload } from "@/lib/modules/attachments";
import { notify } from "@/lib/modules/notifications";
import {
  deputyAccounts,
  future,
  handlingAudit,
  handlingFor,
  storeHandlingFile,
  suggestionHref,
} from "./handling-common";
import { moveSuggestion } from "./move-suggestion";
import { followUpSuggestionSchema } from "./schemas-handling";

export const followUpSuggestion = defineAction({
  name: "suggestion.followUp",
  permission: "suggestion.handle",
  schema: followUpSuggestionSchema.extend({ letter: z.instanceof(Upload).optional() }),
  async run(ctx, { letter, ...input }) {
    const { s } = await handlingFor(ctx, input.id, "followUp");
    const solved = input.category === "A";
    const promisedOn = solved ? null : future(input.promisedOn, "promisedOn");
    const now = new Date();
    const to = solved ? ("CLOSED" as const) : ("IN_PLAN" as const);
    const { eventId } = await moveSuggestion(ctx.tx, ctx.tenant.id, {
      suggestion: s,
      move: "followUp",
      to,
      actorId: ctx.member.id,
      unitId: s.leadUnitId,
      note: solved ? "A" : `B ${promisedOn}`,
      data: solved
        ? { replyCategory: "A", followUpDoneAt: now, closedAt: now }
        : { replyCategory: "B", promisedOn: dayToDate(promisedOn!) },
    });
    const reply = await ctx.tx.suggestionReply.create({
      data: {
        tenantId: ctx.tenant.id,
        suggestionId: s.id,
        unitId: s.leadUnitId!,
        authorId: ctx.member.id,
        kind: "FOLLOW_UP",
        category: input.category,
        body: input.body,
        promisedOn: promisedOn ? dayToDate(promisedOn) : null,
        createdAt: now,
      },
      select: { id: true },
    });
    if (letter) {
      const letterAttachmentId = await storeHandlingFile(ctx, letter, "replyLetter", reply.id);
      await ctx.tx.suggestionReply.update({ where: { id: reply.id }, data: { letterAttachmentId } });
    }
    await notify(ctx.tx, ctx.tenant.id, {
      userIds: await deputyAccounts(ctx.tenant.id, s),
      kind: "suggestions.followedUp",
      messageKey: solved
        ? "suggestionsHandling.notifications.followUpSolved"
        : "suggestionsHandling.notifications.followUpInPlan",
      values: { title: s.title.slice(0, 60), ...(promisedOn ? { promisedOn: { day: promisedOn } } : {}) },
      href: suggestionHref(s.id),
      dedupeKey: `suggestion:${s.id}:followUp:${eventId}`,
    });
    return {
      result: { id: s.id, replyId: reply.id, status: to },
      audit: handlingAudit(
        "followUp",
        s,
        { replyId: reply.id, category: input.category, promisedOn, previousPromisedOn: s.promisedOn },
        to,
      ),
    };
  },
});
