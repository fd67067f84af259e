// The tenancy module: a city's reference data (districts → streets → communities, committees, handling units)
// and opening a new city. Committee and unit roles are scoped to its rows.
import { defineModule, STAFF } from "../define";

export default defineModule({
  name: "tenancy",
  folder: "tenancy",
  models: ["Area", "Committee", "Unit"],
  permissions: { "reference.view": STAFF },
  scopes: { committee: { model: "Committee", required: true }, unit: { model: "Unit", required: true } },
  nav: [{ key: "reference", path: "/reference", permission: "reference.view", label: "console.nav.reference" }],
  messages: { server: ["platform"], client: [] },
  openapi: async () => (await import("./openapi")).platformSection,
  auditLabels: async () => (await import("./audit-labels")).auditLabels,
});
