// The intake side of citizens' messages (re-exported from ./index.ts): the submission (one prepared statement;
// photos in the same transaction), its HTTP answers from the Next route and the server's fast path, and what
// the public form's page reads.
export {
  submitMessage,
  trackUrl,
  MESSAGE_OWNER,
  type MessagePhoto,
  type SubmitMessageOptions,
  type SubmitMessageResult,
} from "./submit-message";
export type { SubmittedMessage } from "./intake-refusal";
export { messageIntakeResponse } from "./intake-response";
export { postMessage } from "./intake-api";
export { handleMessageIntake } from "./intake-http";
export { intakeFormData, type IntakeFormData } from "./queries-intake-form";
