// Plain text of a .docx (Office Open XML): one line per paragraph, tabs and breaks kept. Enough for a
// regulation draft, whose structure is in its words (第一章, 第五条), not its styles.
//
// One pass over the XML, never a backtracking pattern: a crafted document (paragraphs opened and never closed)
// made the earlier regular expressions quadratic, a few KB of zip holding minutes of work. The document's size is
// capped before it is inflated, from the zip's own entry.
import { unzipSync, strFromU8 } from "fflate";

/** A regulation draft's document.xml is a few hundred KB; far beyond that is not a draft. */
export const DOCX_MAX_XML_BYTES = 8 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(xml: string): string {
  return xml.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] !== "#") return ENTITIES[e] ?? m;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** The name of the tag starting at `lt` ("w:t", "/w:p", "w:br/") and where it ends. */
function tagAt(xml: string, lt: number): { name: string; end: number; selfClosing: boolean; bare: boolean } {
  const end = xml.indexOf(">", lt);
  if (end < 0) return { name: "", end: xml.length, selfClosing: false, bare: false };
  const inner = xml.slice(lt + 1, end);
  const space = inner.search(/[\s/]/);
  const name = space < 0 ? inner : inner.slice(0, space);
  // `bare`: no attributes. A run's tab and break are <w:tab/> and <w:br/>; a paragraph's tab stops
  // (<w:tab w:val="left" …/>) and page breaks (<w:br w:type="page"/>) are not text.
  return { name, end, selfClosing: inner.endsWith("/"), bare: inner === `${name}/` };
}

/** Throws when the bytes are not a Word document, or its text is too large; the caller answers that as bad input. */
export function docxToText(bytes: Uint8Array): string {
  let tooLarge = false;
  const files = unzipSync(bytes, {
    filter: (f) => {
      if (f.name !== "word/document.xml") return false;
      if (f.originalSize > DOCX_MAX_XML_BYTES) tooLarge = true;
      return !tooLarge;
    },
  });
  if (tooLarge) throw new Error("word/document.xml is too large for a draft");
  const doc = files["word/document.xml"];
  if (!doc) throw new Error("not a .docx: word/document.xml missing");
  if (doc.length > DOCX_MAX_XML_BYTES) throw new Error("word/document.xml is too large for a draft");
  const xml = strFromU8(doc);
  const paragraphs: string[] = [];
  let line = "";
  let inParagraph = false;
  for (let i = xml.indexOf("<"); i >= 0 && i < xml.length;) {
    const tag = tagAt(xml, i);
    const next = xml.indexOf("<", tag.end + 1);
    if (tag.name === "w:p") {
      if (inParagraph) paragraphs.push(line); // an unclosed paragraph ends where the next begins
      line = "";
      inParagraph = !tag.selfClosing;
      if (tag.selfClosing) paragraphs.push("");
    } else if (tag.name === "/w:p") {
      if (inParagraph) paragraphs.push(line);
      line = "";
      inParagraph = false;
    } else if (inParagraph && tag.bare && tag.name === "w:tab") {
      line += "\t";
    } else if (inParagraph && tag.bare && tag.name === "w:br") {
      line += "\n";
    } else if (inParagraph && tag.name === "w:t" && !tag.selfClosing) {
      line += decode(xml.slice(tag.end + 1, next < 0 ? xml.length : next));
    }
    i = next;
  }
  if (inParagraph) paragraphs.push(line);
  return paragraphs.join("\n");
}
