// The one permission table: permission → the roles that hold it, assembled from every module's manifest
// (lib/modules/<m>/module.ts, listed in lib/modules/registry.ts). Anything not in the table, and any role not
// listed, is denied (fail closed). State-dependent rules live next to each module's workflow.
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLES } from "@/lib/modules/define";
import { MANIFESTS, type MODULES } from "@/lib/modules/registry";

export { ROLES };
export type { Role };

type Manifests = (typeof MODULES)[number];
/** Every permission some module declares: a checked union, so a misspelt permission does not compile. */
export type Permission = Manifests extends infer M
  ? M extends { permissions: infer P }
    ? keyof P & string
    : never
  : never;

function buildTable(): Readonly<Record<Permission, readonly Role[]>> {
  const table: Record<string, readonly Role[]> = {};
  for (const m of MANIFESTS) {
    for (const [permission, roles] of Object.entries(m.permissions)) {
      if (Object.prototype.hasOwnProperty.call(table, permission)) {
        throw new Error(`Permission ${permission} is declared twice (module ${m.name})`);
      }
      table[permission] = roles;
    }
  }
  return Object.freeze(table) as Record<Permission, readonly Role[]>;
}

export const PERMISSIONS = buildTable();

/** Roles whose scope names another row, and which model holds those rows (from the manifests' `scopes`). */
export const ROLE_SCOPES: Readonly<Partial<Record<Role, { model: string; required: boolean; module: string }>>> =
  Object.freeze(
    Object.fromEntries(
      MANIFESTS.flatMap((m) =>
        Object.entries(m.scopes ?? {}).map(([role, decl]) => [role, { ...decl!, module: m.name }]),
      ),
    ),
  );

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
