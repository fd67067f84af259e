// File names are the uploader's words: kept as given (Chinese and all) but without a path, control characters or
// the bidirectional overrides that make "photo‮gpj.exe" look like a JPEG, and served with the extension of the
// type the content really is.
import { ATTACHMENT_TYPES, type AttachmentType } from "./types";

const MAX_NAME = 200;

/** The name to keep: the last path segment, cleaned, at most 200 characters (the extension kept), never empty. */
export function cleanFileName(given: string): string {
  const base = given.normalize("NFC").split(/[/\\]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").trim();
  if (!clean || clean === "." || clean === "..") return "attachment";
  if ([...clean].length <= MAX_NAME) return clean;
  const dot = clean.lastIndexOf(".");
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
  return [...clean.slice(0, clean.length - ext.length)].slice(0, MAX_NAME - ext.length).join("") + ext;
}

/** The name to serve: the kept one, with the detected type's extension added when it ends otherwise. */
export function servedFileName(fileName: string, type: AttachmentType, variant: "original" | "phone"): string {
  const extensions: readonly string[] =
    variant === "phone" ? ATTACHMENT_TYPES.JPEG.extensions : ATTACHMENT_TYPES[type].extensions;
  const dot = fileName.lastIndexOf(".");
  const ext = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
  if (extensions.includes(ext)) return fileName;
  const stem = variant === "phone" && dot > 0 ? fileName.slice(0, dot) : fileName;
  return `${stem}.${extensions[0]}`;
}

/** RFC 6266 / 8187: an ASCII fallback for old clients and the real name, UTF-8 percent-encoded, for the rest. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
