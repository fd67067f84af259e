// The stations console's client-safe face: schemas, the shapes its pages use, and the server actions.
export * from "./schemas";
export * from "./actions";
export type { StationDetail, StationListRow, StationFilters, StationMember } from "./queries-stations";
export type { ReceptionRecordDetail, ReceptionRecordRow, ReceptionIssueRow } from "./queries-receptions";
export type { ScheduleRow, ReceptionDayRow } from "./queries-days";
export type { Standard, StandardItem, Checklist, ChecklistRow } from "./queries-standard";
export type { Coverage, CoverageDistrict, CoverageStreet } from "./queries-coverage";
