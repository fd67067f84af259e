import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { checkReferences } from "./check-references";
import { createPlannedRegulation } from "./create-planned-regulation";
import { addPlanItemSchema } from "./schemas";

/**
 * An item of a five-year or annual plan. An annual item taken from the five-year plan (sourceItemId) follows
 * the same regulation project; a deliberation item without one gets a new project in PLANNED, so the plan's
 * progress view can show every item's stage.
 */
export const addPlanItem = defineAction({
  name: "plan.addItem",
  permission: "legislation.manage",
  schema: addPlanItemSchema,
  async run({ tx, tenant, member }, input) {
    const plan = await tx.legislativePlan.findFirst({ where: { id: input.planId } });
    if (!plan) throw new AppError("NOT_FOUND");
    await checkReferences(tx, input);
    if (input.plannedYear !== undefined && (input.plannedYear < plan.startYear || input.plannedYear > plan.endYear)) {
      throw new AppError("VALIDATION", "VALIDATION", {}, { plannedYear: ["yearOutsidePlan"] });
    }
    let regulationId = input.regulationId;
    if (input.sourceItemId) {
      const source = await tx.planItem.findFirst({ where: { id: input.sourceItemId }, select: { regulationId: true } });
      if (!source) throw new AppError("VALIDATION", "VALIDATION", {}, { sourceItemId: ["notFoundHere"] });
      regulationId ??= source.regulationId;
    }
    if (regulationId && !(await tx.regulation.findFirst({ where: { id: regulationId }, select: { id: true } }))) {
      throw new AppError("VALIDATION", "VALIDATION", {}, { regulationId: ["notFoundHere"] });
    }
    if (
      input.proposalId &&
      !(await tx.legislativeProposal.findFirst({ where: { id: input.proposalId }, select: { id: true } }))
    ) {
      throw new AppError("VALIDATION", "VALIDATION", {}, { proposalId: ["notFoundHere"] });
    }
    if (!regulationId && input.category === "DELIBERATION") {
      regulationId = await createPlannedRegulation(tx, tenant.id, member.id, {
        title: input.title,
        fieldId: input.fieldId,
        committeeId: input.leadCommitteeId,
        draftingUnitId: input.draftingUnitId,
        year: input.plannedYear ?? plan.startYear,
        note: plan.title,
      });
    }
    const sortOrder = await tx.planItem.count({ where: { planId: plan.id } });
    const item = await tx.planItem.create({
      data: {
        tenantId: tenant.id,
        planId: plan.id,
        title: input.title,
        category: input.category,
        fieldId: input.fieldId,
        draftingUnitId: input.draftingUnitId,
        leadCommitteeId: input.leadCommitteeId,
        plannedYear: input.plannedYear ?? null,
        targetStage: input.targetStage ?? null,
        targetMonth: input.targetMonth ?? null,
        sourceItemId: input.sourceItemId,
        proposalId: input.proposalId,
        regulationId,
        notes: input.notes,
        sortOrder,
      },
    });
    return {
      result: { id: item.id, regulationId },
      audit: { action: "plan.addItem", entityType: "PlanItem", entityId: item.id, after: { ...input, regulationId } },
    };
  },
});
