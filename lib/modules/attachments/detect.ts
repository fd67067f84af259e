// What a file is, read from its bytes alone: the name and the type a browser declared are the uploader's word,
// and a page renamed photo.png is still a page. Binary formats by their magic bytes; Office files by the parts
// their ZIP holds; plain text only when it is UTF-8 without control characters and is not markup (HTML, SVG,
// XML), which a browser could be talked into rendering.
import { strFromU8, unzipSync } from "fflate";
import type { AttachmentType } from "./types";

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The main part's content type of a Word document and of an Excel workbook (not their macro-enabled kin). */
const DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
/** [Content_Types].xml is a few kilobytes; a larger one is not an Office file (or is a zip bomb). */
const MAX_CONTENT_TYPES_BYTES = 256 * 1024;

/** The type of `bytes`, or null when it is none the module accepts. */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, JPEG)) return "JPEG";
  if (startsWith(bytes, PNG)) return "PNG";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "GIF";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "WEBP";
  if (startsWith(bytes, ascii("%PDF-"))) return "PDF";
  if (startsWith(bytes, ZIP)) return officeType(bytes);
  return isPlainText(bytes) ? "TEXT" : null;
}

/** DOCX or XLSX when the ZIP declares the matching main part and holds it; any other ZIP is refused. */
function officeType(bytes: Uint8Array): AttachmentType | null {
  const names = new Set<string>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      // Only [Content_Types].xml is inflated; every other entry is just named.
      filter: (f) => {
        names.add(f.name);
        return f.name === "[Content_Types].xml" && f.originalSize <= MAX_CONTENT_TYPES_BYTES;
      },
    });
  } catch {
    return null; // not a readable ZIP
  }
  const types = files["[Content_Types].xml"];
  if (!types) return null;
  const xml = strFromU8(types);
  if (xml.includes(DOCX_MAIN) && names.has("word/document.xml")) return "DOCX";
  if (xml.includes(XLSX_MAIN) && names.has("xl/workbook.xml")) return "XLSX";
  return null;
}

// Tags a browser's sniffer (or an old one) takes for HTML, and the XML family (SVG is XML).
const MARKUP =
  /<(?:!doctype|html|head|body|script|iframe|object|embed|svg|math|style|meta|link|base|form|img|\?xml|!--)[\s/>]/i;

/** UTF-8 (a BOM allowed), no control characters but tab, line breaks and form feed, and not markup. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return false;
  // Text that opens with a tag is markup whatever follows; elsewhere, only the tags that make a page active.
  if (/^\s*</.test(text) || MARKUP.test(text)) return false;
  return true;
}
