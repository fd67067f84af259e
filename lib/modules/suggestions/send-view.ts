// 协办意见: an assisting unit of the current round sends its view to the lead unit (text and an optional file),
// due within about a month (viewDueOn, set at assignment). It may be amended while the lead unit has not replied
// (ASSIGNED or HANDBACK_REQUESTED): the lead unit writes its reply from the latest text, and after the reply the
// view is part of the record the deputy's rating judged, so it no longer changes.
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { Upload } from "@/lib/modules/attachments";
import { notify } from "@/lib/modules/notifications";
import {
  fieldRefusal,
  handlingAudit,
  handlingFor,
  requireState,
  storeHandlingFile,
  suggestionHref,
} from "./handling-common";
import { recordSuggestionEvent } from "./move-suggestion";
import { viewerUnitIds } from "./policy";
import { sendViewSchema } from "./schemas-handling";
import { CLOCK_STATUSES } from "./workflow";

export const sendSuggestionView = defineAction({
  name: "suggestion.sendView",
  permission: "suggestion.handle",
  schema: sendViewSchema.extend({ file: z.instanceof(Upload).optional() }),
  async run(ctx, { file, ...input }) {
    const { viewer, s } = await handlingFor(ctx, input.id, null);
    const units = viewerUnitIds(viewer);
    const mine = s.assignments.find((a) => a.active && a.role === "ASSIST" && units.includes(a.unitId));
    // The lead unit, a unit of an earlier round, or anyone else who sees it: not an assisting unit now.
    if (!mine) throw new AppError("FORBIDDEN", "suggestionsHandling.errors.notAssisting");
    requireState(s, CLOCK_STATUSES);
    if (!input.body.trim()) throw fieldRefusal("body", "bodyRequired");
    const now = new Date();
    const amended = mine.viewAt !== null;
    const attachmentId = file ? await storeHandlingFile(ctx, file, "view", mine.id) : mine.viewAttachmentId;
    await ctx.tx.suggestionAssignment.update({
      where: { id: mine.id },
      data: { viewBody: input.body, viewAt: now, viewById: ctx.member.id, viewAttachmentId: attachmentId },
    });
    const onTime = mine.viewDueOn ? todayInShanghai(now) <= mine.viewDueOn : null;
    const { eventId } = await recordSuggestionEvent(ctx.tx, ctx.tenant.id, {
      suggestionId: s.id,
      kind: "view",
      from: s.status,
      to: s.status,
      actorId: ctx.member.id,
      unitId: mine.unitId,
      note: input.body.slice(0, 200),
    });
    if (s.leadUnitId)
      await notify(ctx.tx, ctx.tenant.id, {
        roles: [{ role: "unit", scopeId: s.leadUnitId }],
        kind: "suggestions.viewSent",
        messageKey: "suggestionsHandling.notifications.viewSent",
        values: { unit: mine.unitName, title: s.title.slice(0, 60) },
        href: suggestionHref(s.id),
        dedupeKey: `suggestion:${s.id}:view:${eventId}`,
      });
    return {
      result: { id: s.id, assignmentId: mine.id, onTime, amended },
      audit: handlingAudit("sendView", s, {
        assignmentId: mine.id,
        unitId: mine.unitId,
        attachmentId,
        onTime,
        amended,
        viewDueOn: mine.viewDueOn,
        viewAt: dateToDay(now),
      }),
    };
  },
});
