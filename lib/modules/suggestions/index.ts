import "server-only";
// The suggestions module's server face: the viewer the policy needs, one suggestion as every page reads it, the
// one move of its state, and each part: submission, review and assignment, handling, the clocks and lists, the
// rates. Other modules, app/ and components/ import only this and ./client.ts (everything there is here too).
export * from "./client";
export { default as suggestionsModule } from "./module";
export { loadViewer } from "./queries-viewer";
export {
  getSuggestion,
  scopeOf,
  suggestionForMove,
  type SuggestionAssignmentRow,
  type SuggestionDetail,
  type SuggestionEventRow,
  type SuggestionSignerRow,
} from "./queries-suggestion";
export { moveSuggestion, recordSuggestionEvent, type MoveArgs } from "./move-suggestion";
export * from "./face-submit";
export * from "./face-review";
export * from "./face-handling";
export * from "./face-ops";
export * from "./face-stats";
