// A point visited (检查点): place, day, who went.
import { defineAction } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { activityToManage } from "./mutate-activity";
import { addPointSchema } from "./schemas-activity";

export const addPoint = defineAction({
  name: "oversight.point.add",
  permission: "oversight.manage",
  schema: addPointSchema,
  async run(ctx, input) {
    const a = await activityToManage(ctx, input.id);
    const p = await ctx.tx.oversightPoint.create({
      data: {
        tenantId: ctx.tenant.id,
        activityId: a.id,
        place: input.place,
        visitedOn: dayToDate(input.visitedOn),
        visitors: input.visitors,
        note: input.note,
      },
      select: { id: true },
    });
    return {
      result: { id: p.id },
      audit: { action: "oversight.point.add", entityType: "OversightPoint", entityId: p.id, after: input },
    };
  },
});
