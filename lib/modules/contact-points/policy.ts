// Which contact point a member may act for (the flat table in lib/authz.ts says only that coordinators may submit
// at all). A point is a coordinator's when the registry names them on it, or when the admin scoped their
// contactPoint role to it: either way of linking an account must work, as both are edited by different people.
import type { Member } from "@/lib/member";

/** The point ids a member's contactPoint role is scoped to. */
export function scopedPointIds(member: Pick<Member, "scopes">): string[] {
  return member.scopes.filter((s) => s.role === "contactPoint" && s.scopeId).map((s) => s.scopeId!);
}

/** Does `member` coordinate `point`? */
export function coordinatesPoint(
  member: Pick<Member, "id" | "roles" | "scopes">,
  point: { id: string; coordinatorId: string | null },
): boolean {
  if (!member.roles.includes("contactPoint")) return false;
  return point.coordinatorId === member.id || scopedPointIds(member).includes(point.id);
}
