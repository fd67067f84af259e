// Submission's server face: the congress sessions, drafting and editing, co-signing, submitting and withdrawing,
// and the reads the pages need (re-exported from ./index.ts).
export { createSession } from "./create-session";
export { updateSession } from "./update-session";
export { createSuggestion } from "./create-suggestion";
export { updateSuggestion } from "./update-suggestion";
export { submitSuggestion } from "./submit-suggestion";
export { withdrawSuggestion } from "./withdraw-suggestion";
export { cosignSuggestion } from "./cosign-suggestion";
export { declineCosign } from "./decline-cosign";
export { listSessions } from "./queries-sessions";
export { draftForEdit, motionStatus, pickDeputies, pickedDeputy, submitView } from "./queries-submit";
export { BILL_KIND, FILE_KIND, suggestionFiles, type SuggestionFiles } from "./submit-files";
