// Who reads a suggestion's files (manifest `attachmentReaders`): the files, bill and reply letters of a suggestion
// the member sees, and an assisting unit's view file only where the panel shows that view (the lead unit, the
// city-wide roles, the suggestion's deputies, the assisting unit itself). Holding `suggestion.view` is not enough.
import { forTenant } from "@/lib/db";
import type { AttachmentReader } from "../define";
import { handlingPowers } from "./handling-policy";
import { getSuggestion } from "./queries-suggestion";
import { loadViewer } from "./queries-viewer";

async function suggestionOf(tenantId: string, kind: string, ownerId: string): Promise<string | null> {
  const db = forTenant(tenantId);
  if (kind === "replyLetter")
    return (
      (await db.suggestionReply.findFirst({ where: { id: ownerId }, select: { suggestionId: true } }))?.suggestionId ??
      null
    );
  if (kind === "view")
    return (
      (await db.suggestionAssignment.findFirst({ where: { id: ownerId }, select: { suggestionId: true } }))
        ?.suggestionId ?? null
    );
  return ownerId; // suggestionFile, suggestionBill
}

export const attachmentReaders: AttachmentReader = async (tenantId, member, file) => {
  if (!file.ownerId) return false; // an upload not linked (yet, or any more) to a suggestion
  const id = await suggestionOf(tenantId, file.ownerKind, file.ownerId);
  if (!id) return false;
  const viewer = await loadViewer(member);
  const s = await getSuggestion(tenantId, viewer, id);
  if (!s) return false;
  if (file.ownerKind === "view") return handlingPowers(viewer, s).views.some((a) => a.id === file.ownerId);
  return true;
};
