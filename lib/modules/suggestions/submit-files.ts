// A draft's files through the attachments module: up to SUGGESTION_FILES_MAX files ("suggestionFile") and, for a
// motion, its bill (议案文本, "suggestionBill", one: a new one replaces the old). Taking a file off unlinks it
// (the attachments' sweep removes files no row owns), so nothing is deleted inside the author's transaction.
import { z } from "zod";
import type { ActionContext } from "@/lib/action";
import { DOCUMENT_TYPES, IMAGE_TYPES, listAttachments, storeAttachment, Upload } from "@/lib/modules/attachments";
import type { AttachmentMeta } from "@/lib/modules/attachments";
import { SUGGESTION_FILE_MAX_BYTES, SUGGESTION_FILES_MAX } from "./schemas-submit";
import { fieldRefusal } from "./submit-common";

export const FILE_KIND = "suggestionFile";
export const BILL_KIND = "suggestionBill";
const MODULE = "suggestions";

/** What a save carries beside its fields (the server action reads them from the form). */
export const uploadsSchema = z.object({
  files: z.array(z.instanceof(Upload)).default([]),
  bill: z.instanceof(Upload).optional(),
});

export type SuggestionFiles = { files: AttachmentMeta[]; bill: AttachmentMeta | null };

export async function suggestionFiles(tenantId: string, id: string): Promise<SuggestionFiles> {
  const [files, bills] = await Promise.all([
    listAttachments(tenantId, { module: MODULE, kind: FILE_KIND, id }),
    listAttachments(tenantId, { module: MODULE, kind: BILL_KIND, id }),
  ]);
  return { files, bill: bills.at(-1) ?? null };
}

/** Stores the new files (and bill), takes off the ones named; answers whether a bill is attached now. */
export async function saveFiles(
  ctx: ActionContext,
  id: string,
  o: { files: Upload[]; bill?: Upload; remove?: string[]; motion: boolean },
): Promise<{ hasBill: boolean; stored: string[] }> {
  const owner = { ownerModule: MODULE, ownerId: id };
  if (o.remove?.length)
    await ctx.tx.attachment.updateMany({
      where: { ...owner, ownerKind: { in: [FILE_KIND, BILL_KIND] }, id: { in: o.remove } },
      data: { ownerId: null },
    });
  const kept = await ctx.tx.attachment.count({ where: { ...owner, ownerKind: FILE_KIND } });
  if (kept + o.files.length > SUGGESTION_FILES_MAX)
    throw fieldRefusal("files", "tooManyFiles", { max: SUGGESTION_FILES_MAX });
  if (o.bill && !o.motion) throw fieldRefusal("bill", "billOnlyForMotion");
  if (o.bill)
    await ctx.tx.attachment.updateMany({ where: { ...owner, ownerKind: BILL_KIND }, data: { ownerId: null } });
  const stored: string[] = [];
  const uploads = [
    ...o.files.map((f) => ({ f, kind: FILE_KIND })),
    ...(o.bill ? [{ f: o.bill, kind: BILL_KIND }] : []),
  ];
  for (const { f, kind } of uploads) {
    const meta = await storeAttachment(
      ctx.tx,
      ctx.tenant.id,
      {
        body: f.body,
        fileName: f.fileName,
        owner: { module: MODULE, kind, id },
        allowed: kind === BILL_KIND ? DOCUMENT_TYPES : [...IMAGE_TYPES, ...DOCUMENT_TYPES],
        maxBytes: SUGGESTION_FILE_MAX_BYTES,
        access: "suggestion.view",
      },
      { userId: ctx.member.id, requestId: ctx.request.requestId },
    );
    stored.push(meta.id);
  }
  const hasBill = (await ctx.tx.attachment.count({ where: { ...owner, ownerKind: BILL_KIND } })) > 0;
  return { hasBill, stored };
}
