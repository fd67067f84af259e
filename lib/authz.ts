// The one permission table: permission → the roles that hold it. Anything not in the table, and any role
// not listed, is denied (fail closed). State-dependent rules live next to each module's workflow.
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = [
  "admin",
  "legislative",
  "committee",
  "deputyAffairs",
  "leader",
  "station",
  "contactPoint",
  "unit",
  "deputy",
] as const satisfies readonly Role[];
export type { Role };

/** Roles whose scope names another row; the value says which kind of row. */
export const ROLE_SCOPE = {
  committee: "committee",
  station: "station",
  contactPoint: "contactPoint",
  unit: "unit",
  deputy: "deputy",
} as const satisfies Partial<Record<Role, string>>;
export type ScopeKind = (typeof ROLE_SCOPE)[keyof typeof ROLE_SCOPE];

const STAFF: Role[] = ["admin", "legislative", "committee", "deputyAffairs", "leader", "station", "contactPoint"];
const EVERYONE: Role[] = [...ROLES];

export const PERMISSIONS = {
  "console.view": EVERYONE,
  "account.changePassword": EVERYONE,
  "reference.view": STAFF,
  "user.view": ["admin"],
  "user.manage": ["admin"],
  "audit.view": ["admin"],
  // Legislation (issue #3): legislative staff manage everything; committee staff the regulations and plan
  // items of their own committee (lib/modules/legislation/policy.ts narrows it); leaders read all.
  "legislation.view": ["admin", "legislative", "committee", "leader"],
  "legislation.manage": ["legislative"],
  "legislation.committee": ["legislative", "committee"],
  "proposal.submit": ["legislative", "committee", "deputy", "unit", "deputyAffairs"],
  // Public consultation (issue #4): legislative staff open consultations, assign contact points and publish
  // dispositions; committee staff help dispose; leaders read. Coordinators submit for their own point only
  // (lib/modules/consultation/policy-contact-points.ts checks the point).
  "consultation.view": ["admin", "legislative", "committee", "leader"],
  "consultation.manage": ["legislative"],
  "consultation.dispose": ["legislative", "committee"],
  "contactPoint.view": ["admin", "legislative", "committee", "leader"],
  "contactPoint.manage": ["legislative"],
  "contactPoint.submit": ["contactPoint"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const PLATFORM_PERMISSIONS = ["tenant.view", "tenant.manage"] as const;
export type PlatformPermission = (typeof PLATFORM_PERMISSIONS)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Does any of `roles` hold `permission`? Unknown permissions and roles are denied. */
export function can(roles: readonly string[], permission: string): boolean {
  if (!Object.prototype.hasOwnProperty.call(PERMISSIONS, permission)) return false;
  const allowed: readonly string[] = PERMISSIONS[permission as Permission];
  return roles.some((r) => isRole(r) && allowed.includes(r));
}
