// The member as the messages policy sees them: their roles and scopes, plus their own deputy and the stations
// that deputy is grouped into (two small reads, only for a member holding the `deputy` role).
import { deputyOfUser } from "@/lib/modules/deputies";
import { stationsOfDeputy } from "@/lib/modules/stations";
import type { Member } from "@/lib/member";
import type { MessageViewer } from "./policy";

export async function loadViewer(member: Member): Promise<MessageViewer> {
  if (!member.roles.includes("deputy")) return { ...member, deputyId: null, deputyStationIds: [] };
  const deputy = await deputyOfUser(member.tenantId, member.id);
  if (!deputy) return { ...member, deputyId: null, deputyStationIds: [] };
  const stations = await stationsOfDeputy(member.tenantId, deputy.id);
  return { ...member, deputyId: deputy.id, deputyStationIds: stations.map((s) => s.id) };
}
