// The file types attachments accept, what each is served as, and the shapes other modules see. Client-safe: no
// database, no Node APIs, so forms can show the same limits and accept lists the server enforces.

/** Every type the module can detect from content. Nothing else is ever stored or served (HTML and SVG least). */
export const ATTACHMENT_TYPES = {
  JPEG: { mime: "image/jpeg", extensions: ["jpg", "jpeg"], label: "JPG", image: true },
  PNG: { mime: "image/png", extensions: ["png"], label: "PNG", image: true },
  WEBP: { mime: "image/webp", extensions: ["webp"], label: "WebP", image: true },
  GIF: { mime: "image/gif", extensions: ["gif"], label: "GIF", image: true },
  PDF: { mime: "application/pdf", extensions: ["pdf"], label: "PDF", image: false },
  DOCX: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
    label: "DOCX",
    image: false,
  },
  XLSX: {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
    label: "XLSX",
    image: false,
  },
  TEXT: { mime: "text/plain; charset=utf-8", extensions: ["txt"], label: "TXT", image: false },
} as const;

export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

/** Photos: a station's, a citizen's evidence. Each gets a phone variant. */
export const IMAGE_TYPES = ["JPEG", "PNG", "WEBP", "GIF"] as const satisfies readonly AttachmentType[];
/** Letters, bills, reports, tables. */
export const DOCUMENT_TYPES = ["PDF", "DOCX", "XLSX", "TEXT"] as const satisfies readonly AttachmentType[];

/** The phone variant's longest side, in pixels. */
export const PHONE_MAX_SIDE = 1280;
/** The platform's ceiling for one file unless ATTACHMENTS_MAX_BYTES says otherwise; callers ask for less. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export const VARIANTS = ["original", "phone"] as const;
export type Variant = (typeof VARIANTS)[number];

export function typeOfMime(mime: string): AttachmentType | null {
  const found = Object.entries(ATTACHMENT_TYPES).find(([, t]) => t.mime === mime);
  return found ? (found[0] as AttachmentType) : null;
}

/** An `accept` attribute for a file input that offers the allowed types (the server checks content anyway). */
export function acceptAttribute(types: readonly AttachmentType[]): string {
  return types
    .flatMap((t) => [ATTACHMENT_TYPES[t].mime.split(";")[0]!, ...ATTACHMENT_TYPES[t].extensions.map((e) => `.${e}`)])
    .join(",");
}

/** A byte count for people, the same in both languages: "512 KB", "1 MB", "2.5 MB" (binary units). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** Where an attachment is served: GET it, signed in when it is not public. */
export function attachmentUrl(tenantSlug: string, id: string, variant: Variant = "original"): string {
  const base = `/api/v1/${encodeURIComponent(tenantSlug)}/attachments/${encodeURIComponent(id)}`;
  return variant === "original" ? base : `${base}?variant=${variant}`;
}

/** "public", or a permission name (lib/authz.ts) a member must hold to read it. */
export type AttachmentAccess = "public" | (string & {});

/** What other modules keep and show of an attachment (never its bytes). */
export type AttachmentMeta = {
  id: string;
  ownerModule: string;
  ownerKind: string;
  ownerId: string | null;
  fileName: string;
  contentType: string;
  type: AttachmentType;
  byteSize: number;
  sha256: string;
  storage: "DATABASE" | "S3";
  width: number | null;
  height: number | null;
  /** The phone variant (images only), or null. */
  phone: { byteSize: number; width: number; height: number } | null;
  access: AttachmentAccess;
  uploadedById: string | null;
  createdAt: Date;
};
