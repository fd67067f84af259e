// Client-safe parts of the stations' public side: schedules in words and the station page's props (types).
export { scheduleText, type ScheduleWords } from "./schedule-text";
export type { StationPageProps } from "./station-page";
export type { PublicDeputy, PublicReceptionDay, PublicStation, PublicStationRow } from "./queries-public";
