import "server-only";
// The filing review's server reads and actions for pages, the API and other modules.
export {
  filingChoices,
  filingYearCounts,
  filingYears,
  getFiling,
  listFilings,
  listPublicFilings,
  type FilingDetail,
  type FilingRow,
  type PublicFiling,
} from "./queries-filings";
export { listFilingsForApi } from "./public-api";
export { registerFiling } from "./register-filing";
export { assignFiling } from "./assign-filing";
export { reviewFiling } from "./review-filing";
export { recordFilingResponse, respondFiling } from "./respond-filing";
export { remindFilingDeadlines, remindFilingDeadlinesIn } from "./remind-filing-deadlines";
