// Page guards for server components. The tenant comes from the URL; the session must be a live member of
// exactly that tenant. Another tenant's session gets the same 404 as a tenant that does not exist.
import { headers } from "next/headers";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { can, type Permission } from "./authz";
import { loadMember, type Member } from "./member";
import { getIdentity } from "./request-context";
import { findActiveTenant, type TenantRecord } from "./tenant";
import { loadOperator } from "./platform-action";
import { safeRedirectPath } from "./safe-redirect";

export async function requireTenant(slug: string): Promise<TenantRecord> {
  const tenant = await findActiveTenant(slug);
  if (!tenant) notFound();
  return tenant;
}

// Once per request for the same user (layout and page both need the member).
const memberOnce = cache((tenantId: string, userId: string, authAt: number) =>
  loadMember(tenantId, { kind: "tenant", tenantId, userId, authAt }),
);

export type ConsoleAccess = { tenant: TenantRecord; member: Member; allowed: boolean };

/** For console pages: redirects to sign-in without a session; 404 for another tenant's session.
 *  `allowed` is false when the member lacks `permission` (the page then shows its "no access" notice). */
export async function requireMember(
  slug: string,
  permission: Permission = "console.view",
  from?: string,
): Promise<ConsoleAccess> {
  const tenant = await requireTenant(slug);
  const identity = await getIdentity();
  const back = safeRedirectPath(from ?? (await headers()).get("x-lianxin-path") ?? undefined, `/${tenant.slug}`);
  const loginUrl = `/${tenant.slug}/login${back ? `?from=${encodeURIComponent(back)}` : ""}`;
  if (!identity) redirect(loginUrl);
  if (identity.kind !== "tenant" || identity.tenantId !== tenant.id) notFound();
  const member = await memberOnce(tenant.id, identity.userId, identity.authAt);
  if (!member) redirect(loginUrl); // disabled, or signed out by a password change
  return { tenant, member, allowed: can(member.roles, permission) };
}

export async function requireOperator() {
  const identity = await getIdentity();
  const operator = await loadOperator(identity);
  if (!operator) redirect("/platform/login");
  return operator;
}
