// One schema per input, shared by the forms, the server actions and the JSON API.
import { z } from "zod";
import { CONSULTATION_CHANNELS, DISPOSITIONS, requiresReason } from "./workflow";

export const OPINION_MAX_LENGTH = 5000;

const text = (max: number) =>
  z.string().trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));
const optionalId = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .nullable()
  .transform((v) => (v ? v : null));
const requiredId = z.string().min(1, { error: "validation.required" }).pipe(z.uuid());
/** A local date and time in Asia/Shanghai as the datetime-local input sends it: 2026-11-22T09:00. */
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "validation.dateTimeFormat" });

const PHONE = /^(\+?86)?1\d{10}$|^0\d{2,3}-?\d{7,8}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A citizen's opinion (portal form and POST /api/v1/{tenant}/consultations/{id}/opinions). */
export const opinionSchema = z.strictObject({
  articleId: optionalId,
  content: text(OPINION_MAX_LENGTH),
  name: optionalText(50),
  contact: optionalText(100).refine((v) => v === null || PHONE.test(v.replace(/[\s-]/g, "")) || EMAIL.test(v), {
    error: "validation.contactFormat",
  }),
  area: optionalId,
});
export type OpinionInput = z.input<typeof opinionSchema>;

export const createConsultationSchema = z
  .strictObject({
    draftVersionId: requiredId,
    title: text(200),
    introduction: z.string().trim().max(5000, { error: "validation.tooLong" }).default(""),
    explanation: z.string().trim().max(50000, { error: "validation.tooLong" }).default(""),
    startsAt: localDateTime,
    endsAt: localDateTime,
    channels: z.array(z.enum(CONSULTATION_CHANNELS)).min(1, { error: "validation.required" }),
  })
  .refine((v) => v.endsAt > v.startsAt, { error: "validation.windowOrder", path: ["endsAt"] });

/** Dispose one or many opinions at once. */
export const disposeOpinionsSchema = z
  .strictObject({
    consultationId: requiredId,
    opinionIds: z.array(z.uuid()).min(1, { error: "validation.required" }).max(1000, { error: "validation.tooMany" }),
    disposition: z.enum(DISPOSITIONS),
    reason: optionalText(2000),
    adoptedArticleId: optionalId,
  })
  .refine((v) => !requiresReason(v.disposition) || v.reason !== null, {
    error: "validation.reasonRequired",
    path: ["reason"],
  })
  .refine((v) => v.adoptedArticleId === null || v.disposition === "ADOPTED" || v.disposition === "PARTLY_ADOPTED", {
    error: "validation.adoptedArticleOnlyWhenAdopted",
    path: ["adoptedArticleId"],
  });

export const publishDispositionsSchema = z.strictObject({ consultationId: requiredId });

export const opinionFilterSchema = z.object({
  channel: z.enum(CONSULTATION_CHANNELS).optional().catch(undefined),
  status: z.enum(["RECEIVED", "DISPOSED"]).optional().catch(undefined),
  disposition: z.enum(DISPOSITIONS).optional().catch(undefined),
  area: z.uuid().optional().catch(undefined),
  article: z
    .union([z.uuid(), z.literal("whole")])
    .optional()
    .catch(undefined),
  campaign: z.enum(["only", "none"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).default(1).catch(1),
});
export type OpinionFilter = z.infer<typeof opinionFilterSchema>;

/** A deputy's opinion from the console (the DEPUTY channel): an article of the draft or the whole draft. */
export const deputyOpinionSchema = z.strictObject({
  consultationId: requiredId,
  articleId: optionalId,
  content: text(OPINION_MAX_LENGTH),
});
export type DeputyOpinionInput = z.input<typeof deputyOpinionSchema>;
