// State- and scope-dependent rules of the legislation module (the flat table in lib/authz.ts says who may
// act at all; this says on which rows).
import type { Member } from "@/lib/member";

/** Legislative staff act on every regulation; committee staff on those of their own committee. */
export function canActOnCommitteeRow(member: Member, committeeId: string | null): boolean {
  if (member.roles.includes("legislative")) return true;
  return !!committeeId && member.scopes.some((s) => s.role === "committee" && s.scopeId === committeeId);
}
