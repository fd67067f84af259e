// 答复: the lead unit replies A (solved or adopted), B (in plan, solved by a promised day) or C (kept for
// reference, with the reason), the reply letter attached. The first reply records when it came and whether by the
// deadline (a Shanghai day: on or before dueOn); a reply after re-handling is a REHANDLE one. The reply goes to the
// lead deputy and the co-signers who confirmed, who rate it. A missing assisting view is a warning, not a refusal:
// the lead unit answers for the suggestion and may not be held up by a late assisting unit.
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import { Upload } from "@/lib/modules/attachments";
import { notify } from "@/lib/modules/notifications";
import {
  deputyAccounts,
  fieldRefusal,
  future,
  handlingAudit,
  handlingFor,
  storeHandlingFile,
  suggestionHref,
} from "./handling-common";
import { moveSuggestion } from "./move-suggestion";
import { replySuggestionSchema } from "./schemas-handling";

export const replySuggestion = defineAction({
  name: "suggestion.reply",
  permission: "suggestion.handle",
  schema: replySuggestionSchema.extend({ letter: z.instanceof(Upload).optional() }),
  async run(ctx, { letter, ...input }) {
    const { s } = await handlingFor(ctx, input.id, "reply");
    const kind = s.rehandleCount > 0 ? ("REHANDLE" as const) : ("FIRST" as const);
    // The first reply must carry the letter: the 答复函 under the unit's seal is the reply the deputy rates and
    // the office files; a reply after re-handling may only add to the letter already on file.
    if (kind === "FIRST" && !letter) throw fieldRefusal("letter", "letterRequired");
    const promisedOn = input.category === "B" ? future(input.promisedOn, "promisedOn") : null;
    if (input.category === "C" && !input.reason) throw fieldRefusal("reason", "reasonRequired");
    const now = new Date();
    const first = s.firstRepliedAt === null;
    const onTime = s.dueOn ? todayInShanghai(now) <= s.dueOn : null;
    const missingViews = s.assignments
      .filter((a) => a.active && a.role === "ASSIST" && a.viewAt === null)
      .map((a) => a.unitName);
    const { eventId } = await moveSuggestion(ctx.tx, ctx.tenant.id, {
      suggestion: s,
      move: "reply",
      actorId: ctx.member.id,
      unitId: s.leadUnitId,
      note: `${input.category}`,
      data: {
        replyCategory: input.category,
        promisedOn: promisedOn ? dayToDate(promisedOn) : null,
        // The rating shown is the latest reply's: a new reply waits for its own.
        satisfaction: null,
        ratedAt: null,
        ...(first ? { firstRepliedAt: now, repliedOnTime: onTime } : {}),
      },
    });
    const reply = await ctx.tx.suggestionReply.create({
      data: {
        tenantId: ctx.tenant.id,
        suggestionId: s.id,
        unitId: s.leadUnitId!,
        authorId: ctx.member.id,
        kind,
        category: input.category,
        body: input.body,
        reason: input.category === "C" ? input.reason! : null,
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
      kind: "suggestions.replied",
      messageKey: "suggestionsHandling.notifications.replied",
      values: { category: input.category, title: s.title.slice(0, 60) },
      href: suggestionHref(s.id),
      dedupeKey: `suggestion:${s.id}:reply:${eventId}`,
    });
    return {
      result: { id: s.id, replyId: reply.id, kind, onTime: first ? onTime : null, missingViews },
      audit: handlingAudit(
        "reply",
        s,
        {
          replyId: reply.id,
          kind,
          category: input.category,
          promisedOn,
          ...(first ? { repliedOnTime: onTime } : {}),
          missingViews,
          dueOn: s.dueOn,
          repliedOn: dateToDay(now),
        },
        "REPLIED",
      ),
    };
  },
});
