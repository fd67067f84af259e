// The ops part of deputies' suggestions (re-exported from ./index.ts): the member's list with its tabs, the
// leaders' board of key suggestions, the units' deadline reminders (a daily job) and the workbench source.
export { listSuggestions, SUGGESTION_COUNT_CAP, type SuggestionListPage } from "./queries-list";
export { suggestionListChoices, type SuggestionListChoices } from "./queries-list-choices";
export { keyBoard, type KeyBoard, type KeyBoardRow } from "./queries-key";
export {
  clockKey,
  remindSuggestionDeadlines,
  remindSuggestionDeadlinesIn,
  SUGGESTION_DEADLINE_KIND,
  SUGGESTION_OVERDUE_KIND,
  SUGGESTION_OVERDUE_LOOKBACK,
  SUGGESTION_REMINDERS_JOB,
  suggestionReminderLevel,
  type ReminderLevel,
} from "./remind-suggestion-deadlines";
export { runningClocks, type ClockKind, type RunningClock } from "./queries-clocks";
export { workbench as suggestionsWorkbench, UNIT_ITEMS as SUGGESTION_UNIT_ITEMS } from "./workbench";
