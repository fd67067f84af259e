// Linking an uploaded file to the row it belongs to, once that row exists (a citizen's photos are uploaded
// before the message is sent). Only an unlinked file of the same module and kind can be linked, and, when the
// caller names the uploader, only that uploader's: an id seen elsewhere cannot pull someone else's file in.
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { AttachmentDb } from "./store-attachment";

export async function linkAttachment(
  db: AttachmentDb,
  tenantId: string,
  attachmentId: string,
  owner: { module: string; kind: string; id: string },
  opts: { uploadedById?: string | null } = {},
): Promise<void> {
  if (!isUuid(attachmentId)) throw new AppError("NOT_FOUND");
  const where = {
    tenantId,
    id: attachmentId,
    ownerModule: owner.module,
    ownerKind: owner.kind,
    ...(opts.uploadedById !== undefined ? { uploadedById: opts.uploadedById } : {}),
  };
  const { count } = await db.attachment.updateMany({ where: { ...where, ownerId: null }, data: { ownerId: owner.id } });
  if (count === 1) return;
  // Linked to this very row already (a retried request) is fine; anything else is not found.
  if ((await db.attachment.count({ where: { ...where, ownerId: owner.id } })) === 1) return;
  throw new AppError("NOT_FOUND");
}
