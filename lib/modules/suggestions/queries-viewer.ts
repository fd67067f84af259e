// The member as the suggestions policy sees them: their roles and scopes, plus their own deputy (one small read,
// only for a member holding the `deputy` role).
import { deputyOfUser } from "@/lib/modules/deputies";
import type { Member } from "@/lib/member";
import type { SuggestionViewer } from "./policy";

export async function loadViewer(member: Member): Promise<SuggestionViewer> {
  if (!member.roles.includes("deputy")) return { ...member, deputyId: null };
  const deputy = await deputyOfUser(member.tenantId, member.id);
  return { ...member, deputyId: deputy?.id ?? null };
}
