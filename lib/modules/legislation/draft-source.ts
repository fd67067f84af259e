// A draft uploaded as a file: its text, read from a Word document or UTF-8 text told apart by content (the
// attachments module's detection, not the file's name), and the original kept as an attachment of the version.
import { detectAttachmentType, Upload, type AttachmentType } from "@/lib/modules/attachments";
import { docxToText } from "./docx-text";

export const DRAFT_SOURCE_TYPES = ["DOCX", "TEXT"] as const satisfies readonly AttachmentType[];
/** Server actions take bodies up to 1 MB (next.config.ts), so a draft's file is never larger. */
export const DRAFT_SOURCE_MAX_BYTES = 1024 * 1024;
/** Staff who read the draft may download its original; the public reads the parsed text only. */
export const DRAFT_SOURCE_ACCESS = "legislation.view";

/** The text of an uploaded draft, or null when it is neither a readable .docx nor UTF-8 text. */
export function draftSourceText(bytes: Uint8Array): string | null {
  const type = detectAttachmentType(bytes);
  try {
    if (type === "DOCX") return docxToText(bytes);
    if (type === "TEXT") return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return null;
}

/** The add-draft action's input from its form (regulationId, label, text | file): a file's text replaces any
 *  pasted text and the file goes along as the version's original. Null when the file cannot be read. */
export async function draftInputFromForm(form: FormData): Promise<Record<string, unknown> | null> {
  const file = form.get("file");
  const pasted = form.get("text");
  const input = {
    regulationId: form.get("regulationId"),
    label: form.get("label"),
    text: typeof pasted === "string" ? pasted : "",
  };
  if (!(file instanceof File) || file.size === 0) return input;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = draftSourceText(bytes);
  return text === null ? null : { ...input, text, source: new Upload(file.name, bytes) };
}
