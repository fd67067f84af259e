// The forms of the handling part (client-safe): an assisting unit's view, a 三见面 contact, the lead unit's reply
// and follow-up, the lead deputy's rating, the office's reopening and a leader's 约见. Files travel beside these
// (FormData), checked by the attachments module, never by the schema.
import { z } from "zod";
import { CONTACT_STAGES, CONTACT_WAYS, REPLY_CATEGORIES, SATISFACTIONS } from "./workflow";

export const HANDLING_BODY_MAX = 5000;
export const HANDLING_NOTE_MAX = 1000;
/** Server actions take bodies up to 1 MB (next.config.ts): a scanned letter must fit in it. */
export const HANDLING_FILE_MAX_BYTES = 1024 * 1024;

const id = z.object({ id: z.string().uuid() });
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const optionalDay = day.optional().or(z.literal("").transform(() => undefined));
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

export const sendViewSchema = id.extend({ body: text(HANDLING_BODY_MAX) });
export const recordContactSchema = id.extend({
  stage: z.enum(CONTACT_STAGES),
  on: day,
  way: z.enum(CONTACT_WAYS),
  content: text(HANDLING_BODY_MAX),
});
export const replySuggestionSchema = id.extend({
  category: z.enum(REPLY_CATEGORIES),
  body: text(HANDLING_BODY_MAX),
  /** B: the day by which it will be solved (after today). */
  promisedOn: optionalDay,
  /** C: why it is kept for reference. */
  reason: optionalText(HANDLING_NOTE_MAX),
});
/** A B reply's follow-up: solved now (A), or still in plan (B) with a new promised day. */
export const followUpSuggestionSchema = id.extend({
  category: z.enum(["A", "B"]),
  body: text(HANDLING_BODY_MAX),
  promisedOn: optionalDay,
});
export const rateSuggestionSchema = id.extend({
  satisfaction: z.enum(SATISFACTIONS),
  comment: optionalText(HANDLING_NOTE_MAX),
});
export const reopenSuggestionSchema = id.extend({ reason: text(HANDLING_NOTE_MAX) });
export const recordMeetingSchema = id.extend({
  on: day,
  place: optionalText(200),
  participants: optionalText(500),
  content: text(HANDLING_BODY_MAX),
});

export type ReplySuggestionInput = z.infer<typeof replySuggestionSchema>;
