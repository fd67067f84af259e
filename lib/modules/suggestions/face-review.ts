// The review part of deputies' suggestions (re-exported from ./index.ts): the office's moves (return, convert,
// merge, accept, assign, key marking, hand-back), the 交办函 and the reads their forms and pages use.
export { returnSuggestion } from "./return-suggestion";
export { convertSuggestion } from "./convert-suggestion";
export { mergeSuggestion } from "./merge-suggestion";
export { acceptSuggestion } from "./accept-suggestion";
export { assignSuggestion } from "./assign-suggestion";
export { markKeySuggestion } from "./mark-key-suggestion";
export { requestHandback as requestSuggestionHandback } from "./request-handback";
export { reassignSuggestion } from "./reassign-suggestion";
export { refuseHandback as refuseSuggestionHandback } from "./refuse-handback";
export { issueLetters as issueSuggestionLetters } from "./issue-letters";
export { assignmentClock, handbackWindow, type AssignmentClock } from "./review-moves";
export { mergeCandidates, reviewChoices, MERGE_TARGET_STATUSES } from "./queries-review";
export {
  batchLetters,
  letterContent,
  letterUnit,
  letterBatchChoices,
  listLetters,
  pendingLetterAssignments,
  type BatchLetter,
  type LetterContent,
  type LetterItem,
} from "./queries-letters";
export {
  chineseDate,
  chineseNumeral,
  docxContentType as letterDocxContentType,
  letterBatchStream,
  letterDocxStream,
} from "./letter-docx";
export { reviewView, KEY_STATUSES, type ReviewView } from "./review-view";
