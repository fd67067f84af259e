// Read functions of the cross-tenant sweep (manifest `sweep.lookups`): asked with another city's id, none finds anything.
import { getCalendarEntry, getCalendarYearById } from "./queries-calendar";

export const lookups = { day: getCalendarEntry, year: getCalendarYearById };
