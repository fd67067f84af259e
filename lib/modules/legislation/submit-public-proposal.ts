import { definePublicAction } from "@/lib/public-action";
import { newReceiptCode } from "@/lib/receipt";
import { assertFieldOfTenant, findOpenCall } from "./find-open-call";
import { publicProposalSchema } from "./schemas";

/** A citizen proposes a regulation from the portal (no account); answers the receipt code to track it by. */
export const submitPublicProposal = definePublicAction({
  name: "proposal.submitPublic",
  schema: publicProposalSchema,
  async run({ tx, tenant }, input) {
    await findOpenCall(tx, input.callId);
    await assertFieldOfTenant(tx, input.fieldId);
    const receiptCode = newReceiptCode();
    const p = await tx.legislativeProposal.create({
      data: {
        tenantId: tenant.id, callId: input.callId, receiptCode, title: input.title, necessity: input.necessity, mainContent: input.mainContent,
        fieldId: input.fieldId, proposerType: "PUBLIC", proposerName: input.proposerName, proposerContact: input.proposerContact,
      },
    });
    return { result: { id: p.id, receiptCode }, audit: { action: "proposal.submit", entityType: "LegislativeProposal", entityId: p.id, after: { title: p.title, proposerType: "PUBLIC" } } };
  },
});
