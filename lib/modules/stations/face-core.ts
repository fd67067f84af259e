// The stations module's core server face (registry, standard, grouping, coverage, reception days and records):
// the reads other modules and pages use, and the scope checks.
export {
  getStation,
  listStations,
  stationNamesByDeputy,
  stationDeputies,
  stationStaff,
  stationChoices,
  type StationDetail,
  type StationFilters,
  type StationListRow,
  type StationMember,
} from "./queries-stations";
export {
  getReceptionRecord,
  listReceptionRecords,
  type ReceptionRecordDetail,
  type ReceptionRecordRow,
  type ReceptionIssueRow,
} from "./queries-receptions";
export { areaIndex, type AreaInfo } from "./queries-areas";
export { scopedStationIds, runsStation, seesStation, stationFilter } from "./policy";
