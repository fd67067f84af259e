// Filing review (备案审查): normative documents the government and its departments file with the standing
// committee — title, issuer, number, dates, text — reviewed by a committee within a deadline in working days, with
// a finding (未发现问题 / 建议纠正 / 建议撤销) and the issuer's response; a public annual list.
import { STAFF, defineModule } from "../define";

export default defineModule({
  name: "filings",
  folder: "filings",
  models: ["NormativeFiling"],
  permissions: {
    "filing.view": [...STAFF, "unit"],
    "filing.manage": ["admin", "legislative", "committee"],
    "filing.respond": ["unit"],
  },
  nav: [{ key: "filings", path: "/filings", permission: "filing.view", label: "console.nav.filings" }],
  messages: { server: ["filings"], client: ["filings"] },
  auditLabels: async () => (await import("./audit-labels")).auditLabels,
  auditLinks: { NormativeFiling: "/console/filings/{id}" },
  attachmentReaders: async () => (await import("./attachment-readers")).attachmentReaders,
  openapi: async () => (await import("./openapi")).filingsSection,
  seeders: [{ name: "filings", after: ["calendar"], load: async () => (await import("./seed")).seedFilingsDemo }],
  workbench: async () => (await import("./workbench")).workbench,
  jobs: [
    {
      name: "filings.deadlineReminders",
      cron: "45 8 * * *",
      load: async () => (await import("./remind-filing-deadlines")).remindFilingDeadlines,
    },
  ],
  // The earliest filing: its console page answers 404 in any other city.
  sweep: {
    as: "legislative",
    sample: `SELECT "id"::text AS filing FROM "NormativeFiling" WHERE "tenantId" = $1 ORDER BY "filedOn", "id" LIMIT 1`,
    pages: ["/{tenant}/console/filings/{filing}"],
    lookups: async () => (await import("./sweep")).lookups,
  },
});
