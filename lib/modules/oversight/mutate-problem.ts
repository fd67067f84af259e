// A problem found (发现问题), on any activity (an inquiry's too): numbered per activity (the number is taken under
// the activity's row lock, so two clerks adding at once get 1 and 2), its point, category, severity, the unit
// it concerns and a photo.
import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { activityToManage, storeOversightFile } from "./mutate-activity";
import { addProblemSchema } from "./schemas-activity";

export const PROBLEM_PHOTO_KIND = "oversightProblemPhoto";

export const addProblem = defineAction({
  name: "oversight.problem.add",
  permission: "oversight.manage",
  schema: addProblemSchema,
  async run(ctx, input) {
    const a = await activityToManage(ctx, input.id);
    const refuse = (field: string, key: string) =>
      new AppError("VALIDATION", "VALIDATION", {}, { [field]: [`oversightActivities.errors.${key}`] });
    if (input.pointId && !(await ctx.tx.oversightPoint.findFirst({ where: { id: input.pointId, activityId: a.id } })))
      throw refuse("pointId", "unknownPoint");
    if (input.unitId && !(await ctx.tx.unit.findFirst({ where: { id: input.unitId }, select: { id: true } })))
      throw refuse("unitId", "unknownUnit");
    // Serialise numbering on the activity's row.
    await ctx.tx.oversightActivity.update({ where: { id: a.id }, data: { updatedAt: new Date() } });
    const last = await ctx.tx.oversightProblem.aggregate({ where: { activityId: a.id }, _max: { seq: true } });
    const seq = (last._max.seq ?? 0) + 1;
    const p = await ctx.tx.oversightProblem.create({
      data: {
        tenantId: ctx.tenant.id,
        activityId: a.id,
        seq,
        pointId: input.pointId,
        unitId: input.unitId,
        description: input.description,
        category: input.category,
        severity: input.severity,
        createdById: ctx.member.id,
      },
      select: { id: true },
    });
    if (input.photo) {
      const photoAttachmentId = await storeOversightFile(ctx, input.photo, PROBLEM_PHOTO_KIND, p.id, true);
      await ctx.tx.oversightProblem.update({ where: { id: p.id }, data: { photoAttachmentId } });
    }
    const { photo, ...after } = input;
    return {
      result: { id: p.id, seq },
      audit: {
        action: "oversight.problem.add",
        entityType: "OversightProblem",
        entityId: p.id,
        after: { ...after, seq, photo: Boolean(photo) },
      },
    };
  },
});
