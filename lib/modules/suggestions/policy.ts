// Which suggestions a member sees and which moves they may make on one (the flat table in lib/authz.ts only says
// who may work with suggestions at all). The office, admins and leaders see the city; a deputy the ones they lead
// or are asked to co-sign; a unit the ones assigned to it in any round (lead or assisting); a committee member
// the key ones their committee pushes. Drafts are seen only by whoever writes them and their signers.
import type { Member } from "@/lib/member";
import type { MoveName, SuggestionActor, SuggestionStatus } from "./workflow";
import { MOVES } from "./workflow";

/** What the policy needs to know of the member beyond their roles (loaded once per request). */
export type SuggestionViewer = Pick<Member, "id" | "roles" | "scopes"> & {
  /** The member's own Deputy row, when their `deputy` role is linked to one. */
  deputyId: string | null;
};

/** What the policy needs to know of a suggestion. */
export type SuggestionScope = {
  status: SuggestionStatus;
  createdById: string | null;
  leadDeputyId: string;
  /** Every signer, confirmed or only invited. */
  signerDeputyIds: readonly string[];
  /** The current round's units (active assignments), the lead among them, and every unit of any round. */
  leadUnitId: string | null;
  activeUnitIds: readonly string[];
  unitIds: readonly string[];
  isKey: boolean;
  supervisingLeaderId: string | null;
  pushingCommitteeId: string | null;
};

const CITY_WIDE = ["admin", "deputyAffairs", "leader"];

export const isOffice = (v: Pick<Member, "roles">) => v.roles.includes("deputyAffairs");

function scoped(v: Pick<Member, "roles" | "scopes">, role: "unit" | "committee"): string[] {
  if (!v.roles.includes(role)) return [];
  return v.scopes.filter((s) => s.role === role && s.scopeId).map((s) => s.scopeId!);
}
export const viewerUnitIds = (v: Pick<Member, "roles" | "scopes">) => scoped(v, "unit");
export const viewerCommitteeIds = (v: Pick<Member, "roles" | "scopes">) => scoped(v, "committee");

const isDeputy = (v: SuggestionViewer, deputyId: string) => v.roles.includes("deputy") && v.deputyId === deputyId;

/**
 * The filter a member's lists apply: null for the whole city (drafts aside), else the deputy, units and
 * committees whose suggestions they see (any of them). An empty filter sees nothing.
 */
export type ViewFilter = { deputyId: string | null; unitIds: string[]; committeeIds: string[] } | null;

export function viewFilter(v: SuggestionViewer): ViewFilter {
  if (v.roles.some((r) => CITY_WIDE.includes(r))) return null;
  return {
    deputyId: v.roles.includes("deputy") ? v.deputyId : null,
    unitIds: viewerUnitIds(v),
    committeeIds: viewerCommitteeIds(v),
  };
}

export function seesSuggestion(v: SuggestionViewer, s: SuggestionScope): boolean {
  const own = s.createdById === v.id || (v.deputyId !== null && s.signerDeputyIds.includes(v.deputyId));
  if (s.status === "DRAFT") return own && (v.roles.includes("deputy") || isOffice(v));
  const f = viewFilter(v);
  if (f === null) return true;
  return (
    (f.deputyId !== null && s.signerDeputyIds.includes(f.deputyId)) ||
    s.unitIds.some((u) => f.unitIds.includes(u)) ||
    (s.isKey && s.pushingCommitteeId !== null && f.committeeIds.includes(s.pushingCommitteeId))
  );
}

/** May the member act as `actor` on the suggestion (its state aside; workflow.ts checks that)? */
export function actsAs(v: SuggestionViewer, actor: SuggestionActor, s: SuggestionScope): boolean {
  switch (actor) {
    case "office":
      return isOffice(v);
    case "author":
      return isDeputy(v, s.leadDeputyId) || (isOffice(v) && (s.createdById === v.id || s.status !== "DRAFT"));
    case "leadDeputy":
      return isDeputy(v, s.leadDeputyId);
    case "leadUnit":
      return s.leadUnitId !== null && viewerUnitIds(v).includes(s.leadUnitId);
    case "unit":
      return s.activeUnitIds.some((u) => viewerUnitIds(v).includes(u));
    default:
      return false; // the system never acts through a member's session
  }
}

export function mayMove(v: SuggestionViewer, move: MoveName, s: SuggestionScope): boolean {
  return actsAs(v, MOVES[move].by, s);
}

/** May the member confirm or decline co-signing (附议): an invited co-signer, from their own account. */
export function mayCosign(v: SuggestionViewer, s: SuggestionScope): boolean {
  return (
    v.deputyId !== null &&
    v.roles.includes("deputy") &&
    v.deputyId !== s.leadDeputyId &&
    s.signerDeputyIds.includes(v.deputyId) &&
    ["DRAFT", "REVISING", "SUBMITTED"].includes(s.status)
  );
}

/** May the member record a 约见 meeting: the key suggestion's supervising leader, or the office. */
export function mayRecordMeeting(v: SuggestionViewer, s: SuggestionScope): boolean {
  if (!s.isKey) return false;
  return isOffice(v) || (v.roles.includes("leader") && s.supervisingLeaderId === v.id);
}
