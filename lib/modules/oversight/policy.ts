// Which oversight activities a member sees and which they may manage (the flat table in lib/authz.ts only says
// who may work with oversight at all). Admins, the legislative office, deputy affairs and leaders see the city's
// activities; a committee member those of their committee (and those without a committee) and manages them; a
// unit those that sent it opinions, tasks or questioned it; a deputy or member those they take part in.
import { can } from "@/lib/authz";
import type { Member } from "@/lib/member";

export type ActivityViewer = Pick<Member, "id" | "roles" | "scopes"> & {
  /** The member's own Deputy row, when their `deputy` role is linked to one. */
  deputyId: string | null;
};

/** What the policy needs to know of an activity. */
export type ActivityScope = {
  committeeId: string | null;
  /** Accounts and deputies taking part. */
  participantUserIds: readonly string[];
  participantDeputyIds: readonly string[];
  /** Units sent opinions, tasks, or answering in an inquiry. */
  unitIds: readonly string[];
};

const CITY_WIDE = ["admin", "legislative", "deputyAffairs", "leader"];

function scoped(v: Pick<Member, "roles" | "scopes">, role: "unit" | "committee"): string[] {
  if (!v.roles.includes(role)) return [];
  return v.scopes.filter((s) => s.role === role && s.scopeId).map((s) => s.scopeId!);
}
export const viewerUnitIds = (v: Pick<Member, "roles" | "scopes">) => scoped(v, "unit");
export const viewerCommitteeIds = (v: Pick<Member, "roles" | "scopes">) => scoped(v, "committee");

export const seesCity = (v: Pick<Member, "roles">) => v.roles.some((r) => CITY_WIDE.includes(r));

export function seesActivity(v: ActivityViewer, a: ActivityScope): boolean {
  if (!can(v.roles, "oversight.view")) return false;
  if (seesCity(v)) return true;
  if (v.roles.includes("committee")) {
    const mine = viewerCommitteeIds(v);
    if (a.committeeId === null || mine.includes(a.committeeId)) return true;
  }
  if (a.participantUserIds.includes(v.id)) return true;
  if (v.deputyId && v.roles.includes("deputy") && a.participantDeputyIds.includes(v.deputyId)) return true;
  const units = viewerUnitIds(v);
  return units.some((u) => a.unitIds.includes(u));
}

/** Admins manage every activity; a committee member those of their committee or without one. */
export function managesActivity(v: Pick<Member, "roles" | "scopes">, a: Pick<ActivityScope, "committeeId">) {
  if (!can(v.roles, "oversight.manage")) return false;
  if (v.roles.includes("admin")) return true;
  return a.committeeId === null || viewerCommitteeIds(v).includes(a.committeeId);
}

/** May create activities at all (and for which committees: null = any). */
export function creatableCommittees(v: Pick<Member, "roles" | "scopes">): string[] | null | false {
  if (!can(v.roles, "oversight.manage")) return false;
  if (v.roles.includes("admin")) return null;
  return viewerCommitteeIds(v);
}

/**
 * The filter a member's lists apply: null for the whole city, else the committees, account, deputy and units
 * whose activities they see (any of them).
 */
export type ActivityFilter = {
  committeeIds: string[] | null;
  userId: string;
  deputyId: string | null;
  unitIds: string[];
} | null;

export function activityFilter(v: ActivityViewer): ActivityFilter {
  if (seesCity(v)) return null;
  return {
    committeeIds: v.roles.includes("committee") ? viewerCommitteeIds(v) : null,
    userId: v.id,
    deputyId: v.roles.includes("deputy") ? v.deputyId : null,
    unitIds: viewerUnitIds(v),
  };
}

/** A unit account may report back on the opinions sent to its unit. */
export function reportsForUnit(v: Pick<Member, "roles" | "scopes">, unitId: string): boolean {
  return can(v.roles, "oversight.report") && viewerUnitIds(v).includes(unitId);
}
