// The consultation module's client-safe face: the workflow (states, channels, dispositions), the schemas, the
// shapes its pages and the public API use, and the server actions client components call. Nothing here reaches
// the database; lib/modules/consultation/index.ts is the server face.
export * from "./workflow";
export * from "./schemas";
export type { OpinionRow, TriageFilter, OpinionScope } from "./queries-opinions";
export type { ConsultationDetail, ArticleRef, ArticleDispositionCount, CampaignSummary } from "./queries-consultations";
export type {
  PublicConsultationSummary,
  PublicConsultation,
  PublicConsultationArticle,
  OpinionCounts,
  PublicSummary,
  SummaryArticle,
  SummaryDisposition,
  SummaryReason,
} from "./queries-public";
export type { OpinionReceipt } from "./queries-receipts";
export type {
  SummaryTableArticle,
  SummaryTableDisposition,
  SummaryTableRow,
  SummaryTableHead,
} from "./queries-summary-table";
export type { PublicConsultationItem, PublicOpinionReceipt } from "./public-api";
export type {
  IntlProps,
  OpinionFormValues,
  OpinionFormError,
  OpenComment,
  ConsultationJson,
  ConsultationPageProps,
} from "./portal-page";
export * from "./actions";
