// The client-safe ops part of deputies' suggestions (re-exported from ./client.ts): the lists' URL schemas, their
// tabs per role, and the rows' types (pure).
export {
  DEPUTY_TABS,
  KEY_PAGE_SIZE,
  keyBoardFilterSchema,
  OFFICE_TABS,
  suggestionSearchParams,
  SUGGESTION_MAX_PAGE_SIZE,
  SUGGESTION_PAGE_SIZE,
  SUGGESTION_TABS,
  suggestionListFilterSchema,
  UNIT_TABS,
  type KeyBoardFilter,
  type SuggestionListFilter,
  type SuggestionTab,
} from "./schemas-ops";
export { suggestionTabsFor } from "./tabs";
export type { DeadlineKind, SuggestionDeadline, SuggestionListRow } from "./list-types";
