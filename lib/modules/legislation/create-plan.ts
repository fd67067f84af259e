import { defineAction } from "@/lib/action";
import { createPlanSchema } from "./schemas";

export const createPlan = defineAction({
  name: "plan.create",
  permission: "legislation.manage",
  schema: createPlanSchema,
  async run({ tx, tenant }, input) {
    const plan = await tx.legislativePlan.create({ data: { tenantId: tenant.id, ...input } });
    return {
      result: { id: plan.id },
      audit: { action: "plan.create", entityType: "LegislativePlan", entityId: plan.id, after: input },
    };
  },
});
