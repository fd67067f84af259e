// A scoped role must name a row of this tenant of the right kind. Committee and unit scopes are checked
// here; station, contact-point and deputy scopes arrive with their modules and are refused until then.
import type { TenantTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RoleGrant } from "./schemas";

export async function validateRoleScopes(tx: TenantTx, grants: RoleGrant[]): Promise<void> {
  const problems: string[] = [];
  for (const grant of grants) {
    if (grant.role === "committee" || grant.role === "unit") {
      const found = grant.scopeId
        ? grant.role === "committee"
          ? await tx.committee.findFirst({ where: { id: grant.scopeId, active: true }, select: { id: true } })
          : await tx.unit.findFirst({ where: { id: grant.scopeId, active: true }, select: { id: true } })
        : null;
      if (!found) problems.push(grant.role);
    } else if (grant.scopeId) {
      problems.push(grant.role);
    }
  }
  if (problems.length) throw new AppError("VALIDATION", "VALIDATION", {}, { roles: problems.map(() => "scope") });
}
