// Who is acting: a tenant user loaded fresh from the database on every request (so a disabled user, a
// changed password or changed roles take effect at once, whatever the session cookie still says).
//
// `findLiveMember` is the one answer to "is this session a live member of this city": Next's page guards
// (lib/guards.ts), the action and API path (lib/action.ts) and the page cache in front of Next (lib/cache)
// all call it. One prepared statement: the city active, the user active in exactly this city, and the city's
// action version and name, which the page cache keys on.
import type { Role } from "./authz";
import { pgPool } from "./pg";

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

/** The member, and what the page cache keys a console page on besides. */
export type LiveMember = { member: Member; tenant: { fullName: string; actionVersion: number } };

type Row = {
  fullName: string;
  actionVersion: number;
  username: string;
  displayName: string;
  passwordChangedAt: Date;
  roles: RoleScope[];
};

const LIVE_MEMBER_SQL = `
  SELECT t."fullName", t."actionVersion", u."username", u."displayName", u."passwordChangedAt",
         coalesce(json_agg(json_build_object('role', r."role", 'scopeId', r."scopeId") ORDER BY r."role", r."scopeId")
                  FILTER (WHERE r."id" IS NOT NULL), '[]') AS roles
    FROM "Tenant" t
    JOIN "User" u ON u."tenantId" = t."id" AND u."id" = $2::uuid AND u."active"
    LEFT JOIN "RoleAssignment" r ON r."tenantId" = t."id" AND r."userId" = u."id"
   WHERE t."id" = $1::uuid AND t."active" AND ($3::text IS NULL OR t."slug" = $3)
   GROUP BY t."id", u."id"`;

/**
 * The user behind a session, if it is a live member of the tenant `tenantId` (and, when given, of the city with
 * this slug): the session's own city, the city and the user active, the session newer than the last password
 * change. Null otherwise.
 */
export async function findLiveMember(
  tenantId: string,
  identity: SessionIdentity | null,
  slug: string | null = null,
): Promise<LiveMember | null> {
  if (!identity || identity.kind !== "tenant" || identity.tenantId !== tenantId) return null;
  const { rows } = await pgPool().query<Row>({
    name: "live-member",
    text: LIVE_MEMBER_SQL,
    values: [tenantId, identity.userId, slug],
  });
  const row = rows[0];
  // A session issued before the last password change is no longer valid (1 s slack for clock rounding).
  if (!row || row.passwordChangedAt.getTime() > identity.authAt + 1000) return null;
  return {
    tenant: { fullName: row.fullName, actionVersion: row.actionVersion },
    member: {
      id: identity.userId,
      tenantId,
      username: row.username,
      displayName: row.displayName,
      roles: [...new Set(row.roles.map((r) => r.role))],
      scopes: row.roles,
    },
  };
}

/** The member behind a session in this tenant, or null when the session is not a live member of it. */
export async function loadMember(tenantId: string, identity: SessionIdentity | null): Promise<Member | null> {
  return (await findLiveMember(tenantId, identity))?.member ?? null;
}
