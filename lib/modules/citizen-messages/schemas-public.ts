// The citizen's rating of a released answer, by receipt code: shared by the tracking page's form, its server
// action and POST /api/v1/{city}/receipts/{code}/rating.
import { z } from "zod";
import { MESSAGE_RATINGS } from "./workflow";

/** The words a person may send instead of the codes (满意 / 基本满意 / 不满意). */
const RATING_WORDS: Record<string, (typeof MESSAGE_RATINGS)[number]> = {
  满意: "SATISFIED",
  基本满意: "BASIC",
  不满意: "UNSATISFIED",
};

export const RATING_COMMENT_MAX = 500;

export const messageRatingSchema = z.object({
  code: z.string().trim().min(1).max(40),
  rating: z.preprocess(
    (v) => (typeof v === "string" ? (RATING_WORDS[v.trim()] ?? v.trim()) : v),
    z.enum(MESSAGE_RATINGS),
  ),
  comment: z
    .string()
    .trim()
    .max(RATING_COMMENT_MAX)
    .optional()
    .transform((v) => v || undefined),
});
export type MessageRatingInput = z.input<typeof messageRatingSchema>;
