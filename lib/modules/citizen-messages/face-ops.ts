// The ops side of citizens' messages (re-exported from ./index.ts): the units' deadline reminders and the rating
// follow-up (daily jobs), the statistics and their .xlsx, and the workbench source.
export {
  DEADLINE_KIND,
  DEADLINE_REMINDERS_JOB,
  OVERDUE_KIND,
  reminderLevel,
  remindMessageDeadlines,
  remindMessageDeadlinesIn,
} from "./remind-message-deadlines";
export {
  CALL_BACK_KIND,
  followUpRatings,
  followUpRatingsIn,
  RATINGS_JOB,
  type FollowUpResult,
} from "./follow-up-ratings";
export { trackingLink } from "./rating-mail";
export { messageStats } from "./queries-stats";
export { messageStatsWorkbook } from "./export-stats";
export { workbench as citizenMessagesWorkbench, UNIT_ITEMS } from "./workbench";
export { CONTACT_RETENTION_YEARS, eraseExpiredContactsIn, RETENTION_JOB } from "./erase-expired-contacts";
