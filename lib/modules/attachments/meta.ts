// An Attachment row as other modules see it.
import type { Attachment } from "@/lib/generated/prisma/client";
import { typeOfMime, type AttachmentMeta } from "./types";

export const META_SELECT = {
  id: true,
  ownerModule: true,
  ownerKind: true,
  ownerId: true,
  fileName: true,
  contentType: true,
  byteSize: true,
  sha256: true,
  storage: true,
  objectKey: true,
  width: true,
  height: true,
  phoneByteSize: true,
  phoneWidth: true,
  phoneHeight: true,
  access: true,
  uploadedById: true,
  createdAt: true,
} as const;

export type MetaRow = Pick<Attachment, keyof typeof META_SELECT>;

export function toMeta(row: MetaRow): AttachmentMeta {
  const type = typeOfMime(row.contentType);
  // The table's CHECK admits only the types the module detects; anything else is a corrupted row.
  if (!type) throw new Error(`attachment ${row.id} has an unknown content type`);
  return {
    id: row.id,
    ownerModule: row.ownerModule,
    ownerKind: row.ownerKind,
    ownerId: row.ownerId,
    fileName: row.fileName,
    contentType: row.contentType,
    type,
    byteSize: row.byteSize,
    sha256: row.sha256,
    storage: row.storage,
    width: row.width,
    height: row.height,
    phone:
      row.phoneByteSize !== null && row.phoneWidth !== null && row.phoneHeight !== null
        ? { byteSize: row.phoneByteSize, width: row.phoneWidth, height: row.phoneHeight }
        : null,
    access: row.access,
    uploadedById: row.uploadedById,
    createdAt: row.createdAt,
  };
}
