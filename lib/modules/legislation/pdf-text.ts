// Plain text of a PDF's text layer, one line per printed line, in the order the page draws them. The lines are
// hard-wrapped; the draft parser joins them (draft-parser.ts, unwrap), as it does for text pasted from a PDF.
//
// PDF.js through unpdf, whose build needs no worker file and no network: fonts, CMaps and the engine all come from
// node_modules, and a PDF's scripts are never evaluated (isEvalSupported: false). Loaded on first use only, so the
// modules that import this file (the seed, the form's reader) do not load a megabyte and a half of PDF.js.

/** A regulation draft is tens of pages; past this it is not one, and reading stops. */
export const PDF_MAX_PAGES = 500;
/** The draft's text is at most 500,000 characters (schemas.ts); reading stops a little past that. */
const PDF_MAX_CHARS = 600_000;

/** Why a PDF gave no text: none in its text layer (a scan), or not a PDF that PDF.js can open. */
export class PdfTextError extends Error {
  constructor(readonly reason: "noText" | "unreadable") {
    super(reason === "noText" ? "the PDF has no text layer" : "the PDF cannot be read");
    this.name = "PdfTextError";
  }
}

type Item = { str: string; transform: number[]; width: number; height: number; hasEOL: boolean };
const isItem = (x: unknown): x is Item =>
  typeof x === "object" && x !== null && typeof (x as Item).str === "string" && Array.isArray((x as Item).transform);

/** One page's items as lines: a new line where the baseline moves by more than half a glyph, or at an EOL mark;
 *  a space where a gap on the same line is wider than a third of a glyph and the text has none. */
export function itemsToLines(items: readonly Item[]): string[] {
  const lines: string[] = [];
  let line = "";
  let y: number | null = null;
  let xEnd: number | null = null;
  for (const it of items) {
    const size = Math.abs(it.transform[3] ?? 0) || it.height || 10;
    const x = it.transform[4] ?? 0;
    const itemY = it.transform[5] ?? 0;
    if (y !== null && Math.abs(itemY - y) > size / 2) {
      lines.push(line);
      line = "";
      xEnd = null;
    }
    if (it.str !== "") {
      if (xEnd !== null && x - xEnd > size / 3 && !/\s$/.test(line) && !/^\s/.test(it.str)) line += " ";
      line += it.str;
      y = itemY;
      xEnd = x + (it.width || 0);
    }
    if (it.hasEOL) {
      lines.push(line);
      line = "";
      y = null;
      xEnd = null;
    }
  }
  if (line !== "") lines.push(line);
  return lines.map((l) => l.trimEnd()).filter((l) => l.trim() !== "");
}

/**
 * A line printed at the top or the bottom of most pages (a running header, "XX市人大常委会公报"): dropped. Page
 * numbers are the parser's to drop; this catches the words repeated page after page, in documents of 3+ pages.
 */
function dropRunningLines(pages: string[][]): string[][] {
  if (pages.length < 3) return pages;
  const key = (l: string) => l.replace(/\s+/g, "").replace(/[0-9０-９]+/g, "#");
  const counts = new Map<string, number>();
  for (const p of pages) {
    const edges = new Set([p[0], p[p.length - 1]].filter((l): l is string => l !== undefined).map(key));
    for (const k of edges) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const running = new Set([...counts].filter(([, n]) => n >= Math.ceil(pages.length / 2) && n >= 3).map(([k]) => k));
  if (running.size === 0) return pages;
  return pages.map((p) => p.filter((l, i) => !((i === 0 || i === p.length - 1) && running.has(key(l)))));
}

/** The text of a PDF, its pages' lines one after another (a page break is a line break, never a blank line). Throws
 *  a {@link PdfTextError}: `noText` when there is none (a scanned document), `unreadable` when it is no PDF. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const { getDocumentProxy } = await import("unpdf");
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: PDF.js takes the buffer over, and the caller keeps the bytes to store them as the original.
    doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, stopAtErrors: false });
  } catch {
    throw new PdfTextError("unreadable");
  }
  try {
    const pages: string[][] = [];
    let chars = 0;
    for (let n = 1; n <= Math.min(doc.numPages, PDF_MAX_PAGES) && chars <= PDF_MAX_CHARS; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines = itemsToLines(content.items.flatMap((it) => (isItem(it) ? [it] : [])));
      chars += lines.reduce((sum, l) => sum + l.length + 1, 0);
      pages.push(lines);
      page.cleanup();
    }
    const text = dropRunningLines(pages).flat().join("\n");
    if (text.replace(/\s+/g, "") === "") throw new PdfTextError("noText");
    return text;
  } catch (err) {
    throw err instanceof PdfTextError ? err : new PdfTextError("unreadable");
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
