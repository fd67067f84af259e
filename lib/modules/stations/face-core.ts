// The stations module's core server face (registry, standard, grouping, coverage, reception days and records):
// the actions, the reads other modules and pages use, and the scope checks.
export {
  getStation,
  listStations,
  STATION_PAGE_SIZE,
  stationNamesByDeputy,
  stationDeputies,
  stationStaff,
  stationChoices,
  type StationDetail,
  type StationFilters,
  type StationListRow,
  type StationListPage,
  type StationMember,
} from "./queries-stations";
export {
  getReceptionRecord,
  listReceptionRecords,
  type ReceptionRecordDetail,
  type ReceptionRecordRow,
  type ReceptionIssueRow,
} from "./queries-receptions";
export {
  listSchedules,
  receptionDaysBetween,
  getReceptionDay,
  type ScheduleRow,
  type ReceptionDayRow,
} from "./queries-days";
export { getStandard, stationChecklist, completionByStation, type Standard, type Checklist } from "./queries-standard";
export { stationCoverage, type Coverage } from "./queries-coverage";
export { areaIndex, cachedAreaIndex, stationAreaChoices, type AreaInfo } from "./queries-areas";
export { scopedStationIds, runsStation, seesStation, stationFilter } from "./policy";
export { ensureStandard } from "./ensure-standard";
export { materializeSchedule, horizonEnd } from "./materialize-days";
export { createStation } from "./create-station";
export { updateStation } from "./update-station";
export { updateStandard } from "./update-standard";
export { recordEvidence } from "./record-evidence";
export { groupDeputy } from "./group-deputy";
export { ungroupDeputy } from "./ungroup-deputy";
export { createSchedule } from "./create-schedule";
export { updateSchedule } from "./update-schedule";
export { updateReceptionDay } from "./update-reception-day";
export { createReceptionRecord } from "./create-reception-record";
export { updateIssueStatus } from "./update-issue-status";
export { updateIssue } from "./update-issue";
export { remindReceptionDutiesIn, DUTY_REMINDER_KIND } from "./remind-reception-duties";
export { extendSchedulesIn } from "./extend-schedules";
