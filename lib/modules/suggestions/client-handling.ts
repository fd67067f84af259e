// The client-safe handling part of deputies' suggestions (re-exported from ./client.ts): schemas, limits, actions.
export * from "./schemas-handling";
export {
  followUpSuggestionAction,
  rateSuggestionAction,
  recordSuggestionContactAction,
  recordSuggestionMeetingAction,
  reopenSuggestionAction,
  replySuggestionAction,
  sendSuggestionViewAction,
} from "./actions-handling";
