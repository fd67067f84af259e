// The stats part of deputies' suggestions (re-exported from ./index.ts): the rates (kept per city until an action
// commits, at most 60 s), the .xlsx export, the published suggestions of the public page and the public API.
export {
  cachedSuggestionStats,
  sessionsOfYear,
  forgetKeptSuggestionStats,
  STATS_MAX_AGE_SECONDS,
  suggestionStats,
  suggestionYears,
} from "./queries-stats";
export {
  listPublishedSuggestions,
  type PublicSuggestion,
  type PublicSuggestionFilter,
  type PublicSuggestionReply,
} from "./queries-public";
export { suggestionStatsQuery, suggestionStatsWorkbook } from "./export-stats";
export { listSuggestionsForApi, suggestionStatsForApi } from "./public-api";
export { publishSuggestion } from "./publish-suggestion";
export { statsRowLabel } from "./stats-labels";
