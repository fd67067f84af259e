// The public consultation module (issue #4): consultations on published draft versions, citizens' opinions and
// their intake, triage and dispositions, the summary table and its exports.
import { defineModule } from "../define";

export default defineModule({
  name: "consultation",
  folder: "consultation",
  models: ["Consultation", "Opinion", "OpinionCampaign", "ConsultationCount", "ConsultationReasonCount"],
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
  // A consultation's staff pages (overview, opinions, summary table), per member: staff triaging a large one
  // return to them after every step. Opinions arrive without an action (the public intake), so their number joins
  // the key (ConsultationCount, kept by the intake's own statement), and so does which side of its window the
  // clock is on (the state follows from it); dispositions and everything else bump the action version.
  cacheable: [
    {
      scope: "member",
      path: "/console/consultations/([0-9a-f-]{36})(?:/opinions|/summary)?",
      version: `SELECT concat_ws(':',
          (SELECT coalesce(sum(k."n"), 0) FROM "ConsultationCount" k WHERE k."tenantId" = $1::uuid AND k."consultationId" = c."id"),
          (now() >= c."startsAt")::int, (now() >= c."endsAt")::int) AS v
        FROM "Consultation" c WHERE c."tenantId" = $1::uuid AND c."id" = $2::uuid`,
    },
  ],
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
