// Who is acting: a tenant user loaded fresh from the database on every request (so a disabled user, a
// changed password or changed roles take effect at once, whatever the session cookie still says).
import { forTenant } from "./db";
import type { Role } from "./authz";

export type SessionIdentity =
  | { kind: "tenant"; userId: string; tenantId: string; authAt: number }
  | { kind: "platform"; operatorId: string; authAt: number };

export type RoleScope = { role: Role; scopeId: string | null };
export type Member = {
  id: string;
  tenantId: string;
  username: string;
  displayName: string;
  roles: Role[];
  scopes: RoleScope[];
};

/** The user behind a session in this tenant, or null when the session is not a live member of it. */
export async function loadMember(tenantId: string, identity: SessionIdentity | null): Promise<Member | null> {
  if (!identity || identity.kind !== "tenant" || identity.tenantId !== tenantId) return null;
  const user = await forTenant(tenantId).user.findFirst({
    where: { id: identity.userId, active: true },
    select: {
      id: true,
      tenantId: true,
      username: true,
      displayName: true,
      passwordChangedAt: true,
      roles: { select: { role: true, scopeId: true } },
    },
  });
  // A session issued before the last password change is no longer valid (1 s slack for clock rounding).
  if (!user || user.passwordChangedAt.getTime() > identity.authAt + 1000) return null;
  return {
    id: user.id,
    tenantId: user.tenantId,
    username: user.username,
    displayName: user.displayName,
    roles: [...new Set(user.roles.map((r) => r.role))],
    scopes: user.roles,
  };
}
