// The handling part of deputies' suggestions (re-exported from ./index.ts): the assisting units' views, 三见面
// contacts, the lead unit's replies and follow-ups, the lead deputy's rating, the office's reopening, 约见.
export { sendSuggestionView } from "./send-view";
export { recordSuggestionContact } from "./record-contact";
export { replySuggestion } from "./reply-suggestion";
export { followUpSuggestion } from "./follow-up-suggestion";
export { rateSuggestion } from "./rate-suggestion";
export { reopenSuggestion } from "./reopen-suggestion";
export { recordSuggestionMeeting } from "./record-meeting";
export {
  getHandlingRecords,
  handlingRecords,
  type HandlingRecords,
  type SuggestionContactRow,
  type SuggestionMeetingRow,
  type SuggestionReplyRow,
} from "./queries-handling";
export { handlingPowers, type HandlingPowers } from "./handling-policy";
