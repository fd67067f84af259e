// The inquiry part's input schemas (client-safe): a question recorded live in the session, sent with the
// recording laptop's own uuid `clientKey`, so a retry after a dropped connection stores it once.
import { z } from "zod";

export const INQUIRY_TEXT_MAX = 5000;

export const recordQuestionSchema = z.object({
  inquiryId: z.uuid(),
  clientKey: z.uuid(),
  parentClientKey: z.uuid().nullish(),
  questionerName: z.string().trim().min(1).max(100),
  respondentId: z.uuid().nullish(),
  answererName: z.string().trim().max(200).default(""),
  question: z.string().trim().min(1).max(INQUIRY_TEXT_MAX),
  answer: z.string().trim().max(INQUIRY_TEXT_MAX).default(""),
  askedAt: z.coerce.date().optional(),
});
export type RecordQuestionInput = z.infer<typeof recordQuestionSchema>;
