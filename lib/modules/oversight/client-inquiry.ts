// The inquiry part of the oversight client face: its input schemas, its workflow (pure), the session page's
// offline queue and the server actions.
export * from "./schemas-inquiry";
export {
  canMoveInquiry,
  INQUIRY_TRANSITIONS,
  inquiryIsPublic,
  recordsQuestions,
  respondentsEditable,
  threadBy,
} from "./inquiry-workflow";
export * from "./session-queue";
export { addRespondentAction, moveInquiryAction, removeRespondentAction, updateInquiryAction } from "./actions-inquiry";
