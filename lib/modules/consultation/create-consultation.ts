import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { createConsultationSchema } from "./schemas";

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** A datetime-local value ("2026-11-22T09:00") read as Asia/Shanghai wall time, which is UTC+8 all year. */
export function shanghaiLocalToInstant(local: string): Date {
  return new Date(`${local}:00+08:00`);
}

/** The inverse, for a form's default values: the instant as Shanghai wall time, to the minute. */
export function instantToShanghaiLocal(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/**
 * 公开征求意见: a consultation on a published draft version. The regulation is taken from the draft, never
 * from the client, and the window is stored as instants so every later state check compares like with like.
 */
export const createConsultation = defineAction({
  name: "consultation.create",
  permission: "consultation.manage",
  schema: createConsultationSchema,
  async run({ tx, tenant, member }, input) {
    const draft = await tx.draftVersion.findFirst({
      where: { id: input.draftVersionId },
      select: { id: true, regulationId: true, publishedAt: true },
    });
    if (!draft) throw new AppError("NOT_FOUND");
    // The public must be able to read what it is asked about: only a published draft can be put out for comment.
    if (!draft.publishedAt) throw new AppError("CONFLICT", "consultationDraftNotPublished");
    const startsAt = shanghaiLocalToInstant(input.startsAt);
    const endsAt = shanghaiLocalToInstant(input.endsAt);
    if (endsAt.getTime() <= Date.now())
      throw new AppError("VALIDATION", "VALIDATION", {}, { endsAt: ["consultationEndsInPast"] });
    const channels = [...new Set(input.channels)];
    const consultation = await tx.consultation.create({
      data: {
        tenantId: tenant.id,
        regulationId: draft.regulationId,
        draftVersionId: draft.id,
        title: input.title,
        introduction: input.introduction,
        explanation: input.explanation,
        startsAt,
        endsAt,
        channels,
        createdById: member.id,
      },
      select: { id: true },
    });
    return {
      result: { id: consultation.id },
      audit: {
        action: "consultation.create",
        entityType: "Consultation",
        entityId: consultation.id,
        after: {
          draftVersionId: draft.id,
          regulationId: draft.regulationId,
          title: input.title,
          startsAt,
          endsAt,
          channels,
        },
      },
    };
  },
});
