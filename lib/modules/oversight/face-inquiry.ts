import "server-only";
// The inquiry part of the oversight server face: the inquiry's view and public record, its facts and respondents,
// its moves (the satisfaction vote opened through the vote engine), and the live session's idempotent recording.
export { recordQuestion } from "./record-question";
export { addRespondent, removeRespondent, updateInquiry } from "./mutate-inquiry";
export { moveInquiry } from "./move-inquiry";
export {
  getInquiryView,
  publicInquiriesOfYear,
  publicInquiry,
  type InquiryQuestionRow,
  type InquiryView,
  type PublicInquiry,
} from "./queries-inquiry";
export { getInquiryForApi } from "./api-inquiry";
