// The client-safe review part of deputies' suggestions (re-exported from ./client.ts): schemas, types, actions.
export {
  assignSuggestionSchema,
  issueLettersSchema,
  markKeySuggestionSchema,
  mergeSuggestionSchema,
  reassignSuggestionSchema,
  suggestionReasonSchema,
  type AssignSuggestionInput,
} from "./schemas-review";
export {
  acceptSuggestionAction,
  assignSuggestionAction,
  convertSuggestionAction,
  issueSuggestionLettersAction,
  markKeySuggestionAction,
  mergeSuggestionAction,
  reassignSuggestionAction,
  refuseSuggestionHandbackAction,
  requestSuggestionHandbackAction,
  returnSuggestionAction,
} from "./actions-review";
export type { MergeCandidate, ReviewChoices } from "./queries-review";
export type { LetterRow } from "./queries-letters";
