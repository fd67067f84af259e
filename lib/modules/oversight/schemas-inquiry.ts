// The inquiry part's input schemas (client-safe): the research and the session's facts, the respondent units, the
// inquiry's moves, and a question recorded live in the session — sent with the recording laptop's own uuid
// `clientKey`, so a retry after a dropped connection stores it once.
import { z } from "zod";
import { INQUIRY_STATUSES } from "./kinds";

export const INQUIRY_TEXT_MAX = 5000;

const count = z.coerce.number().int().min(0).max(1_000_000);

export const updateInquirySchema = z.object({
  inquiryId: z.uuid(),
  reasons: z.string().trim().max(INQUIRY_TEXT_MAX).default(""),
  questionnaires: count.default(0),
  questionnaireResponses: count.default(0),
  forums: count.default(0),
  visits: count.default(0),
  researchNote: z.string().trim().max(INQUIRY_TEXT_MAX).default(""),
  sessionOn: z.union([z.literal(""), z.iso.date()]).default(""),
  sessionPlace: z.string().trim().max(200).default(""),
});
export type UpdateInquiryInput = z.infer<typeof updateInquirySchema>;

export const addRespondentSchema = z.object({
  inquiryId: z.uuid(),
  unitId: z.uuid(),
  officials: z.string().trim().min(1).max(500),
});

export const removeRespondentSchema = z.object({ inquiryId: z.uuid(), respondentId: z.uuid() });

export const moveInquirySchema = z.object({
  inquiryId: z.uuid(),
  from: z.enum(INQUIRY_STATUSES),
  to: z.enum(INQUIRY_STATUSES),
});

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
