// The calendar's fixed values, shared by the forms, the server actions and the pages.

/** Years a page may show or an admin may edit (the table's check says the same). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** The longest holiday range one form adds (the longest ever, 2020's extended Spring Festival, was 10 days). */
export const MAX_HOLIDAY_DAYS = 31;

/** Where a year's data came from: copied from the chinese-days npm package, or entered by the city's admin. */
export const CALENDAR_SOURCES = ["chinese-days", "manual"] as const;
export type CalendarSource = (typeof CALENDAR_SOURCES)[number];

export const CALENDAR_DAY_KINDS = ["HOLIDAY", "WORKDAY"] as const;
export type CalendarDayKindName = (typeof CALENDAR_DAY_KINDS)[number];
