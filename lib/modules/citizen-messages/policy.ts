// Which messages a member sees and which moves they may make on one (the flat table in lib/authz.ts only says
// who may handle messages at all). The office sees the city; a deputy the messages addressed to them or to the
// stations they are grouped into; station staff their stations'; a unit only what is transferred to it.
import type { Member } from "@/lib/member";
import type { MessageActor, MoveName } from "./workflow";
import { MOVES } from "./workflow";

/** What the policy needs to know of the member beyond their roles (loaded once per request). */
export type MessageViewer = Pick<Member, "id" | "roles" | "scopes"> & {
  /** The member's own Deputy row, when their `deputy` role is linked to one. */
  deputyId: string | null;
  /** Stations the member's deputy is grouped into. */
  deputyStationIds: string[];
};

/** What the policy needs to know of a message. */
export type MessageScope = { stationId: string; deputyId: string | null; unitId: string | null };

const CITY_WIDE = ["admin", "deputyAffairs", "leader"];

export const isOffice = (v: Pick<Member, "roles">) => v.roles.includes("deputyAffairs");

export function staffStationIds(v: Pick<Member, "roles" | "scopes">): string[] {
  if (!v.roles.includes("station")) return [];
  return v.scopes.filter((s) => s.role === "station" && s.scopeId).map((s) => s.scopeId!);
}

export function unitIds(v: Pick<Member, "roles" | "scopes">): string[] {
  if (!v.roles.includes("unit")) return [];
  return v.scopes.filter((s) => s.role === "unit" && s.scopeId).map((s) => s.scopeId!);
}

/** Is the member the message's deputy, or a deputy of its station? */
function isMessageDeputy(v: MessageViewer, m: MessageScope): boolean {
  if (!v.roles.includes("deputy") || !v.deputyId) return false;
  return m.deputyId === v.deputyId || v.deputyStationIds.includes(m.stationId);
}

/**
 * The filter a member's lists apply: null for the whole city, else the stations, deputy and units whose
 * messages they see (any of them). An empty filter sees nothing.
 */
export type ViewFilter = { stationIds: string[]; deputyId: string | null; unitIds: string[] } | null;

export function viewFilter(v: MessageViewer): ViewFilter {
  if (v.roles.some((r) => CITY_WIDE.includes(r))) return null;
  return {
    stationIds: [...new Set([...staffStationIds(v), ...(v.deputyId ? v.deputyStationIds : [])])],
    deputyId: v.roles.includes("deputy") ? v.deputyId : null,
    unitIds: unitIds(v),
  };
}

export function seesMessage(v: MessageViewer, m: MessageScope): boolean {
  const f = viewFilter(v);
  if (f === null) return true;
  return (
    f.stationIds.includes(m.stationId) ||
    (f.deputyId !== null && m.deputyId === f.deputyId) ||
    (m.unitId !== null && f.unitIds.includes(m.unitId))
  );
}

/** May the member make this kind of move on the message (its state aside; workflow.ts checks that)? */
export function actsAs(v: MessageViewer, actor: MessageActor, m: MessageScope): boolean {
  switch (actor) {
    case "office":
      return isOffice(v);
    case "handler":
      return isOffice(v) || staffStationIds(v).includes(m.stationId) || isMessageDeputy(v, m);
    case "checker":
      return isOffice(v) || isMessageDeputy(v, m);
    case "unit":
      return m.unitId !== null && unitIds(v).includes(m.unitId);
    default:
      return false; // the citizen and the system never act through a member's session
  }
}

export function mayMove(v: MessageViewer, move: MoveName, m: MessageScope): boolean {
  return actsAs(v, MOVES[move].by, m);
}

/**
 * May the member reveal the citizen's phone? Only whoever must call back: the unit holding the message while it
 * is transferred to it, else the station's handlers; the office always. Each reveal is an audit row.
 */
export function mayRevealContact(
  v: MessageViewer,
  m: MessageScope & { status: string; replyByPhone: boolean },
): boolean {
  if (isOffice(v)) return true;
  if (m.unitId !== null && ["TRANSFERRED", "HANDBACK_REQUESTED", "REPLIED"].includes(m.status))
    return unitIds(v).includes(m.unitId) && m.replyByPhone;
  return actsAs(v, "handler", m);
}
