// Reads: an attachment's metadata (never its bytes), the attachments of one owner row, and the bytes of one
// variant as a stream — from PostgreSQL part by part, or from the bucket.
import { forTenant } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { META_SELECT, toMeta, type MetaRow } from "./meta";
import { getObjectStream, s3Settings } from "./s3";
import { PART_BYTES, phoneObjectKey } from "./store-attachment";
import type { AttachmentMeta, Variant } from "./types";

async function findRow(tenantId: string, id: string): Promise<MetaRow | null> {
  if (!isUuid(id)) return null;
  return forTenant(tenantId).attachment.findFirst({ where: { id }, select: META_SELECT });
}

/** One attachment's metadata in `tenantId`, or null (another city's id finds nothing). */
export async function getAttachment(tenantId: string, id: string): Promise<AttachmentMeta | null> {
  const row = await findRow(tenantId, id);
  return row ? toMeta(row) : null;
}

/** The attachments linked to one row of a module, oldest first. */
export async function listAttachments(
  tenantId: string,
  owner: { module: string; kind: string; id: string },
): Promise<AttachmentMeta[]> {
  if (!isUuid(owner.id)) return [];
  const rows = await forTenant(tenantId).attachment.findMany({
    where: { ownerModule: owner.module, ownerKind: owner.kind, ownerId: owner.id },
    orderBy: { createdAt: "asc" },
    select: META_SELECT,
  });
  return rows.map(toMeta);
}

export type AttachmentContent = {
  meta: AttachmentMeta;
  variant: Variant;
  contentType: string;
  byteSize: number;
  stream: ReadableStream<Uint8Array>;
};

/** The bytes of `variant` of an attachment, streamed; null when there is no such attachment or variant. The
 *  caller decides who may read it (serveAttachment checks the access the attachment records). */
export async function openAttachment(
  tenantId: string,
  id: string,
  variant: Variant = "original",
): Promise<AttachmentContent | null> {
  const row = await findRow(tenantId, id);
  return row ? openRow(tenantId, row, variant) : null;
}

/** A row already read (and its reader checked): its metadata, then its bytes on demand. */
export async function loadAttachment(tenantId: string, id: string) {
  const row = await findRow(tenantId, id);
  return row ? { meta: toMeta(row), open: (variant: Variant) => openRow(tenantId, row, variant) } : null;
}

async function openRow(tenantId: string, row: MetaRow, variant: Variant): Promise<AttachmentContent | null> {
  const meta = toMeta(row);
  if (variant === "phone" && !meta.phone) return null;
  const byteSize = variant === "phone" ? meta.phone!.byteSize : meta.byteSize;
  const contentType = variant === "phone" ? "image/jpeg" : meta.contentType;
  let stream: ReadableStream<Uint8Array>;
  if (row.storage === "S3") {
    const s3 = s3Settings();
    // Stored in a bucket the running configuration no longer names: an operator's error, not the reader's.
    if (!s3 || !row.objectKey) throw new Error(`attachment ${row.id} is in S3, but S3_BUCKET is not set`);
    stream = await getObjectStream(s3, variant === "phone" ? phoneObjectKey(row.objectKey) : row.objectKey);
  } else {
    stream = databaseStream(tenantId, row.id, variant === "phone" ? "PHONE" : "ORIGINAL", byteSize);
  }
  return { meta, variant, contentType, byteSize, stream };
}

/** Reads one part per pull, so a 20 MB file never sits in memory whole and a closed download stops reading. */
function databaseStream(
  tenantId: string,
  attachmentId: string,
  variant: "ORIGINAL" | "PHONE",
  byteSize: number,
): ReadableStream<Uint8Array> {
  const parts = Math.ceil(byteSize / PART_BYTES);
  let part = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (part >= parts) return controller.close();
      const row = await forTenant(tenantId).attachmentContent.findFirst({
        where: { attachmentId, variant, part },
        select: { data: true },
      });
      if (!row) return controller.error(new Error(`attachment ${attachmentId}: part ${part} of ${variant} missing`));
      part++;
      controller.enqueue(row.data);
    },
  });
}
