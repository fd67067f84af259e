// The filing review's client-safe part (re-exported from ./client.ts): states and findings, the policy's pure
// checks, schemas and limits, the server actions and the row types.
export * from "./workflow";
export * from "./schemas-filings";
export { mayRespond, mayReview, mayAssign, isFilingOffice } from "./policy";
export {
  assignFilingAction,
  recordFilingResponseAction,
  registerFilingAction,
  respondFilingAction,
  reviewFilingAction,
} from "./actions-filings";
export type { FilingDetail, FilingRow, PublicFiling } from "./queries-filings";
