// Who sees which filing and who may act on it (the flat table in lib/authz.ts only says who may work with filings
// at all). The standing committee's staff see the city's filings; a unit only those it issued. The legislative
// affairs office and admins register, assign and review any; a committee's member reviews those assigned to
// their committee. The issuer unit answers a finding itself; for an issuer without a unit account (the city
// government, its office) the office records the response.
import type { Member } from "@/lib/member";

type Viewer = Pick<Member, "roles" | "scopes">;

/** Roles that see and manage every filing of the city. */
const OFFICE = ["admin", "legislative"];
/** Roles that see every filing of the city (read only unless they also manage). */
const CITY_WIDE = ["admin", "legislative", "committee", "leader", "deputyAffairs", "station", "contactPoint"];

function scoped(v: Viewer, role: "unit" | "committee"): string[] {
  if (!v.roles.includes(role)) return [];
  return v.scopes.filter((s) => s.role === role && s.scopeId).map((s) => s.scopeId!);
}
export const filingUnitIds = (v: Viewer) => scoped(v, "unit");
export const filingCommitteeIds = (v: Viewer) => scoped(v, "committee");

export const isFilingOffice = (v: Viewer) => v.roles.some((r) => OFFICE.includes(r));

/** Null: the whole city; else only filings issued by these units. */
export function filingViewFilter(v: Viewer): { unitIds: string[] } | null {
  if (v.roles.some((r) => CITY_WIDE.includes(r))) return null;
  return { unitIds: filingUnitIds(v) };
}

export function seesFiling(v: Viewer, f: { issuerUnitId: string | null }): boolean {
  const filter = filingViewFilter(v);
  return filter === null || (f.issuerUnitId !== null && filter.unitIds.includes(f.issuerUnitId));
}

/** May assign the filing to `committeeId`: the office any, a committee's member only to their own. */
export function mayAssign(v: Viewer, committeeId: string): boolean {
  return isFilingOffice(v) || filingCommitteeIds(v).includes(committeeId);
}

/** May record the finding: the office, or a member of the committee it is assigned to. */
export function mayReview(v: Viewer, f: { committeeId: string | null }): boolean {
  return isFilingOffice(v) || (f.committeeId !== null && filingCommitteeIds(v).includes(f.committeeId));
}

/** May answer the finding: the issuer unit's own account; the office only for an issuer without a unit. */
export function mayRespond(v: Viewer, f: { issuerUnitId: string | null }): boolean {
  if (f.issuerUnitId !== null) return filingUnitIds(v).includes(f.issuerUnitId);
  return isFilingOffice(v);
}
