// Oversight (监督): the annual oversight plan and its activities — work reports, law-enforcement inspections,
// inspection visits, research, voted appraisals — with their participants, the points visited and the problems
// found, the report, the deliberation opinions sent to units and their reports back; special inquiries (专题询问)
// with their research, respondents and the session recorded live from a laptop; rectification (整改) of each
// problem by a unit to the committee's acceptance and the 回头看 review; livelihood projects (民生实事) the
// deputies vote on, tracked to completion. Public pages for the plan, a finished inquiry and the projects.
import { defineModule } from "../define";

export default defineModule({
  name: "oversight",
  folder: "oversight",
  models: [
    "OversightPlan",
    "OversightActivity",
    "OversightEvent",
    "OversightParticipant",
    "OversightPoint",
    "OversightProblem",
    "OversightUnitReport",
    "OversightReview",
    "Inquiry",
    "InquiryRespondent",
    "InquiryQuestion",
    "RectificationTask",
    "RectificationReport",
    "RectificationEvent",
    "LivelihoodProject",
    "LivelihoodProgress",
  ],
  // Who may work with oversight at all; policy.ts says which activities (a committee member its committee's, a
  // unit those that sent it opinions or tasks, a deputy those they take part in).
  permissions: {
    "oversight.view": ["admin", "legislative", "committee", "deputyAffairs", "leader", "unit", "deputy"],
    "oversight.manage": ["admin", "committee"],
    "oversight.report": ["unit"],
    "inquiry.record": ["admin", "committee"],
    "rectification.view": ["admin", "committee", "leader", "unit"],
    "rectification.manage": ["admin", "committee"],
    "rectification.handle": ["unit"],
    "project.manage": ["admin", "deputyAffairs"],
    "project.report": ["unit"],
  },
  nav: [
    { key: "oversight", path: "/oversight", permission: "oversight.view", label: "console.nav.oversight" },
    {
      key: "rectification",
      path: "/rectification",
      permission: "rectification.view",
      label: "console.nav.rectification",
    },
    { key: "projects", path: "/projects", permission: "oversight.view", label: "console.nav.projects" },
  ],
  messages: {
    server: [
      "oversight",
      "oversightActivities",
      "oversightInquiry",
      "oversightRectification",
      "oversightProjects",
      "oversightPublic",
    ],
    client: ["oversight", "oversightActivities", "oversightInquiry", "oversightRectification", "oversightProjects"],
  },
  auditLabels: async () => (await import("./audit-labels")).auditLabels,
  auditLinks: {
    OversightActivity: "/console/oversight/{id}",
    RectificationTask: "/console/rectification/{id}",
    LivelihoodProject: "/console/projects/{id}",
  },
  attachmentReaders: async () => (await import("./attachment-readers")).attachmentReaders,
  openapi: async () => (await import("./openapi")).oversightSection,
  seeders: [
    {
      name: "oversight",
      after: ["deputies", "calendar", "suggestions"],
      load: async () => (await import("./seed")).seedOversightDemo,
    },
  ],
  workbench: async () => (await import("./workbench")).workbench,
  // The units' clocks: reports back on deliberation opinions and rectification tasks, reminded before and when due.
  jobs: [
    {
      name: "oversight.deadlineReminders",
      cron: "30 8 * * *",
      load: async () => (await import("./remind-oversight-deadlines")).remindOversightDeadlines,
    },
  ],
  // The earliest rectification task and its activity (in the demo, an inquiry): the activity's page, its
  // edit form and its board, and the task's page answer 404 in any other city; so do a public inquiry's record,
  // an inquiry's session page and a livelihood project's page.
  sweep: {
    as: "admin",
    // The inquiry is a public one (published, its vote over), so its record answers in its own city.
    sample: `SELECT t."activityId"::text AS activity, t."id"::text AS task,
        (SELECT i."id"::text FROM "Inquiry" i JOIN "OversightActivity" a ON a."tenantId" = i."tenantId"
          AND a."id" = i."activityId" AND a."published"
          WHERE i."tenantId" = $1 AND i."status" IN ('RECTIFYING', 'REVIEW', 'CLOSED')
          ORDER BY i."createdAt", i."id" LIMIT 1) AS inquiry,
        (SELECT i."activityId"::text FROM "Inquiry" i WHERE i."tenantId" = $1
          ORDER BY i."createdAt", i."id" LIMIT 1) AS "inquiryActivity",
        (SELECT p."id"::text FROM "LivelihoodProject" p WHERE p."tenantId" = $1
          ORDER BY p."createdAt", p."id" LIMIT 1) AS project
      FROM "RectificationTask" t WHERE t."tenantId" = $1 ORDER BY t."createdAt", t."id" LIMIT 1`,
    pages: [
      "/{tenant}/console/oversight/{activity}",
      "/{tenant}/console/oversight/{activity}/edit",
      "/{tenant}/console/oversight/{activity}/board",
      "/{tenant}/console/rectification/{task}",
      "/{tenant}/console/oversight/{inquiryActivity}/session",
      "/{tenant}/oversight/inquiries/{inquiry}",
      "/{tenant}/console/projects/{project}",
    ],
    api: ["/api/v1/{tenant}/inquiries/{inquiry}"],
    lookups: async () => ({
      ...(await import("./sweep-activities")).activityLookups,
      ...(await import("./sweep-rectification")).rectificationLookups,
      ...(await import("./sweep-inquiry")).inquiryLookups,
      ...(await import("./sweep-projects")).projectLookups,
    }),
  },
});
