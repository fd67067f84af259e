import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { deputiesByIds } from "@/lib/modules/deputies";
import { updateSuggestionSchema } from "./schemas-submit";
import { checkDraft, inviteCosigners, submitAudit, submitFor } from "./submit-common";
import { saveFiles, uploadsSchema } from "./submit-files";
import { EDITABLE_STATUSES } from "./workflow";

const updateInput = updateSuggestionSchema.extend(uploadsSchema.shape);

/**
 * 修改: the author (the lead deputy, or the office that entered it) edits a draft or one returned for revision —
 * its text, kind, timing, category, co-signers and files. Co-signers taken off lose their row (confirmed or
 * not); new ones are invited and told. The lead stays the lead.
 */
export const updateSuggestion = defineAction({
  name: "suggestion.update",
  permission: "suggestion.submit",
  schema: updateInput,
  async run(ctx, { id, files, bill, removeAttachmentIds, ...input }) {
    const { s } = await submitFor(ctx, id, "submit");
    if (!EDITABLE_STATUSES.includes(s.status))
      throw new AppError("CONFLICT", "suggestionsSubmit.errors.notEditable", {
        status: `@suggestions.status.${s.status}`,
      });
    const draft = await checkDraft(ctx, input, s.leadDeputyId);
    const before = s.signers.filter((x) => x.role === "COSIGNER").map((x) => x.deputyId);
    const removed = before.filter((d) => !draft.cosignerIds.includes(d));
    const added = draft.cosignerIds.filter((d) => !before.includes(d));
    // The status in the filter: a submit that committed meanwhile leaves nothing to change.
    const changed = await ctx.tx.suggestion.updateMany({
      where: { id: s.id, status: s.status },
      data: {
        kind: input.kind,
        timing: input.timing,
        sessionId: draft.sessionId,
        year: draft.year,
        title: input.title,
        body: input.body,
        category: input.category,
      },
    });
    if (changed.count !== 1) throw new AppError("CONFLICT", "suggestions.errors.movedMeanwhile");
    if (removed.length)
      await ctx.tx.suggestionSigner.deleteMany({
        where: { suggestionId: s.id, role: "COSIGNER", deputyId: { in: removed } },
      });
    const lead = (await deputiesByIds(ctx.tenant.id, [s.leadDeputyId])).get(s.leadDeputyId);
    await inviteCosigners(
      ctx,
      { id: s.id, title: input.title, status: s.status },
      lead?.name ?? "",
      draft.found,
      added,
    );
    const { hasBill, stored } = await saveFiles(ctx, s.id, {
      files,
      bill,
      remove: removeAttachmentIds,
      motion: input.kind === "MOTION",
    });
    return {
      result: { id: s.id },
      audit: {
        ...submitAudit("update", s, {
          kind: input.kind,
          timing: input.timing,
          title: input.title,
          addedCosignerIds: added,
          removedCosignerIds: removed,
          attachmentIds: stored,
          removedAttachmentIds: removeAttachmentIds,
          hasBill,
        }),
        before: { suggestionStatus: s.status, kind: s.kind, timing: s.timing, title: s.title },
      },
    };
  },
});
