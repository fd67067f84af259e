// Public side of a consultation: the open list with counts, the draft page, receipts and the public summary.
// The draft page's own server side (a Pages Router page, its no-script form post included) is ./portal-page.ts.
export {
  listPublicConsultations,
  getPublicConsultation,
  getPublicSummary,
  getPublicConsultationWindow,
  listDistricts,
  countOpinions,
  SUMMARY_REASONS,
  type PublicConsultationSummary,
  type PublicConsultation,
  type PublicConsultationArticle,
  type OpinionCounts,
  type PublicSummary,
  type SummaryArticle,
  type SummaryDisposition,
  type SummaryReason,
} from "./queries-public";
export {
  consultationPageProps,
  type ConsultationPageProps,
  type ConsultationJson,
  type OpenComment,
} from "./portal-page";
