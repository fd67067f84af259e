// Which stations a member runs. The flat table in lib/authz.ts says only who may operate stations at all; the
// scope says which: the deputy-affairs office runs every station of the city, a `station` account only the
// stations its role assignments name (none when unscoped, so accounts made before the stations keep working).
import type { Member } from "@/lib/member";

/** The station ids a member's `station` role is scoped to. */
export function scopedStationIds(member: Pick<Member, "scopes">): string[] {
  return member.scopes.filter((s) => s.role === "station" && s.scopeId).map((s) => s.scopeId!);
}

/** Does `member` run the station `stationId` (may record receptions, edit days and evidence)? */
export function runsStation(member: Pick<Member, "roles" | "scopes">, stationId: string): boolean {
  if (member.roles.includes("deputyAffairs")) return true;
  return member.roles.includes("station") && scopedStationIds(member).includes(stationId);
}

// The roles that see every station of the city (the others holding station.view are station staff).
const CITY_WIDE = ["admin", "deputyAffairs", "leader"];

/** The stations a member's lists are limited to: null for every station, else the scoped ids. */
export function stationFilter(member: Pick<Member, "roles" | "scopes">): string[] | null {
  return member.roles.some((r) => CITY_WIDE.includes(r)) ? null : scopedStationIds(member);
}

/** May `member` see the station in the console? Station staff see only their own. */
export function seesStation(member: Pick<Member, "roles" | "scopes">, stationId: string): boolean {
  const only = stationFilter(member);
  return only === null || only.includes(stationId);
}
