// The suggestions module's client-safe face: the workflow (pure), the settings' defaults, the policy, and each
// part's schemas, types and server actions. Nothing here reaches the database; ./index.ts is the server face.
export * from "./workflow";
export { DEFAULT_CATEGORIES, isDefaultCategory, suggestionSettings, type SuggestionSettings } from "./settings";
export {
  mayCosign,
  mayMove,
  mayRecordMeeting,
  seesSuggestion,
  viewFilter,
  viewerCommitteeIds,
  viewerUnitIds,
  type SuggestionScope,
  type SuggestionViewer,
  type ViewFilter,
} from "./policy";
export * from "./client-submit";
export * from "./client-review";
export * from "./client-handling";
export * from "./client-ops";
export * from "./client-stats";
