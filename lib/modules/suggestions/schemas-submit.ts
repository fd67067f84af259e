// The forms of submission: a congress session, a draft (its text, kind, timing, category and co-signers; files
// come beside it as uploads), and the moves that name a suggestion by id. Zod words its own refusals in the
// member's language (lib/validation.ts); the checks against the city's rows are the actions'.
import { z } from "zod";
import { SUGGESTION_KINDS, SUGGESTION_TIMINGS } from "./workflow";

export const TITLE_MAX_CHARS = 100;
export const BODY_MAX_CHARS = 10_000;
/** Files beside the text (the bill of a motion aside). */
export const SUGGESTION_FILES_MAX = 5;
/** Server actions take bodies up to 1 MB (next.config.ts): every file of one save together. */
export const SUGGESTION_FILE_MAX_BYTES = 1024 * 1024;
export const COSIGNERS_MAX = 100;

const uuid = z.string().uuid();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().trim().min(1).max(max);
/** An empty select is "none". */
const optionalUuid = uuid.optional().or(z.literal("").transform(() => undefined));

export const sessionSchema = z.object({
  /** 届, as the city writes it: "第九届". */
  term: text(20),
  number: z.coerce.number().int().min(1).max(20),
  name: text(100),
  year: z.coerce.number().int().min(2000).max(2100),
  opensOn: day,
  closesOn: day,
  deadlineOn: day,
});
export const updateSessionSchema = sessionSchema.extend({ id: uuid });
export type SessionInput = z.infer<typeof sessionSchema>;

export const draftFields = z.object({
  kind: z.enum(SUGGESTION_KINDS),
  timing: z.enum(SUGGESTION_TIMINGS),
  sessionId: optionalUuid,
  title: text(TITLE_MAX_CHARS),
  body: text(BODY_MAX_CHARS),
  category: text(50),
  cosignerIds: z.array(uuid).max(COSIGNERS_MAX).default([]),
});

export const createSuggestionSchema = draftFields.extend({
  /** The office entering it on a deputy's behalf names the lead deputy; a deputy leads their own. */
  leadDeputyId: optionalUuid,
});
export const updateSuggestionSchema = draftFields.extend({
  id: uuid,
  /** Files already attached that the author takes off. */
  removeAttachmentIds: z.array(uuid).max(20).default([]),
});
export type DraftInput = z.infer<typeof draftFields>;

export const suggestionIdSchema = z.object({ id: uuid });
export const deputySearchSchema = z.object({ q: z.string().trim().max(50).default("") });
