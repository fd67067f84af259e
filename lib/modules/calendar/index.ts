import "server-only";
// The calendar module's server face: each city's working-day calendar and the arithmetic every deadline uses.
// `workingCalendar(tenantId)` gives the city's calendar (isWorkingDay, addWorkingDays, workingDaysBetween,
// isConfirmed and the *Checked variants that flag years not yet confirmed). Other modules, app/ and components/
// import only this and ./client.ts (everything there is here too).
export * from "./client";
export { default as calendarModule } from "./module";
export { addHoliday } from "./add-holiday";
export { addWorkday } from "./add-workday";
export { removeCalendarDay } from "./remove-calendar-day";
export { confirmCalendarYear } from "./confirm-year";
export { copyPackageCalendar, FIRST_PACKAGE_YEAR, nextYear } from "./copy-package-calendar";
export { PACKAGE_VERSION, PACKAGE_YEARS } from "./package-data";
export {
  calendarData,
  getCalendarEntry,
  getCalendarYear,
  getCalendarYearById,
  listCalendarYears,
  workingCalendar,
} from "./queries-calendar";
