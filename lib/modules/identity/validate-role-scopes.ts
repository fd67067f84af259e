// A scoped role must name an active row of this tenant of the kind its module declares (the manifests' `scopes`,
// gathered in lib/authz.ts ROLE_SCOPES): a committee, a unit, a contact point … A role no module scopes names
// nothing; a role whose scope is optional may name nothing.
import { ROLE_SCOPES } from "@/lib/authz";
import type { TenantTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RoleGrant } from "./schemas";

type Finder = { findFirst: (args: object) => Promise<{ id: string } | null> };

/** The Prisma delegate of a scope's model (`ContactPoint` → tx.contactPoint). */
export function scopeDelegate<D = Finder>(db: object, model: string): D {
  const delegate = (db as Record<string, D | undefined>)[model.charAt(0).toLowerCase() + model.slice(1)];
  if (!delegate) throw new Error(`No Prisma model ${model} for a role scope`);
  return delegate;
}

export async function validateRoleScopes(tx: TenantTx, grants: RoleGrant[]): Promise<void> {
  const problems: string[] = [];
  for (const grant of grants) {
    const scope = ROLE_SCOPES[grant.role];
    if (!scope) {
      if (grant.scopeId) problems.push(grant.role);
    } else if (!grant.scopeId) {
      if (scope.required) problems.push(grant.role);
    } else {
      const row = await scopeDelegate(tx, scope.model).findFirst({
        where: { id: grant.scopeId, active: true },
        select: { id: true },
      });
      if (!row) problems.push(grant.role);
    }
  }
  if (problems.length) throw new AppError("VALIDATION", "VALIDATION", {}, { roles: problems.map(() => "scope") });
}
