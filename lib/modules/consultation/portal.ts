// Public side of a consultation: the open list with counts, the draft page, receipts and the public summary.
// (The portal's server action lives in ./actions-portal.ts, which client components import directly.)
export {
  listPublicConsultations, getPublicConsultation, getPublicSummary, listDistricts, countOpinions, SUMMARY_REASONS,
  type PublicConsultationSummary, type PublicConsultation, type PublicConsultationArticle, type OpinionCounts,
  type PublicSummary, type SummaryArticle, type SummaryDisposition, type SummaryReason,
} from "./queries-public";
