// 询问会现场记录: one question (or a follow-up, by its parent's clientKey) with its answer, from the recording
// laptop. Idempotent on (inquiry, clientKey): the first send stores it (INSERT … ON CONFLICT DO NOTHING, so two
// sends racing store one row), a later send of the same key updates its text (autosave), never a second row.
import { defineAction } from "@/lib/action";
import { AppError, notFound } from "@/lib/errors";
import { recordsQuestions } from "./inquiry-workflow";
import { managesActivity } from "./policy";
import { recordQuestionSchema } from "./schemas-inquiry";

export const recordQuestion = defineAction({
  name: "inquiry.recordQuestion",
  permission: "inquiry.record",
  schema: recordQuestionSchema,
  async run(ctx, input) {
    const tenantId = ctx.tenant.id;
    const inquiry = await ctx.tx.inquiry.findFirst({
      where: { tenantId, id: input.inquiryId },
      select: { id: true, status: true, activityId: true },
    });
    if (!inquiry) throw notFound();
    // Recording is for those who run the activity (its committee's staff, the general office). Read through this
    // transaction's own connection: a burst of resends must not each hold one connection and wait for a second.
    const activity = await ctx.tx.oversightActivity.findFirst({
      where: { tenantId, id: inquiry.activityId },
      select: { committeeId: true },
    });
    if (!activity || !managesActivity(ctx.member, activity)) throw notFound();
    if (inquiry.status === "RESEARCH") throw new AppError("CONFLICT", "oversightInquiry.errors.notOpen");
    if (!recordsQuestions(inquiry.status)) throw new AppError("CONFLICT", "oversightInquiry.errors.closed");
    let parentId: string | null = null;
    if (input.parentClientKey) {
      const parent = await ctx.tx.inquiryQuestion.findFirst({
        where: { tenantId, inquiryId: inquiry.id, clientKey: input.parentClientKey },
        select: { id: true },
      });
      if (!parent) throw new AppError("CONFLICT", "oversightInquiry.errors.parentNotSynced");
      parentId = parent.id;
    }
    if (input.respondentId) {
      const r = await ctx.tx.inquiryRespondent.findFirst({
        where: { tenantId, inquiryId: inquiry.id, id: input.respondentId },
        select: { id: true },
      });
      if (!r) throw new AppError("VALIDATION", "oversightInquiry.errors.unknownRespondent");
    }
    // Touching the inquiry row locks it until commit: two laptops syncing at once take the next numbers in turn.
    await ctx.tx.inquiry.updateMany({ where: { tenantId, id: inquiry.id }, data: { updatedAt: new Date() } });
    const last = await ctx.tx.inquiryQuestion.findFirst({
      where: { tenantId, inquiryId: inquiry.id },
      orderBy: { seq: "desc" },
      select: { seq: true },
    });
    const text = {
      questionerName: input.questionerName,
      respondentId: input.respondentId ?? null,
      answererName: input.answererName,
      question: input.question,
      answer: input.answer,
    };
    const created = await ctx.tx.inquiryQuestion.createMany({
      data: [
        {
          tenantId,
          inquiryId: inquiry.id,
          clientKey: input.clientKey,
          seq: (last?.seq ?? 0) + 1,
          parentId,
          askedAt: input.askedAt ?? new Date(),
          createdById: ctx.member.id,
          ...text,
        },
      ],
      skipDuplicates: true,
    });
    if (created.count === 0)
      await ctx.tx.inquiryQuestion.updateMany({
        where: { tenantId, inquiryId: inquiry.id, clientKey: input.clientKey },
        data: text,
      });
    const row = await ctx.tx.inquiryQuestion.findFirstOrThrow({
      where: { tenantId, inquiryId: inquiry.id, clientKey: input.clientKey },
      select: { id: true, seq: true, clientKey: true },
    });
    return {
      result: { ...row, created: created.count === 1 },
      audit: {
        action: created.count === 1 ? "inquiry.question.create" : "inquiry.question.update",
        entityType: "InquiryQuestion",
        entityId: row.id,
        after: { inquiryId: inquiry.id, seq: row.seq, parentId, questionerName: input.questionerName },
      },
    };
  },
});
