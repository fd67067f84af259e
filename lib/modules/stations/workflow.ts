// The stations module's coded values, in the order forms and filters list them.
export const STATION_KINDS = ["CENTRAL", "COMMUNITY", "ONLINE", "MOBILE"] as const;
export type StationKind = (typeof STATION_KINDS)[number];
export const STATION_ROLES = ["RESIDENT", "LIAISON"] as const;
export type StationRole = (typeof STATION_ROLES)[number];
export const ISSUE_STATUSES = ["OPEN", "IN_PROGRESS", "SOLVED"] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export const RECURRENCE_KINDS = ["MONTHLY_DAY", "MONTHLY_WEEKDAY", "ONCE"] as const;
export type RecurrenceKind = (typeof RECURRENCE_KINDS)[number];
export const HOLIDAY_RULES = ["NEXT_WORKING_DAY", "SKIP", "KEEP"] as const;
export type HolidayRule = (typeof HOLIDAY_RULES)[number];

/** The standard every city starts with (六有); a city may replace it with its own (汕头's 四个五). */
export const DEFAULT_STANDARD = {
  name: "六有",
  items: ["有场地", "有设施", "有组织", "有制度", "有活动", "有记录"],
} as const;

/** Categories of issues raised at receptions (a city's messages module will share them). */
export const ISSUE_CATEGORIES = [
  "urban",
  "social",
  "education",
  "health",
  "transport",
  "environment",
  "economy",
  "rural",
  "legal",
  "other",
] as const;
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];

/** How far ahead recurring reception days are materialised as rows (the monthly job keeps the horizon). */
export const HORIZON_MONTHS = 12;
