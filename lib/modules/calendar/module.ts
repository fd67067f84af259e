// The working-day calendar (工作日历): each city's statutory holidays and 调休 make-up working days, copied from
// the chinese-days npm package and kept by the city's admin, and the arithmetic every deadline uses (DESIGN §3
// rule 10): isWorkingDay, addWorkingDays, workingDaysBetween, with a flag for years not yet confirmed.
import { defineModule, STAFF } from "../define";

export default defineModule({
  name: "calendar",
  folder: "calendar",
  models: ["CalendarDay", "CalendarYear"],
  // Every staff member may look a day up; only the city's admin enters a new year's arrangement.
  permissions: { "calendar.view": STAFF, "calendar.manage": ["admin"] },
  nav: [{ key: "calendar", path: "/calendar", permission: "calendar.view", label: "calendar.nav.calendar" }],
  messages: { server: ["calendar"], client: ["calendar"] },
  seeders: [{ name: "calendar", load: async () => (await import("./seed")).seedCalendarDemo }],
  // The year pages are addressed by the year, which every city has: the rows themselves are swept by id.
  auditLabels: async () => (await import("./audit-labels")).auditLabels,
  sweep: {
    as: "admin",
    sample: `SELECT d."id"::text AS day,
        (SELECT "id"::text FROM "CalendarYear" WHERE "tenantId" = $1 ORDER BY "year" LIMIT 1) AS year
      FROM "CalendarDay" d WHERE d."tenantId" = $1 ORDER BY d."day" LIMIT 1`,
    lookups: async () => (await import("./sweep")).lookups,
  },
});
