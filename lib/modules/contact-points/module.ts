// Grassroots legislative contact points (基层立法联系点): the registry, coverage by district, consultations handed
// to points with a due date, and the consolidated opinions their coordinators send in.
import { defineModule } from "../define";

export default defineModule({
  name: "contactPoints",
  folder: "contact-points",
  models: ["ContactPoint", "ConsultationAssignment"],
  // Legislative staff keep the registry and hand consultations to points; coordinators submit for their own
  // point only (policy.ts checks the point).
  permissions: {
    "contactPoint.view": ["admin", "legislative", "committee", "leader"],
    "contactPoint.manage": ["legislative"],
    "contactPoint.submit": ["contactPoint"],
  },
  // A coordinator is linked to a point by the point's coordinator field or by this scope: either works.
  scopes: { contactPoint: { model: "ContactPoint", required: false } },
  nav: [
    {
      key: "contactPoints",
      path: "/contact-points",
      permission: "contactPoint.view",
      label: "console.nav.contactPoints",
    },
    { key: "myPoint", path: "/my-point", permission: "contactPoint.submit", label: "console.nav.myPoint" },
  ],
  messages: { server: ["contactPoints"], client: ["contactPoints"] },
  auditLabels: async () => (await import("./audit-labels")).auditLabels,
  auditLinks: { ContactPoint: "/console/contact-points/{id}" },
  seeders: [
    { name: "contactPoints", after: ["legislation"], load: async () => (await import("./seed")).seedContactPointsDemo },
    {
      name: "contactPoints.assignments",
      after: ["consultation"],
      load: async () => (await import("./seed")).seedPointAssignmentsDemo,
    },
  ],
  workbench: async () => (await import("./workbench")).workbench,
  // Daily at 08:00 Shanghai: due-date reminders to coordinators (and, once overdue, the legislative staff).
  jobs: [
    {
      name: "contactPoints.dueReminders",
      cron: "0 8 * * *",
      load: async () => (await import("./remind-due-assignments")).remindDueAssignments,
    },
  ],
  sweep: {
    as: "legislative",
    sample: `SELECT p."id"::text AS point,
        (SELECT "id"::text FROM "ConsultationAssignment" WHERE "tenantId" = $1 AND "contactPointId" = p."id" LIMIT 1)
          AS assignment
      FROM "ContactPoint" p WHERE p."tenantId" = $1
        AND EXISTS (SELECT 1 FROM "ConsultationAssignment" a WHERE a."tenantId" = $1 AND a."contactPointId" = p."id")
      ORDER BY p."name" LIMIT 1`,
    pages: ["/{tenant}/console/contact-points/{point}"],
    lookups: async () => (await import("./sweep")).lookups,
  },
});
