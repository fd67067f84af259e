// The public side of the stations (directory, station page, city calendar, API, .ics, poster), the statistics
// and what the deputy's own area reads of the stations.
export {
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
