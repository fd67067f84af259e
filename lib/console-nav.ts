// The console's navigation: each entry shows only to roles holding its permission (lib/authz.ts).
// Later modules add their entries here.
import { can, type Permission } from "./authz";

export const CONSOLE_NAV: { key: string; path: string; permission: Permission }[] = [
  { key: "dashboard", path: "", permission: "console.view" },
  { key: "legislation", path: "/legislation", permission: "legislation.view" },
  { key: "inForce", path: "/legislation/in-force", permission: "legislation.view" },
  { key: "calls", path: "/legislation/calls", permission: "legislation.view" },
  { key: "plans", path: "/legislation/plans", permission: "legislation.view" },
  { key: "propose", path: "/legislation/propose", permission: "proposal.submit" },
  { key: "fields", path: "/legislation/fields", permission: "legislation.view" },
  { key: "consultations", path: "/consultations", permission: "consultation.view" },
  { key: "contactPoints", path: "/contact-points", permission: "contactPoint.view" },
  { key: "myPoint", path: "/my-point", permission: "contactPoint.submit" },
  { key: "reference", path: "/reference", permission: "reference.view" },
  { key: "users", path: "/users", permission: "user.view" },
  { key: "audit", path: "/audit", permission: "audit.view" },
  { key: "account", path: "/account", permission: "account.changePassword" },
];

export function consoleNavFor(roles: readonly string[], tenantSlug: string) {
  return CONSOLE_NAV.filter((item) => can(roles, item.permission)).map((item) => ({
    key: item.key,
    href: `/${tenantSlug}/console${item.path}`,
  }));
}
