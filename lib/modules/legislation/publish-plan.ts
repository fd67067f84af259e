import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { publishPlanSchema } from "./schemas";

/** A published plan has a public page and appears in the public API. */
export const publishPlan = defineAction({
  name: "plan.publish",
  permission: "legislation.manage",
  schema: publishPlanSchema,
  async run({ tx }, input) {
    const plan = await tx.legislativePlan.findFirst({ where: { id: input.planId } });
    if (!plan) throw new AppError("NOT_FOUND");
    if (plan.publishedAt) throw new AppError("CONFLICT", "alreadyPublished");
    if ((await tx.planItem.count({ where: { planId: plan.id } })) === 0) throw new AppError("CONFLICT", "planEmpty");
    await tx.legislativePlan.update({ where: { id: plan.id }, data: { publishedAt: new Date() } });
    return {
      result: { id: plan.id },
      audit: { action: "plan.publish", entityType: "LegislativePlan", entityId: plan.id },
    };
  },
});
