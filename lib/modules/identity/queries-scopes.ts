// The rows each scoped role may name, for the user form: every scope a module declares (lib/authz.ts ROLE_SCOPES).
import { ROLE_SCOPES, type Role } from "@/lib/authz";
import { forTenant } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { scopeDelegate } from "./validate-role-scopes";

export type ScopeChoices = Partial<Record<Role, { required: boolean; options: { id: string; name: string }[] }>>;
type Lister = { findMany: (args: object) => Promise<{ id: string; name: string }[]> };

export async function listScopeChoices(tenantId: string): Promise<ScopeChoices> {
  const db = forTenant(tenantId);
  const entries = await Promise.all(
    Object.entries(ROLE_SCOPES).map(async ([role, scope]) => {
      const fields = (Prisma as unknown as Record<string, Record<string, string>>)[`${scope!.model}ScalarFieldEnum`];
      // The city's own order where the rows have one (committees, units), else by name.
      const orderBy = fields && "sortOrder" in fields ? [{ sortOrder: "asc" }, { name: "asc" }] : [{ name: "asc" }];
      const delegate = scopeDelegate<Lister>(db, scope!.model);
      const options = await delegate.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy });
      return [role, { required: scope!.required, options }] as const;
    }),
  );
  return Object.fromEntries(entries);
}
