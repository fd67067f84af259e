// The audit module: the append-only log of every change and sign-in, read by admins.
import { defineModule } from "../define";

export default defineModule({
  name: "audit",
  folder: "audit",
  models: ["AuditEvent"],
  permissions: { "audit.view": ["admin"] },
  nav: [{ key: "audit", path: "/audit", permission: "audit.view", label: "console.nav.audit" }],
});
