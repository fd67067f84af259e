// Liaison stations (代表联络站): the stations and the city's standard they are built to, deputies grouped into
// them (混合编组), coverage of every street, reception days (代表接待日) with their public calendars, .ics feeds and
// QR posters, the records of receptions held, and the statistics per station, street and district.
import { defineModule } from "../define";

export default defineModule({
  name: "stations",
  folder: "stations",
  models: [
    "LiaisonStation",
    "StationDeputy",
    "StationStandardItem",
    "StationEvidence",
    "ReceptionSchedule",
    "ReceptionDay",
    "ReceptionRecord",
    "ReceptionAttendance",
    "ReceptionIssue",
  ],
  // The deputy-affairs office sets stations up, groups deputies and defines the standard; station staff run
  // their own stations only (policy.ts checks the scope): reception days, records, the checklist's evidence.
  permissions: {
    "station.view": ["admin", "deputyAffairs", "leader", "station"],
    "station.manage": ["deputyAffairs"],
    "station.operate": ["deputyAffairs", "station"],
  },
  // A station account manages the stations its role names; one without a scope sees none (so accounts made
  // before the stations existed keep working).
  scopes: { station: { model: "LiaisonStation", required: false } },
  nav: [
    { key: "stations", path: "/stations", permission: "station.view", label: "console.nav.stations" },
    { key: "stationStats", path: "/stations/stats", permission: "station.view", label: "console.nav.stationStats" },
  ],
  messages: { server: ["stations", "stationsPublic", "stationStats"], client: ["stations", "stationStats"] },
  openapi: async () => (await import("./openapi")).stationsSection,
  auditLabels: async () => (await import("./audit-labels")).auditLabels,
  auditLinks: {
    LiaisonStation: "/console/stations/{id}",
    // A record's page sits under its station; this path redirects there.
    ReceptionRecord: "/console/stations/records/{id}",
  },
  seeders: [
    {
      name: "stations",
      after: ["deputies", "calendar"],
      load: async () => (await import("./seed")).seedStationsDemo,
    },
  ],
  // Lists and pages that show rows changed through the actions; the next reception days move with the date, which
  // the cache's expiry (PAGE_CACHE_TTL_SECONDS, 5 minutes) covers, as it does for the legislation board.
  cacheable: [
    { scope: "member", path: "/console/stations" },
    { scope: "portal", path: "/stations(?:/calendar|/[0-9a-f-]{36})?" },
    { scope: "public", path: "/stations(?:/[0-9a-f-]{36})?" },
  ],
  workbench: async () => (await import("./workbench")).workbench,
  // Daily at 08:00 Shanghai: tomorrow's deputies on duty are reminded; the next year of recurring days is kept
  // materialised.
  jobs: [
    {
      name: "stations.dutyReminders",
      cron: "0 8 * * *",
      load: async () => (await import("./remind-reception-duties")).remindReceptionDuties,
    },
    {
      name: "stations.extendSchedules",
      cron: "30 2 1 * *",
      load: async () => (await import("./extend-schedules")).extendSchedules,
    },
  ],
  sweep: {
    as: "deputy-affairs",
    sample: `SELECT s."id"::text AS station,
        (SELECT "id"::text FROM "ReceptionRecord" WHERE "tenantId" = $1 AND "stationId" = s."id" LIMIT 1) AS record
      FROM "LiaisonStation" s WHERE s."tenantId" = $1
        AND EXISTS (SELECT 1 FROM "ReceptionRecord" r WHERE r."tenantId" = $1 AND r."stationId" = s."id")
      ORDER BY s."name" LIMIT 1`,
    pages: [
      "/{tenant}/console/stations/{station}",
      "/{tenant}/console/stations/{station}/records/{record}",
      "/{tenant}/stations/{station}",
    ],
    api: [
      "/api/v1/{tenant}/stations/{station}",
      "/api/v1/{tenant}/stations/{station}/calendar.ics",
      "/api/v1/{tenant}/stations/{station}/poster",
    ],
    lookups: async () => (await import("./sweep")).lookups,
  },
});
