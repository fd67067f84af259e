// 三见面: the lead unit records a contact with the deputy before, during or after handling (the day, the way,
// what was said). Not a move: the state stays; the lead deputy and the office read them on the page.
import { defineAction } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { handlingAudit, handlingFor, notFuture, requireState } from "./handling-common";
import { recordSuggestionEvent } from "./move-suggestion";
import { actsAs } from "./policy";
import { recordContactSchema } from "./schemas-handling";
import { ASSIGNED_STATUSES } from "./workflow";

export const recordSuggestionContact = defineAction({
  name: "suggestion.recordContact",
  permission: "suggestion.handle",
  schema: recordContactSchema,
  async run(ctx, input) {
    const { viewer, s } = await handlingFor(ctx, input.id, null);
    if (!actsAs(viewer, "leadUnit", s.scope)) throw new AppError("FORBIDDEN", "suggestionsHandling.errors.notLead");
    // After the reply too: 答复后见面 comes after it, even after the deputy's rating closed it.
    requireState(s, ASSIGNED_STATUSES);
    notFuture(input.on, "on");
    const contact = await ctx.tx.suggestionContact.create({
      data: {
        tenantId: ctx.tenant.id,
        suggestionId: s.id,
        unitId: s.leadUnitId!,
        stage: input.stage,
        on: dayToDate(input.on),
        way: input.way,
        content: input.content,
        authorId: ctx.member.id,
      },
      select: { id: true },
    });
    await recordSuggestionEvent(ctx.tx, ctx.tenant.id, {
      suggestionId: s.id,
      kind: "contact",
      from: s.status,
      to: s.status,
      actorId: ctx.member.id,
      unitId: s.leadUnitId,
      note: `${input.on} ${input.content}`.slice(0, 200),
    });
    return {
      result: { id: s.id, contactId: contact.id },
      audit: handlingAudit("recordContact", s, {
        contactId: contact.id,
        stage: input.stage,
        on: input.on,
        way: input.way,
      }),
    };
  },
});
