// Reads of submission: a suggestion's files and bill, where a motion stands against the legal number of signers
// and its bill (for the author's warning and the office's review), the draft as the edit form opens it, and the
// deputies a picker offers.
import { deputiesByIds, searchDeputies } from "@/lib/modules/deputies";
import type { TenantRecord } from "@/lib/tenant";
import type { SuggestionViewer } from "./policy";
import { getSuggestion, type SuggestionDetail } from "./queries-suggestion";
import { suggestionSettings } from "./settings";
import { suggestionFiles, type SuggestionFiles } from "./submit-files";
import { EDITABLE_STATUSES, motionQualifies } from "./workflow";

export type MotionStatus = {
  confirmedSigners: number;
  /** Invited co-signers who have not answered yet. */
  pendingSigners: number;
  minSigners: number;
  hasBill: boolean;
  qualifies: boolean;
};

export function motionStatus(tenant: TenantRecord, s: SuggestionDetail, files: SuggestionFiles): MotionStatus {
  const minSigners = suggestionSettings(tenant.settings).motionMinSigners;
  const hasBill = files.bill !== null;
  return {
    confirmedSigners: s.confirmedSigners,
    pendingSigners: s.signers.filter((x) => x.role === "COSIGNER" && !x.confirmedAt && !x.declinedAt).length,
    minSigners,
    hasBill,
    qualifies: motionQualifies({ confirmedSigners: s.confirmedSigners, hasBill, minSigners }),
  };
}

export type SubmitView = { files: SuggestionFiles; motion: MotionStatus | null };

/** What the submission panel shows beside getSuggestion's detail. */
export async function submitView(tenant: TenantRecord, s: SuggestionDetail): Promise<SubmitView> {
  const files = await suggestionFiles(tenant.id, s.id);
  return { files, motion: s.kind === "MOTION" ? motionStatus(tenant, s, files) : null };
}

export type PickedDeputy = { id: string; name: string; delegation: string };

/** The draft as the edit form opens it, or null when the member may not edit it (unseen, not theirs, sent). */
export async function draftForEdit(tenant: TenantRecord, viewer: SuggestionViewer, id: string) {
  const s = await getSuggestion(tenant.id, viewer, id);
  if (!s || !EDITABLE_STATUSES.includes(s.status) || !s.moves.includes("submit")) return null;
  const files = await suggestionFiles(tenant.id, s.id);
  const cosigners: PickedDeputy[] = s.signers
    .filter((x) => x.role === "COSIGNER")
    .map((x) => ({ id: x.deputyId, name: x.name, delegation: x.delegation }));
  return { s, files, cosigners };
}

/** Deputies in office whose name contains `q`, for the lead and co-signer pickers. */
export async function pickDeputies(tenantId: string, q: string): Promise<PickedDeputy[]> {
  const found = await searchDeputies(tenantId, q, 20);
  return found.map(({ id, name, delegation }) => ({ id, name, delegation }));
}

/** One deputy as a picker shows them (the lead an office form opens with). */
export async function pickedDeputy(tenantId: string, id: string): Promise<PickedDeputy | null> {
  const d = (await deputiesByIds(tenantId, [id])).get(id);
  return d ? { id: d.id, name: d.name, delegation: d.delegation } : null;
}
