// One schema per input, shared by the forms, the server actions and the JSON API.
import { z } from "zod";
import { CONSULT_METHODS, OPINION_MAX_LENGTH } from "@/lib/modules/consultation/client";
import { CONTACT_POINT_TYPES } from "./workflow";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.dateFormat" });
const text = (max: number) =>
  z.string().trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });
const optionalId = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .nullable()
  .transform((v) => (v ? v : null));
const requiredId = z.string().min(1, { error: "validation.required" }).pipe(z.uuid());

export const contactPointSchema = z.strictObject({
  name: text(100),
  type: z.enum(CONTACT_POINT_TYPES),
  areaId: optionalId,
  coordinatorId: optionalId,
  address: z.string().trim().max(200, { error: "validation.tooLong" }).default(""),
  establishedOn: z
    .union([day, z.literal("")])
    .optional()
    .nullable()
    .transform((v) => (v ? v : null)),
  active: z.boolean().default(true),
});
export const updateContactPointSchema = contactPointSchema.extend({ id: requiredId });

export const assignConsultationSchema = z.strictObject({
  consultationId: requiredId,
  contactPointIds: z.array(z.uuid()).min(1, { error: "validation.required" }).max(500, { error: "validation.tooMany" }),
  dueOn: day,
});

/** Takes a consultation back from one assigned contact point. */
export const withdrawAssignmentSchema = z.strictObject({
  consultationId: requiredId,
  contactPointId: requiredId,
});

/** A contact point's consolidated opinions: one entry per article (or the whole draft), with how many people were heard and how. */
export const pointOpinionsSchema = z.strictObject({
  consultationId: requiredId,
  contactPointId: requiredId,
  entries: z
    .array(
      z.strictObject({
        articleId: optionalId,
        content: text(OPINION_MAX_LENGTH),
        peopleConsulted: z.coerce
          .number({ error: "validation.positiveInteger" })
          .int({ error: "validation.positiveInteger" })
          .min(1, { error: "validation.positiveInteger" })
          .max(100000, { error: "validation.positiveInteger" }),
        methods: z.array(z.enum(CONSULT_METHODS)).min(1, { error: "validation.required" }),
      }),
    )
    .min(1, { error: "validation.required" })
    .max(300, { error: "validation.tooMany" }),
});
