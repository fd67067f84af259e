import { defineAction } from "@/lib/action";
import { todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { deputiesByIds } from "@/lib/modules/deputies";
import { notify } from "@/lib/modules/notifications";
import { moveSuggestion } from "./move-suggestion";
import { suggestionIdSchema } from "./schemas-submit";
import { suggestionSettings } from "./settings";
import { sessionDeadline, shanghaiYear, submitAudit, submitFor } from "./submit-common";
import { BILL_KIND } from "./submit-files";
import { motionQualifies } from "./workflow";

/**
 * 提交: the author sends a draft (or a revised one) to the deputy-affairs office. One made at a session is
 * received until the session's deadline; a recess one is counted in the year it is sent. A motion short of
 * confirmed signers or without its bill still goes (the form warned first): the office converts it to a
 * suggestion, with a reason. The lead deputy's delegation is fixed now, for the per-delegation figures.
 */
export const submitSuggestion = defineAction({
  name: "suggestion.submit",
  permission: "suggestion.submit",
  schema: suggestionIdSchema,
  async run(ctx, input) {
    const { s } = await submitFor(ctx, input.id, "submit");
    const now = new Date();
    let year = s.year;
    if (s.timing === "SESSION") {
      const session = await sessionDeadline(ctx.tx, s.sessionId);
      if (!session)
        throw new AppError(
          "VALIDATION",
          "suggestionsSubmit.errors.sessionRequired",
          {},
          {
            sessionId: ["suggestionsSubmit.errors.sessionRequired"],
          },
        );
      if (todayInShanghai(now) > session.deadlineOn)
        throw new AppError("VALIDATION", "suggestionsSubmit.errors.sessionClosed", {
          session: session.name,
          deadline: session.deadlineOn,
        });
    } else year = shanghaiYear(now);
    const lead = (await deputiesByIds(ctx.tenant.id, [s.leadDeputyId])).get(s.leadDeputyId);
    let qualifies: boolean | null = null;
    if (s.kind === "MOTION") {
      const hasBill =
        (await ctx.tx.attachment.count({
          where: { ownerModule: "suggestions", ownerKind: BILL_KIND, ownerId: s.id },
        })) > 0;
      const { motionMinSigners } = suggestionSettings(ctx.tenant.settings);
      qualifies = motionQualifies({ confirmedSigners: s.confirmedSigners, hasBill, minSigners: motionMinSigners });
    }
    const { eventId } = await moveSuggestion(ctx.tx, ctx.tenant.id, {
      suggestion: s,
      move: "submit",
      actorId: ctx.member.id,
      data: { submittedAt: now, delegation: lead?.delegation ?? s.delegation, year },
    });
    await notify(ctx.tx, ctx.tenant.id, {
      roles: ["deputyAffairs"],
      kind: "suggestions.submitted",
      messageKey:
        qualifies === false
          ? "suggestionsSubmit.notifications.submittedShort"
          : "suggestionsSubmit.notifications.submitted",
      values: { lead: lead?.name ?? "", title: s.title.slice(0, 60) },
      href: `/console/suggestions/${s.id}`,
      dedupeKey: `suggestion:${s.id}:submit:${eventId}`,
    });
    return {
      result: { id: s.id, motionQualifies: qualifies },
      audit: submitAudit(
        "submit",
        s,
        { year, confirmedSigners: s.confirmedSigners, ...(qualifies === null ? {} : { motionQualifies: qualifies }) },
        "SUBMITTED",
      ),
    };
  },
});
