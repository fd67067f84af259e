// Staff side of a consultation: opening it, triage and dispositions, the summary table and its exports.
// (The console's server actions live in ./actions-triage.ts, which client components import directly.)
export { createConsultation, shanghaiLocalToInstant, instantToShanghaiLocal } from "./create-consultation";
export { disposeOpinions, disposeCampaign, disposeCampaignSchema } from "./dispose-opinions";
export { publishDispositions } from "./publish-dispositions";
export {
  listConsultations,
  getConsultation,
  consultationOverview,
  countByArticle,
  draftArticles,
  listCampaigns,
  getCampaign,
  listPublishedDrafts,
  listLaterArticles,
  parseConsultationState,
  CONSULTATIONS_PER_PAGE,
  type ConsultationDetail,
  type ArticleRef,
  type ArticleDispositionCount,
  type CampaignSummary,
} from "./queries-consultations";
export {
  listTriageOpinions,
  countTriageOpinions,
  describeOpinions,
  adoptedArticleLabels,
  encodeCursor,
  triageFilterSchema,
  OPINIONS_PER_PAGE,
  OPINION_COUNT_CAP,
  type TriageFilter,
  type OpinionScope,
  type OpinionRow,
} from "./queries-opinions";
export {
  summaryTableHead,
  summaryTableRows,
  summaryTableStream,
  summaryTablePage,
  excerpt,
  EXCERPTS_PER_ARTICLE,
  EXCERPT_LENGTH,
  REASONS_PER_DISPOSITION,
  SUMMARY_ROWS_PER_PAGE,
  type SummaryTableArticle,
  type SummaryTableDisposition,
  type SummaryTableRow,
  type SummaryTableHead,
} from "./queries-summary-table";
export {
  summaryXlsxStream,
  writeSummaryXlsx,
  xlsxContentType,
  xlsxDisposition,
  type SummaryExportOptions,
} from "./export-xlsx";
export { summaryDocxStream, writeSummaryDocx, docxContentType, docxDisposition } from "./export-docx";
