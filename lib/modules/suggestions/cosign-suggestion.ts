import { defineAction, type ActionContext } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { deputiesByIds } from "@/lib/modules/deputies";
import { notify } from "@/lib/modules/notifications";
import { recordSuggestionEvent } from "./move-suggestion";
import { suggestionIdSchema } from "./schemas-submit";
import { submitAudit, submitFor } from "./submit-common";

/** A co-signer's answer from their own account: the row's confirmation (or refusal), the timeline, the lead told. */
export async function answerInvitation(ctx: ActionContext, id: string, confirm: boolean) {
  const { viewer, s } = await submitFor(ctx, id, null);
  if (!s.mayCosign) throw new AppError("FORBIDDEN", "suggestionsSubmit.errors.notInvited");
  const now = new Date();
  const row = s.signers.find((x) => x.deputyId === viewer.deputyId && x.role === "COSIGNER");
  if (!row) throw new AppError("FORBIDDEN", "suggestionsSubmit.errors.notInvited");
  await ctx.tx.suggestionSigner.update({
    where: { id: row.id },
    data: confirm ? { confirmedAt: now, declinedAt: null } : { confirmedAt: null, declinedAt: now },
  });
  const kind = confirm ? "cosign" : "declineCosign";
  const { eventId } = await recordSuggestionEvent(ctx.tx, ctx.tenant.id, {
    suggestionId: s.id,
    kind,
    from: s.status,
    to: s.status,
    actorId: ctx.member.id,
    note: row.name,
  });
  const lead = (await deputiesByIds(ctx.tenant.id, [s.leadDeputyId])).get(s.leadDeputyId);
  if (lead?.userId)
    await notify(ctx.tx, ctx.tenant.id, {
      userIds: [lead.userId],
      kind: `suggestions.${kind}`,
      messageKey: `suggestionsSubmit.notifications.${kind}`,
      values: { name: row.name, title: s.title.slice(0, 60) },
      href: `/console/suggestions/${s.id}`,
      dedupeKey: `suggestion:${s.id}:${kind}:${eventId}`,
    });
  return {
    result: { id: s.id },
    audit: submitAudit(kind, s, { deputyId: row.deputyId, confirmed: confirm }),
  };
}

/** 附议: an invited co-signer confirms; from now on they count among the suggestion's signers. */
export const cosignSuggestion = defineAction({
  name: "suggestion.cosign",
  permission: "suggestion.submit",
  schema: suggestionIdSchema,
  run: (ctx, input) => answerInvitation(ctx, input.id, true),
});
