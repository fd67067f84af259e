import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { deputiesByIds } from "@/lib/modules/deputies";
import { recordSuggestionEvent } from "./move-suggestion";
import { isOffice } from "./policy";
import { loadViewer } from "./queries-viewer";
import { createSuggestionSchema } from "./schemas-submit";
import { checkDraft, fieldRefusal, inviteCosigners, submitAudit } from "./submit-common";
import { saveFiles, uploadsSchema } from "./submit-files";

const createInput = createSuggestionSchema.extend(uploadsSchema.shape);

/**
 * 起草: a deputy drafts their own (they lead it), or the office enters one on a deputy's behalf, naming the lead
 * deputy. The lead's row counts at once; each co-signer is invited and told, and counts once they confirm.
 */
export const createSuggestion = defineAction({
  name: "suggestion.create",
  permission: "suggestion.submit",
  schema: createInput,
  async run(ctx, { files, bill, leadDeputyId: named, ...input }) {
    const viewer = await loadViewer(ctx.member);
    const own = viewer.roles.includes("deputy") && viewer.deputyId !== null && (!named || named === viewer.deputyId);
    let leadDeputyId: string;
    if (own) leadDeputyId = viewer.deputyId!;
    else if (isOffice(viewer)) {
      if (!named) throw fieldRefusal("leadDeputyId", "leadRequired");
      leadDeputyId = named;
    } else throw new AppError("FORBIDDEN", "suggestionsSubmit.errors.notLinked");
    const lead = (await deputiesByIds(ctx.tenant.id, [leadDeputyId])).get(leadDeputyId);
    if (!lead || lead.status !== "IN_OFFICE") throw fieldRefusal("leadDeputyId", "leadUnknown");
    const draft = await checkDraft(ctx, input, leadDeputyId);
    const s = await ctx.tx.suggestion.create({
      data: {
        tenantId: ctx.tenant.id,
        kind: input.kind,
        timing: input.timing,
        sessionId: draft.sessionId,
        year: draft.year,
        title: input.title,
        body: input.body,
        category: input.category,
        leadDeputyId,
        delegation: lead.delegation,
        createdById: ctx.member.id,
        onBehalf: !own,
      },
      select: { id: true, title: true, status: true },
    });
    await ctx.tx.suggestionSigner.create({
      data: {
        tenantId: ctx.tenant.id,
        suggestionId: s.id,
        deputyId: leadDeputyId,
        role: "LEAD",
        confirmedAt: new Date(),
      },
    });
    await recordSuggestionEvent(ctx.tx, ctx.tenant.id, {
      suggestionId: s.id,
      kind: "create",
      to: "DRAFT",
      actorId: ctx.member.id,
    });
    await inviteCosigners(ctx, s, lead.name, draft.found, draft.cosignerIds);
    const { hasBill, stored } = await saveFiles(ctx, s.id, { files, bill, motion: input.kind === "MOTION" });
    return {
      result: { id: s.id },
      audit: submitAudit("create", s, {
        kind: input.kind,
        timing: input.timing,
        title: input.title,
        leadDeputyId,
        onBehalf: !own,
        cosignerIds: draft.cosignerIds,
        attachmentIds: stored,
        hasBill,
      }),
    };
  },
});
