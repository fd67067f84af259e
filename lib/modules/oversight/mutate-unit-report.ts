// A unit's report back on the deliberation opinions (研究处理情况报告), by the unit's own account, with a file.
import { defineAction } from "@/lib/action";
import { AppError, notFound } from "@/lib/errors";
import { storeOversightFile } from "./mutate-activity";
import { reportsForUnit } from "./policy";
import { getActivity } from "./queries-activity";
import { submitUnitReportSchema } from "./schemas-activity";

export const submitUnitReport = defineAction({
  name: "oversight.unitReport.submit",
  permission: "oversight.report",
  schema: submitUnitReportSchema,
  async run(ctx, input) {
    const a = await getActivity(ctx.tenant.id, ctx.member, input.id);
    if (!a) throw notFound();
    if (!reportsForUnit(ctx.member, input.unitId)) throw new AppError("FORBIDDEN");
    const row = await ctx.tx.oversightUnitReport.findFirst({ where: { activityId: a.id, unitId: input.unitId } });
    if (!row) throw notFound();
    if (row.reportedAt) throw new AppError("CONFLICT", "oversightActivities.errors.alreadyReported");
    const attachmentId = input.file ? await storeOversightFile(ctx, input.file, "oversightUnitReport", row.id) : null;
    const { count } = await ctx.tx.oversightUnitReport.updateMany({
      where: { id: row.id, reportedAt: null },
      data: { body: input.body, attachmentId, reportedAt: new Date(), reportedById: ctx.member.id },
    });
    if (count !== 1) throw new AppError("CONFLICT", "oversightActivities.errors.alreadyReported");
    return {
      result: { id: row.id },
      audit: {
        action: "oversight.unitReport.submit",
        entityType: "OversightActivity",
        entityId: a.id,
        after: { unitId: input.unitId, file: Boolean(input.file) },
      },
    };
  },
});
