// The legislation module's client-safe face: workflow constants and rules, schemas, the draft parser and
// comparison (pure functions), the shapes the public API answers, and the server actions client components call.
// Nothing here reaches the database; lib/modules/legislation/index.ts is the server face.
export * from "./workflow";
export * from "./schemas";
export { OPEN_STATUSES, DECISIONS, canScreen, canDecide, type Decision } from "./proposal-workflow";
export { canActOnCommitteeRow, proposerTypesFor } from "./policy";
export {
  parseDraft,
  articleLabel,
  normalizeLine,
  type ParsedDraft,
  type ParsedArticle,
  type ParsedChapter,
  type ParsedClause,
  type ParsedItem,
} from "./draft-parser";
export { compareDrafts, carryIdentities, diffText, type ArticleChange, type TextDiffPart } from "./draft-compare";
export { numberToChinese, chineseToNumber } from "./chinese-numerals";
export type {
  PublicPlanSummary,
  PublicPlanItem,
  PublicPlan,
  PublicRegulationSummary,
  PublicTimelineEvent,
  PublicDraftRef,
  PublicRegulation,
  PublicArticle,
  PublicChapter,
  PublicDraft,
  PublicReceipt,
} from "./public-api";
export type { BoardCard, RegulationListItem } from "./queries-regulations";
export * from "./actions";
