// The public consultation module (issue #4): consultations on published draft versions, citizens' opinions and
// their intake, triage and dispositions, the summary table and its exports.
import { defineModule } from "../define";

export default defineModule({
  name: "consultation",
  folder: "consultation",
  models: ["Consultation", "Opinion", "OpinionCampaign", "ConsultationCount"],
  // Legislative staff open consultations and publish dispositions; committee staff help dispose; leaders read.
  permissions: {
    "consultation.view": ["admin", "legislative", "committee", "leader"],
    "consultation.manage": ["legislative"],
    "consultation.dispose": ["legislative", "committee"],
    // Deputies comment through the DEPUTY channel from the console (代表意见).
    "consultation.comment": ["deputy"],
  },
  nav: [
    {
      key: "consultations",
      path: "/consultations",
      permission: "consultation.view",
      label: "console.nav.consultations",
    },
    {
      key: "deputyConsultations",
      path: "/consultations/deputy",
      permission: "consultation.comment",
      label: "console.nav.deputyConsultations",
    },
  ],
  messages: {
    server: ["consultation", "consultationPublic", "consultationTerms"],
    client: ["consultation", "consultationTerms"],
  },
  openapi: async () => (await import("./openapi")).consultationSection,
  auditLabels: async () => (await import("./audit-labels")).auditLabels,
  auditLinks: { Consultation: "/console/consultations/{id}" },
  // Opinions of the demo consultations come from the contact points too, so the points exist first.
  seeders: [
    {
      name: "consultation",
      after: ["legislation", "contactPoints"],
      load: async () => (await import("./seed")).seedConsultationDemo,
    },
  ],
  workbench: async () => (await import("./workbench")).workbench,
  // Daily at 08:00 Shanghai: legislative staff hear of open consultations closing with opinions undisposed.
  jobs: [
    {
      name: "consultation.closingReminders",
      cron: "0 8 * * *",
      load: async () => (await import("./remind-closing-consultations")).remindClosingConsultations,
    },
  ],
  sweep: {
    as: "legislative",
    sample: `SELECT c."id"::text AS consultation,
        (SELECT "receiptCode" FROM "Opinion" WHERE "tenantId" = $1 AND "consultationId" = c."id" LIMIT 1) AS receipt
      FROM "Consultation" c WHERE c."tenantId" = $1 AND c."startsAt" <= now() AND c."endsAt" > now()
      ORDER BY c."createdAt" LIMIT 1`,
    pages: [
      "/{tenant}/consultations/{consultation}",
      "/{tenant}/console/consultations/{consultation}",
      "/{tenant}/console/consultations/{consultation}/opinions",
      "/{tenant}/console/consultations/{consultation}/summary",
      "/{tenant}/console/consultations/{consultation}/export?format=xlsx",
      "/{tenant}/console/consultations/deputy/{consultation}",
    ],
    api: ["/api/v1/{tenant}/receipts/{receipt}"],
    lookups: async () => (await import("./sweep")).lookups,
  },
});
