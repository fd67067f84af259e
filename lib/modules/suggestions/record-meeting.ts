// 约见: a key suggestion's supervising leader (or the office for them) meets the unit and the deputy and records
// it: the day (not in the future), the place, who took part and what was agreed. Not a move.
import { defineAction } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { handlingAudit, handlingFor, notFuture, requireState } from "./handling-common";
import { recordSuggestionEvent } from "./move-suggestion";
import { recordMeetingSchema } from "./schemas-handling";
import { ASSIGNED_STATUSES } from "./workflow";

export const recordSuggestionMeeting = defineAction({
  name: "suggestion.recordMeeting",
  permission: "suggestion.supervise",
  schema: recordMeetingSchema,
  async run(ctx, input) {
    const { s } = await handlingFor(ctx, input.id, null);
    if (!s.mayRecordMeeting) throw new AppError("FORBIDDEN", "suggestionsHandling.errors.notSupervising");
    requireState(s, ASSIGNED_STATUSES);
    notFuture(input.on, "on");
    const meeting = await ctx.tx.suggestionMeeting.create({
      data: {
        tenantId: ctx.tenant.id,
        suggestionId: s.id,
        leaderId: s.supervisingLeaderId ?? ctx.member.id,
        on: dayToDate(input.on),
        place: input.place ?? "",
        participants: input.participants ?? "",
        content: input.content,
        authorId: ctx.member.id,
      },
      select: { id: true },
    });
    await recordSuggestionEvent(ctx.tx, ctx.tenant.id, {
      suggestionId: s.id,
      kind: "meeting",
      from: s.status,
      to: s.status,
      actorId: ctx.member.id,
      note: `${input.on} ${input.content}`.slice(0, 200),
    });
    return {
      result: { id: s.id, meetingId: meeting.id },
      audit: handlingAudit("recordMeeting", s, { meetingId: meeting.id, on: input.on }),
    };
  },
});
