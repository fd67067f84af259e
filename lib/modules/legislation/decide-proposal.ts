import { defineAction } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { canDecide } from "./proposal-workflow";
import { decideProposalSchema } from "./schemas";

/** The screening's outcome: into the plan (as a deliberation, research or reserve item), merged into another
 *  proposal, or rejected with a reason. Into a five-year plan given by planId, the item is created too. */
export const decideProposal = defineAction({
  name: "proposal.decide",
  permission: "legislation.manage",
  schema: decideProposalSchema,
  async run({ tx, tenant, member }, input) {
    const proposal = await tx.legislativeProposal.findFirst({ where: { id: input.proposalId } });
    if (!proposal) throw new AppError("NOT_FOUND");
    if (!canDecide(proposal.status)) throw new AppError("CONFLICT", "proposalDecided");
    let mergedIntoId: string | null = null;
    if (input.decision === "MERGED") {
      const target = await tx.legislativeProposal.findFirst({
        where: { id: input.mergedIntoId },
        select: { id: true, callId: true, status: true, mergedIntoId: true },
      });
      if (
        !target ||
        target.callId !== proposal.callId ||
        target.id === proposal.id ||
        target.status === "REJECTED" ||
        target.status === "MERGED"
      ) {
        // merged away: no chains, no cycles
        throw new AppError("VALIDATION", "VALIDATION", {}, { mergedIntoId: ["mergeTargetInvalid"] });
      }
      mergedIntoId = target.id;
    }
    let planItemId: string | null = null;
    if (input.decision === "IN_PLAN" && input.planId) {
      const plan = await tx.legislativePlan.findFirst({
        where: { id: input.planId },
        select: { id: true, kind: true, startYear: true, title: true },
      });
      if (!plan) throw new AppError("VALIDATION", "VALIDATION", {}, { planId: ["notFoundHere"] });
      const count = await tx.planItem.count({ where: { planId: plan.id } });
      const item = await tx.planItem.create({
        data: {
          tenantId: tenant.id,
          planId: plan.id,
          title: proposal.title,
          category: input.category,
          fieldId: proposal.fieldId,
          proposalId: proposal.id,
          sortOrder: count,
          plannedYear: plan.kind === "ANNUAL" ? plan.startYear : null,
        },
      });
      planItemId = item.id;
    }
    const status = input.decision;
    const decided = await tx.legislativeProposal.updateMany({
      where: { id: proposal.id, status: { in: ["SUBMITTED", "SCREENING"] } }, // a concurrent decision that committed first wins
      data: {
        status,
        planCategory: input.decision === "IN_PLAN" ? input.category : null,
        mergedIntoId,
        decisionReason: input.reason,
        decidedOn: dayToDate(input.decidedOn),
      },
    });
    if (decided.count !== 1) throw new AppError("CONFLICT", "proposalDecided");
    await tx.screeningStep.create({
      data: {
        tenantId: tenant.id,
        proposalId: proposal.id,
        kind: "DECISION",
        occurredOn: dayToDate(input.decidedOn),
        summary: input.reason ?? "",
        actorId: member.id,
      },
    });
    const after = {
      status,
      category: input.decision === "IN_PLAN" ? input.category : undefined,
      mergedIntoId,
      reason: input.reason,
      planItemId,
    };
    return {
      result: { id: proposal.id, planItemId },
      audit: {
        action: "proposal.decide",
        entityType: "LegislativeProposal",
        entityId: proposal.id,
        before: { status: proposal.status },
        after,
      },
    };
  },
});
