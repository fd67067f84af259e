// The legislation module (issue #3): calls for proposals and screening, five-year and annual plans, the
// regulation pipeline, and draft versions parsed into articles.
import { defineModule } from "../define";

const nav = (key: string, path: string, permission: string) => ({ key, path, permission, label: `console.nav.${key}` });

export default defineModule({
  name: "legislation",
  folder: "legislation",
  models: [
    "LegalField",
    "ProposalCall",
    "LegislativeProposal",
    "ScreeningStep",
    "LegislativePlan",
    "PlanItem",
    "Regulation",
    "RegulationEvent",
    "DraftVersion",
    "DraftArticle",
  ],
  // Legislative staff manage everything; committee staff the regulations and plan items of their own committee
  // (policy.ts narrows it); leaders read all.
  permissions: {
    "legislation.view": ["admin", "legislative", "committee", "leader"],
    "legislation.manage": ["legislative"],
    "legislation.committee": ["legislative", "committee"],
    "proposal.submit": ["legislative", "committee", "deputy", "unit", "deputyAffairs"],
  },
  nav: [
    nav("legislation", "/legislation", "legislation.view"),
    nav("inForce", "/legislation/in-force", "legislation.view"),
    nav("calls", "/legislation/calls", "legislation.view"),
    nav("plans", "/legislation/plans", "legislation.view"),
    nav("propose", "/legislation/propose", "proposal.submit"),
    nav("myProposals", "/legislation/my-proposals", "proposal.submit"),
    nav("fields", "/legislation/fields", "legislation.view"),
  ],
  messages: {
    server: ["legislation", "legislationPublic", "legislationTerms"],
    client: ["legislation", "legislationTerms"],
  },
  openapi: async () => (await import("./openapi")).legislationSection,
  auditLabels: async () => (await import("./audit-labels")).auditLabels,
  auditLinks: {
    Regulation: "/console/legislation/regulations/{id}",
    LegislativeProposal: "/console/legislation/proposals/{id}",
    ProposalCall: "/console/legislation/calls/{id}",
    LegislativePlan: "/console/legislation/plans/{id}",
    DraftVersion: "/console/legislation/drafts/{id}",
  },
  seeders: [{ name: "legislation", load: async () => (await import("./seed")).seedLegislationDemo }],
  // The pipeline board, regulations in force and one stage's list; published plans, regulations and drafts:
  // all changed only through the action path.
  cacheable: [
    { scope: "member", path: "/console/legislation(?:/in-force|/stages/[A-Z_]{3,30})?" },
    { scope: "public", path: "/(?:regulations|plans)(?:/[0-9a-f-]{36})?" },
    { scope: "public", path: "/drafts/[0-9a-f-]{36}" },
  ],
  workbench: async () => (await import("./workbench")).workbench,
  sweep: {
    as: "legislative",
    sample: `SELECT d."id"::text AS draft, d."regulationId"::text AS regulation,
        (SELECT "id"::text FROM "LegislativePlan" WHERE "tenantId" = $1 AND "publishedAt" IS NOT NULL LIMIT 1) AS plan,
        (SELECT "id"::text FROM "LegislativeProposal" WHERE "tenantId" = $1 ORDER BY "createdAt" LIMIT 1) AS proposal,
        (SELECT "callId"::text FROM "LegislativeProposal" WHERE "tenantId" = $1 ORDER BY "createdAt" LIMIT 1) AS call,
        (SELECT "receiptCode" FROM "LegislativeProposal" WHERE "tenantId" = $1 ORDER BY "createdAt" LIMIT 1) AS receipt
      FROM "DraftVersion" d WHERE d."tenantId" = $1 AND d."publishedAt" IS NOT NULL ORDER BY d."createdAt" LIMIT 1`,
    pages: [
      "/{tenant}/plans/{plan}",
      "/{tenant}/regulations/{regulation}",
      "/{tenant}/drafts/{draft}",
      "/{tenant}/console/legislation/regulations/{regulation}",
      "/{tenant}/console/legislation/drafts/{draft}",
      "/{tenant}/console/legislation/drafts/compare?from={draft}&to={draft}",
      "/{tenant}/console/legislation/plans/{plan}",
      "/{tenant}/console/legislation/plans/{plan}/export?format=xlsx",
      "/{tenant}/console/legislation/calls/{call}",
      "/{tenant}/console/legislation/proposals/{proposal}",
    ],
    api: [
      "/api/v1/{tenant}/plans/{plan}",
      "/api/v1/{tenant}/regulations/{regulation}",
      "/api/v1/{tenant}/drafts/{draft}",
      "/api/v1/{tenant}/receipts/{receipt}",
    ],
    lookups: async () => (await import("./sweep")).lookups,
  },
});
