// Client-safe exports of submission (schemas, limits, types, server actions); re-exported from ./client.ts.
export {
  BODY_MAX_CHARS,
  COSIGNERS_MAX,
  SUGGESTION_FILE_MAX_BYTES,
  SUGGESTION_FILES_MAX,
  TITLE_MAX_CHARS,
  createSuggestionSchema,
  sessionSchema,
  suggestionIdSchema,
  updateSessionSchema,
  updateSuggestionSchema,
  type DraftInput,
  type SessionInput,
} from "./schemas-submit";
export {
  cosignSuggestionAction,
  createSessionAction,
  createSuggestionAction,
  declineCosignAction,
  searchSuggestionDeputiesAction,
  submitSuggestionAction,
  updateSessionAction,
  updateSuggestionAction,
  withdrawSuggestionAction,
} from "./actions-submit";
export type { CongressSessionRow } from "./queries-sessions";
export type { MotionStatus, PickedDeputy, SubmitView } from "./queries-submit";
