// A citizen's message as the form and POST /api/v1/{tenant}/stations/{id}/messages send it (client-safe: the
// form validates with the same schema). Whether the category is one of the city's, the deputy one of the
// station's and the area one of the city's is checked by the intake statement (intake-sql.ts) against the
// database; messageIntakeSchemaFor(categories) adds the category check where the city's list is at hand.
import { z } from "zod";

export const MESSAGE_TITLE_MAX = 100;
export const MESSAGE_BODY_MAX = 5000;
export const MESSAGE_NAME_MAX = 50;
export const MESSAGE_EMAIL_MAX = 100;
/** Photos per message, and each one's size (a phone camera's photo, with room). */
export const MESSAGE_PHOTOS_MAX = 4;
export const MESSAGE_PHOTO_MAX_BYTES = 8 * 1024 * 1024;

/** A mainland mobile (13800138000, +86 13800138000) or landline (0754-88881234, 075488881234) number, once
 *  spaces and dashes are taken out. */
export const PHONE_PATTERN = /^(?:(?:\+?86)?1[3-9]\d{9}|0\d{9,11})$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Spaces and dashes people type in a number ("138 0013 8000", "0754-8888 1234") are not part of it. */
export const normalisePhone = (v: string) => v.replace(/[\s\u3000-]/g, "");

const id = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .nullable()
  .transform((v) => (v ? v : null));
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

const fields = {
  stationId: z.uuid(),
  deputyId: id,
  category: z.string().trim().min(1).max(20),
  title: z.string().trim().min(1).max(MESSAGE_TITLE_MAX),
  body: z.string().trim().min(1).max(MESSAGE_BODY_MAX),
  areaId: id,
  name: optionalText(MESSAGE_NAME_MAX),
  phone: optionalText(30)
    .transform((v) => (v ? normalisePhone(v) : null))
    .refine((v) => v === null || PHONE_PATTERN.test(v), { error: "citizenMessagesIntake.errors.phoneFormat" }),
  email: optionalText(MESSAGE_EMAIL_MAX).refine((v) => v === null || EMAIL_PATTERN.test(v), {
    error: "validation.emailFormat",
  }),
  /** The citizen asks to be called back: a phone is then required. */
  replyByPhone: z.boolean().default(false),
  /** The citizen agrees that the message and its reply may be shown, anonymised, on the city's public board. */
  publishConsent: z.boolean().default(false),
};

const phoneForCall = (v: { replyByPhone: boolean; phone: string | null }) => !v.replyByPhone || v.phone !== null;
const phoneForCallIssue = { error: "citizenMessages.errors.phoneRequiredForCall", path: ["phone"] };

/** The message, the city's category aside (checked against the database by the intake). */
export const messageIntakeSchema = z.strictObject(fields).refine(phoneForCall, phoneForCallIssue);

/** What the body carries (the station is the path's): the API description's request body. */
export const messageIntakeBodySchema = z.strictObject(
  Object.fromEntries(Object.entries(fields).filter(([k]) => k !== "stationId")) as Omit<typeof fields, "stationId">,
);

/** The same, with the category checked against the city's list (messageSettings(tenant.settings).categories). */
export function messageIntakeSchemaFor(categories: readonly string[]) {
  return z
    .strictObject({
      ...fields,
      category: fields.category.refine((c) => categories.includes(c), {
        error: "citizenMessages.errors.categoryUnknown",
      }),
    })
    .refine(phoneForCall, phoneForCallIssue);
}

export type MessageIntakeInput = z.input<typeof messageIntakeSchema>;
export type MessageIntake = z.output<typeof messageIntakeSchema>;
