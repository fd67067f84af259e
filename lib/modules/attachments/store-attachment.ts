// Storing a file: read it up to its limit (refused the moment it passes it), decide its type from its bytes
// against the caller's allowlist, hash it, make a phone variant of a photo, and keep the bytes in PostgreSQL or,
// when S3 is configured, in the bucket. The metadata row is written on the caller's transaction (or client), so
// a file stored for a draft commits or rolls back with the draft.
import { createHash, randomBytes } from "node:crypto";
import type { Permission } from "@/lib/authz";
import { PERMISSIONS } from "@/lib/authz";
import type { TenantDb, TenantTx } from "@/lib/db";
import { positiveInt } from "@/lib/env";
import { log } from "@/lib/log";
import type { SeedTx } from "@/lib/seed/seed-tx";
import { detectAttachmentType } from "./detect";
import { cleanFileName } from "./file-names";
import { processImage } from "./images";
import { toMeta } from "./meta";
import { readLimited, type UploadBody } from "./read-limited";
import { refusal } from "./refusals";
import { deleteObjects, putObject, s3Settings } from "./s3";
import { ATTACHMENT_TYPES, DEFAULT_MAX_ATTACHMENT_BYTES, type AttachmentMeta, type AttachmentType } from "./types";

/** A transaction of an action (or a seed), or a tenant's client outside one (the rows then commit together). */
export type AttachmentDb = TenantTx | TenantDb | SeedTx;

export type StoreAttachmentInput = {
  /** The upload: its bytes, a File, a web stream (a request body) or a Node stream. Read once, up to the limit. */
  body: UploadBody;
  /** The name the uploader gave (kept, cleaned); it decides nothing. */
  fileName: string;
  /** The module and kind of row the file belongs to, and that row when it exists (else linkAttachment later). */
  owner: { module: string; kind: string; id?: string | null };
  /** The types this kind of file may be, e.g. IMAGE_TYPES; anything else is refused whatever it is called. */
  allowed: readonly AttachmentType[];
  /** This kind's limit in bytes (the platform's ATTACHMENTS_MAX_BYTES caps it). */
  maxBytes: number;
  /** Who may read it: everyone, or members holding this permission. */
  access: "public" | Permission;
};

/** Who uploaded: a member, or an anonymous citizen known only by the request's id. */
export type Uploader = { userId: string | null; requestId?: string | null };

/** Bytes of one stored row of AttachmentContent. */
export const PART_BYTES = 512 * 1024;
const PARTS_PER_INSERT = 8;

/** The platform's ceiling for any one file (ATTACHMENTS_MAX_BYTES, default 20 MB). */
export const maxAttachmentBytes = () => positiveInt(process.env.ATTACHMENTS_MAX_BYTES, DEFAULT_MAX_ATTACHMENT_BYTES);

export const phoneObjectKey = (objectKey: string) => `${objectKey}.phone`;

/** Stores one file for `tenantId`; refuses (413, 415, 422) in the uploader's language through AppError. */
export async function storeAttachment(
  db: AttachmentDb,
  tenantId: string,
  input: StoreAttachmentInput,
  who: Uploader,
): Promise<AttachmentMeta> {
  if (!input.owner.module || !input.owner.kind) throw new Error("storeAttachment: owner module and kind are required");
  if (input.access !== "public" && !Object.prototype.hasOwnProperty.call(PERMISSIONS, input.access))
    throw new Error(`storeAttachment: unknown permission ${input.access}`);
  const limit = Math.min(input.maxBytes, maxAttachmentBytes());
  const bytes = await readLimited(input.body, limit);
  if (bytes.byteLength === 0) throw refusal.empty();
  const type = detectAttachmentType(bytes);
  if (!type || !input.allowed.includes(type)) throw refusal.unsupportedType(input.allowed);
  const image = ATTACHMENT_TYPES[type].image ? await processImage(bytes, type) : null;

  const id = uuidv7();
  const s3 = s3Settings();
  const objectKey = s3 ? `${tenantId}/${id}` : null;
  const row = {
    id,
    tenantId,
    ownerModule: input.owner.module,
    ownerKind: input.owner.kind,
    ownerId: input.owner.id ?? null,
    fileName: cleanFileName(input.fileName),
    contentType: ATTACHMENT_TYPES[type].mime,
    byteSize: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    storage: s3 ? ("S3" as const) : ("DATABASE" as const),
    objectKey,
    width: image?.width ?? null,
    height: image?.height ?? null,
    phoneByteSize: image?.phone.data.byteLength ?? null,
    phoneWidth: image?.phone.width ?? null,
    phoneHeight: image?.phone.height ?? null,
    access: input.access,
    uploadedById: who.userId,
    uploadRequestId: who.userId ? null : (who.requestId ?? null),
  };

  if (s3 && objectKey) {
    // The bytes first: a row must never point at an object that is not there. A transaction that later rolls
    // back leaves an object no row names, which is never served.
    await putObject(s3, objectKey, bytes, row.contentType);
    if (image) await putObject(s3, phoneObjectKey(objectKey), image.phone.data, ATTACHMENT_TYPES.JPEG.mime);
  }
  const parts = s3
    ? []
    : [...split(tenantId, id, "ORIGINAL", bytes), ...(image ? split(tenantId, id, "PHONE", image.phone.data) : [])];
  try {
    const write = async (tx: AttachmentDb) => {
      const created = await tx.attachment.create({ data: row });
      for (let i = 0; i < parts.length; i += PARTS_PER_INSERT)
        await tx.attachmentContent.createMany({ data: parts.slice(i, i + PARTS_PER_INSERT) });
      return created;
    };
    const created = "$transaction" in db && parts.length > 0 ? await db.$transaction(write) : await write(db);
    return toMeta(created);
  } catch (err) {
    if (s3 && objectKey) {
      const keys = image ? [objectKey, phoneObjectKey(objectKey)] : [objectKey];
      await deleteObjects(s3, keys).catch((e) => log.warn("attachments.s3_cleanup_failed", { keys, err: e }));
    }
    throw err;
  }
}

function split(tenantId: string, attachmentId: string, variant: "ORIGINAL" | "PHONE", bytes: Uint8Array) {
  const parts = [];
  for (let offset = 0, part = 0; offset < bytes.byteLength; offset += PART_BYTES, part++)
    parts.push({
      tenantId,
      attachmentId,
      variant,
      part,
      data: new Uint8Array(bytes.subarray(offset, offset + PART_BYTES)),
    });
  return parts;
}

/** A time-ordered UUID (version 7), like the database's other ids, known before the row is written (it names
 *  the object in the bucket). */
function uuidv7(): string {
  const b = randomBytes(16);
  const ms = BigInt(Date.now());
  for (let i = 0; i < 6; i++) b[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
