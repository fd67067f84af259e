import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { revealProposalContactSchema } from "./schemas";

/** Shows a proposer's whole contact (a citizen's phone) to staff allowed to see it, and records who looked. */
export const revealProposalContact = defineAction({
  name: "contact.reveal",
  permission: "contact.reveal",
  schema: revealProposalContactSchema,
  async run({ tx }, input) {
    const p = await tx.legislativeProposal.findFirst({
      where: { id: input.proposalId },
      select: { proposerContact: true },
    });
    if (!p) throw new AppError("NOT_FOUND");
    return {
      result: { value: p.proposerContact ?? "" },
      audit: {
        action: "contact.reveal",
        entityType: "LegislativeProposal",
        entityId: input.proposalId,
        after: { field: "proposerContact" },
      },
    };
  },
});
