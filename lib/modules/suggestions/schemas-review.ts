// The forms of the office's review and assignment and of a unit's hand-back request. Each names the suggestion
// by `id`; refusals of the fields are message keys of suggestionsReview.errors.
import { z } from "zod";

const uuid = z.string().uuid();
const id = z.object({ id: uuid });
/** A reason the deputy (or the unit) reads. */
const reason = z.string().trim().min(1).max(1000);
/** An empty choice of a <select> means none. */
const optionalUuid = uuid.optional().or(z.literal("").transform(() => undefined));
/** Checkbox lists arrive as one value or many. */
const uuidList = z
  .union([uuid, z.array(uuid)])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

export const suggestionReasonSchema = id.extend({ reason });
export const suggestionIdSchema = id;

export const mergeSuggestionSchema = id.extend({
  /** The suggestion it is merged into (another of the same city). */
  targetId: uuid,
});

/** 重点督办: on, with the supervising leader (and the committee that pushes it), or off. */
export const keyFields = z.object({
  isKey: z
    .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
  supervisingLeaderId: optionalUuid,
  pushingCommitteeId: optionalUuid,
});

export const unitFields = z.object({
  leadUnitId: uuid,
  assistUnitIds: uuidList,
});

export const assignSuggestionSchema = id.merge(unitFields).merge(keyFields);
export const markKeySuggestionSchema = id.merge(keyFields);
export const reassignSuggestionSchema = id.merge(unitFields).extend({ note: z.string().trim().max(1000).optional() });

export const issueLettersSchema = z.object({
  /** The suggestions whose pending assignments get letters; none: every assigned one not yet in a letter. */
  ids: uuidList,
});

export type AssignSuggestionInput = z.input<typeof assignSuggestionSchema>;
