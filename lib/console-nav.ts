// The console's navigation: the workbench first, then each module's entries in registry order (its manifest's
// `nav`), the account last. Each entry shows only to roles holding its permission (lib/authz.ts).
import { can } from "./authz";
import type { NavEntry } from "./modules/define";
import { MANIFESTS } from "./modules/registry";

export const CONSOLE_NAV: readonly NavEntry[] = [
  { key: "dashboard", path: "", permission: "console.view", label: "console.nav.dashboard" },
  ...MANIFESTS.flatMap((m) => m.nav ?? []),
  { key: "account", path: "/account", permission: "account.changePassword", label: "console.nav.account" },
];

export function consoleNavFor(roles: readonly string[], tenantSlug: string) {
  return CONSOLE_NAV.filter((item) => can(roles, item.permission)).map((item) => ({
    key: item.key,
    label: item.label,
    href: `/${tenantSlug}/console${item.path}`,
  }));
}
