import { z } from "zod";
import { defineAction } from "@/lib/action";
import { notify } from "@/lib/modules/notifications";
import { moveSuggestion } from "./move-suggestion";
import { suggestionIdSchema } from "./schemas-submit";
import { submitAudit, submitFor } from "./submit-common";

const withdrawInput = suggestionIdSchema.extend({ note: z.string().trim().max(1000).default("") });

/** 撤回: the author takes it back (a draft, a submitted one not yet accepted, or one returned for revision);
 *  the office is told when it had already been sent. */
export const withdrawSuggestion = defineAction({
  name: "suggestion.withdraw",
  permission: "suggestion.submit",
  schema: withdrawInput,
  async run(ctx, input) {
    const { s } = await submitFor(ctx, input.id, "withdraw");
    const { eventId } = await moveSuggestion(ctx.tx, ctx.tenant.id, {
      suggestion: s,
      move: "withdraw",
      actorId: ctx.member.id,
      note: input.note,
    });
    if (s.status !== "DRAFT")
      await notify(ctx.tx, ctx.tenant.id, {
        roles: ["deputyAffairs"],
        kind: "suggestions.withdrawn",
        messageKey: "suggestionsSubmit.notifications.withdrawn",
        values: { lead: s.leadDeputyName, title: s.title.slice(0, 60) },
        href: `/console/suggestions/${s.id}`,
        dedupeKey: `suggestion:${s.id}:withdraw:${eventId}`,
      });
    return { result: { id: s.id }, audit: submitAudit("withdraw", s, { note: input.note }, "WITHDRAWN") };
  },
});
