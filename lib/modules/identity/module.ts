// The identity module: a city's users, their roles, sign-in and passwords.
import { defineModule, EVERYONE } from "../define";

export default defineModule({
  name: "identity",
  folder: "identity",
  models: ["User", "RoleAssignment"],
  permissions: {
    "console.view": EVERYONE,
    "account.changePassword": EVERYONE,
    "user.view": ["admin"],
    "user.manage": ["admin"],
    // Phones and other contacts show masked everywhere (138****1234); seeing one whole is an audited action
    // (contact.reveal): for admins (a user's phone) and legislative staff (a citizen who proposed a regulation).
    "contact.reveal": ["admin", "legislative"],
  },
  nav: [{ key: "users", path: "/users", permission: "user.view", label: "console.nav.users" }],
  messages: { server: ["auth"], client: [] },
  openapi: async () => (await import("./openapi")).identitySection,
  auditLabels: async () => (await import("./audit-labels")).auditLabels,
  auditLinks: { User: "/console/users/{id}" },
  sweep: {
    as: "admin",
    sample: `SELECT "id"::text AS "user" FROM "User" WHERE "tenantId" = $1 ORDER BY "username" LIMIT 1`,
    pages: ["/{tenant}/console/users/{user}"],
    api: ["/api/v1/{tenant}/users/{user}"],
    lookups: async () => (await import("./sweep")).lookups,
  },
});
