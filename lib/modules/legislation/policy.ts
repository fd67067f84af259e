// State- and scope-dependent rules of the legislation module (the flat table in lib/authz.ts says who may
// act at all; this says on which rows).
import type { Member } from "@/lib/member";

/** Legislative staff act on every regulation; committee staff on those of their own committee. */
export function canActOnCommitteeRow(member: Member, committeeId: string | null): boolean {
  if (member.roles.includes("legislative")) return true;
  return !!committeeId && member.scopes.some((s) => s.role === "committee" && s.scopeId === committeeId);
}

/** The proposer types a member may file a legislative proposal as, from the console. */
export function proposerTypesFor(roles: readonly string[]): ("DEPUTY" | "UNIT" | "COMMITTEE" | "OTHER")[] {
  const types = new Set<"DEPUTY" | "UNIT" | "COMMITTEE" | "OTHER">();
  if (roles.includes("deputy")) types.add("DEPUTY");
  if (roles.includes("unit")) types.add("UNIT");
  if (roles.includes("committee") || roles.includes("legislative") || roles.includes("deputyAffairs"))
    types.add("COMMITTEE");
  if (types.size === 0) types.add("OTHER");
  return [...types];
}
