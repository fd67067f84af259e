// The public side of the stations (directory, station page, city calendar, API, .ics, poster), the statistics
// and what the deputy's own area reads of the stations.
export {
  countPublicStationsByDistrict,
  getPublicStation,
  listPublicStations,
  listReceptionDays,
  listStationDistricts,
  type PublicDeputy,
  type PublicReceptionDay,
  type PublicStation,
  type PublicStationRow,
  type StationFilter,
} from "./queries-public";
export {
  getStationForApi,
  listStationsForApi,
  publicOrigin,
  publicStationQuerySchema,
  stationCalendarIcs,
  stationPosterSvg,
} from "./public-api";
export {
  dutiesOfDeputy,
  receptionsWithDeputy,
  stationsOfDeputy,
  type MyDuty,
  type MyReception,
  type MyStation,
} from "./queries-deputy-area";
export {
  STATS_VIEWS,
  stationStats,
  stationStatsQuerySchema,
  statsPeriod,
  type StatsRow,
  type StatsView,
  type StationStatsQuery,
} from "./queries-stats";
export { statsWorkbook } from "./export-stats";
