// Deputies (人大代表): the city's registry of deputies of the five levels, their import from the .xlsx lists offices
// already keep, the public directory, and the deputy's own area (their stations, reception duties and records).
import { defineModule } from "../define";

export default defineModule({
  name: "deputies",
  folder: "deputies",
  models: ["Deputy"],
  // The deputy-affairs office keeps the registry; stations and leaders read it (a station groups deputies and
  // records who was present). A deputy's phone is private: seeing it whole is the office's, and audited.
  permissions: {
    "deputy.view": ["admin", "deputyAffairs", "leader", "station"],
    "deputy.manage": ["deputyAffairs"],
    "deputy.revealPhone": ["deputyAffairs"],
    "deputy.self": ["deputy"],
  },
  nav: [
    { key: "deputies", path: "/deputies", permission: "deputy.view", label: "console.nav.deputies" },
    { key: "myDeputy", path: "/my-deputy", permission: "deputy.self", label: "console.nav.myDeputy" },
  ],
  messages: { server: ["deputies", "deputyArea"], client: ["deputies", "deputyArea"] },
  openapi: async () => (await import("./openapi")).deputiesSection,
  auditLabels: async () => (await import("./audit-labels")).auditLabels,
  auditLinks: { Deputy: "/console/deputies/{id}" },
  seeders: [{ name: "deputies", after: ["legislation"], load: async () => (await import("./seed")).seedDeputiesDemo }],
  // The registry's lists show nothing but rows changed through the actions (and the seed, which the cache's
  // expiry covers): the staff list per member, the portal directory per language, the API for everyone.
  cacheable: [
    { scope: "member", path: "/console/deputies" },
    { scope: "portal", path: "/deputies" },
    { scope: "public", path: "/deputies" },
  ],
  sweep: {
    as: "deputy-affairs",
    sample: `SELECT "id"::text AS deputy FROM "Deputy" WHERE "tenantId" = $1 ORDER BY "name" LIMIT 1`,
    pages: ["/{tenant}/console/deputies/{deputy}", "/{tenant}/console/deputies/{deputy}/edit"],
    lookups: async () => (await import("./sweep")).lookups,
  },
});
