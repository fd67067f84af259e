// A draft uploaded as a file: its text, read from a Word document, a PDF's text layer or UTF-8 text told apart by
// content (the attachments module's detection, not the file's name), and the original kept as an attachment of the
// version. A PDF's hard-wrapped lines are joined by the parser, as pasted text is.
import { detectAttachmentType, Upload, type AttachmentType } from "@/lib/modules/attachments";
import { docxToText } from "./docx-text";
import { PdfTextError, pdfToText } from "./pdf-text";

export const DRAFT_SOURCE_TYPES = ["DOCX", "PDF", "TEXT"] as const satisfies readonly AttachmentType[];
/** Server actions take bodies up to 1 MB (next.config.ts), so a draft's file is never larger. */
export const DRAFT_SOURCE_MAX_BYTES = 1024 * 1024;
/** Staff who read the draft may download its original; the public reads the parsed text only. */
export const DRAFT_SOURCE_ACCESS = "legislation.view";

/** Why an uploaded file gave no text; each is a message under `legislation.draftForm.errors`. */
export type DraftSourceError = "unreadableFile" | "pdfNoText" | "unreadablePdf";
export const draftSourceErrorKey = (e: DraftSourceError) => `legislation.draftForm.errors.${e}`;

/** The text of an uploaded draft, or why there is none: neither a readable .docx, a PDF with a text layer nor
 *  UTF-8 text. */
export async function readDraftSource(bytes: Uint8Array): Promise<{ text: string } | { error: DraftSourceError }> {
  const type = detectAttachmentType(bytes);
  try {
    if (type === "DOCX") return { text: docxToText(bytes) };
    if (type === "PDF") return { text: await pdfToText(bytes) };
    if (type === "TEXT") return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch (err) {
    if (err instanceof PdfTextError) return { error: err.reason === "noText" ? "pdfNoText" : "unreadablePdf" };
    return { error: "unreadableFile" };
  }
  return { error: "unreadableFile" };
}

/** The add-draft action's input from its form (regulationId, label, text | file), or why the file cannot be read:
 *  a file's text replaces any pasted text and the file goes along as the version's original. */
export async function readDraftForm(
  form: FormData,
): Promise<{ input: Record<string, unknown> } | { error: DraftSourceError }> {
  const file = form.get("file");
  const pasted = form.get("text");
  const input = {
    regulationId: form.get("regulationId"),
    label: form.get("label"),
    text: typeof pasted === "string" ? pasted : "",
  };
  if (!(file instanceof File) || file.size === 0) return { input };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readDraftSource(bytes);
  if ("error" in read) return read;
  return { input: { ...input, text: read.text, source: new Upload(file.name, bytes) } };
}

/** {@link readDraftForm}'s input, or null when the file cannot be read. */
export async function draftInputFromForm(form: FormData): Promise<Record<string, unknown> | null> {
  const read = await readDraftForm(form);
  return "input" in read ? read.input : null;
}
