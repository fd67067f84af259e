// The inquiry's own facts, by whoever manages its activity: the reasons and research figures (questionnaires sent
// and returned, forums, visits), the session's day and place, and the respondent units with their officials.
import { defineAction, type ActionContext } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { AppError, notFound } from "@/lib/errors";
import { respondentsEditable } from "./inquiry-workflow";
import { getActivity } from "./queries-activity";
import { addRespondentSchema, removeRespondentSchema, updateInquirySchema } from "./schemas-inquiry";

/** The inquiry and its activity, for a member who manages the activity; 404 otherwise (unseen = unknown). */
export async function managedInquiry(ctx: ActionContext, inquiryId: string) {
  const q = await ctx.tx.inquiry.findFirst({ where: { tenantId: ctx.tenant.id, id: inquiryId } });
  if (!q) throw notFound();
  const a = await getActivity(ctx.tenant.id, ctx.member, q.activityId);
  if (!a) throw notFound();
  if (!a.may.manage) throw new AppError("FORBIDDEN");
  return { q, a };
}

export const updateInquiry = defineAction({
  name: "inquiry.update",
  permission: "oversight.manage",
  schema: updateInquirySchema,
  async run(ctx, input) {
    const { q } = await managedInquiry(ctx, input.inquiryId);
    if (input.questionnaireResponses > input.questionnaires)
      throw new AppError(
        "VALIDATION",
        "VALIDATION",
        {},
        {
          questionnaireResponses: ["oversightInquiry.errors.moreResponsesThanSent"],
        },
      );
    const { inquiryId: _id, sessionOn, ...rest } = input;
    const data = { ...rest, sessionOn: sessionOn ? dayToDate(sessionOn) : null };
    await ctx.tx.inquiry.updateMany({ where: { tenantId: ctx.tenant.id, id: q.id }, data });
    return {
      result: { id: q.id },
      audit: {
        action: "inquiry.update",
        entityType: "OversightActivity",
        entityId: q.activityId,
        before: { questionnaires: q.questionnaires, forums: q.forums, visits: q.visits },
        after: { questionnaires: input.questionnaires, forums: input.forums, visits: input.visits },
      },
    };
  },
});

export const addRespondent = defineAction({
  name: "inquiry.respondent.add",
  permission: "oversight.manage",
  schema: addRespondentSchema,
  async run(ctx, input) {
    const { q } = await managedInquiry(ctx, input.inquiryId);
    if (!respondentsEditable(q.status)) throw new AppError("CONFLICT", "oversightInquiry.errors.respondentsFixed");
    const unit = await ctx.tx.unit.findFirst({ where: { tenantId: ctx.tenant.id, id: input.unitId, active: true } });
    if (!unit) throw new AppError("VALIDATION", "VALIDATION", {}, { unitId: ["oversightInquiry.errors.unknownUnit"] });
    const last = await ctx.tx.inquiryRespondent.findFirst({
      where: { tenantId: ctx.tenant.id, inquiryId: q.id },
      orderBy: { sortOrder: "desc" },
      select: { sortOrder: true },
    });
    const made = await ctx.tx.inquiryRespondent.createMany({
      data: [
        {
          tenantId: ctx.tenant.id,
          inquiryId: q.id,
          unitId: unit.id,
          officials: input.officials,
          sortOrder: (last?.sortOrder ?? -1) + 1,
        },
      ],
      skipDuplicates: true,
    });
    if (made.count === 0)
      throw new AppError("VALIDATION", "VALIDATION", {}, { unitId: ["oversightInquiry.errors.alreadyRespondent"] });
    return {
      result: { id: q.id },
      audit: {
        action: "inquiry.respondent.add",
        entityType: "OversightActivity",
        entityId: q.activityId,
        after: { unit: unit.name, officials: input.officials },
      },
    };
  },
});

export const removeRespondent = defineAction({
  name: "inquiry.respondent.remove",
  permission: "oversight.manage",
  schema: removeRespondentSchema,
  async run(ctx, input) {
    const { q } = await managedInquiry(ctx, input.inquiryId);
    if (!respondentsEditable(q.status)) throw new AppError("CONFLICT", "oversightInquiry.errors.respondentsFixed");
    const r = await ctx.tx.inquiryRespondent.findFirst({
      where: { tenantId: ctx.tenant.id, inquiryId: q.id, id: input.respondentId },
    });
    if (!r) throw notFound();
    const asked = await ctx.tx.inquiryQuestion.count({ where: { tenantId: ctx.tenant.id, respondentId: r.id } });
    if (asked > 0) throw new AppError("CONFLICT", "oversightInquiry.errors.respondentAnswered");
    await ctx.tx.inquiryRespondent.deleteMany({ where: { tenantId: ctx.tenant.id, id: r.id } });
    return {
      result: { id: q.id },
      audit: {
        action: "inquiry.respondent.remove",
        entityType: "OversightActivity",
        entityId: q.activityId,
        before: { unitId: r.unitId, officials: r.officials },
      },
    };
  },
});
