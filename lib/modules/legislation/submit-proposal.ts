import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { newReceiptCode } from "@/lib/receipt";
import { proposerTypesFor } from "./policy";
import { assertFieldOfTenant, findOpenCall } from "./find-open-call";
import { consoleProposalSchema } from "./schemas";

/** A deputy, unit or committee proposes a regulation from the console. */
export const submitProposal = defineAction({
  name: "proposal.submit",
  permission: "proposal.submit",
  schema: consoleProposalSchema,
  async run({ tx, tenant, member }, input) {
    await findOpenCall(tx, input.callId);
    await assertFieldOfTenant(tx, input.fieldId);
    // Who a member may speak for follows from their roles; a deputy cannot file as a unit.
    if (!proposerTypesFor(member.roles).includes(input.proposerType)) {
      throw new AppError("VALIDATION", "VALIDATION", {}, { proposerType: ["proposerTypeNotYours"] });
    }
    const unitScope = member.scopes.find((s) => s.role === "unit")?.scopeId ?? null;
    const receiptCode = newReceiptCode();
    const p = await tx.legislativeProposal.create({
      data: {
        tenantId: tenant.id,
        callId: input.callId,
        receiptCode,
        title: input.title,
        necessity: input.necessity,
        mainContent: input.mainContent,
        fieldId: input.fieldId,
        proposerType: input.proposerType,
        proposerName: input.proposerName ?? member.displayName,
        proposerUnitId: input.proposerType === "UNIT" ? unitScope : null,
        submittedById: member.id,
      },
    });
    return {
      result: { id: p.id, receiptCode },
      audit: {
        action: "proposal.submit",
        entityType: "LegislativeProposal",
        entityId: p.id,
        after: { title: p.title, proposerType: p.proposerType },
      },
    };
  },
});
