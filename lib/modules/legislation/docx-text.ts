// Plain text of a .docx (Office Open XML): one line per paragraph, tabs and breaks kept. Enough for a
// regulation draft, whose structure is in its words (第一章, 第五条), not its styles.
import { unzipSync, strFromU8 } from "fflate";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(xml: string): string {
  return xml.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (ENTITIES[e] ?? m),
  );
}

/** Throws when the bytes are not a Word document; the caller answers that as bad input. */
export function docxToText(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" });
  const doc = files["word/document.xml"];
  if (!doc) throw new Error("not a .docx: word/document.xml missing");
  const xml = strFromU8(doc);
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  return paragraphs
    .map((p) =>
      (p.match(/<w:t(?:\s[^>]*)?>[\s\S]*?<\/w:t>|<w:tab\/>|<w:br\/>/g) ?? [])
        .map((tok) =>
          tok === "<w:tab/>" ? "\t" : tok === "<w:br/>" ? "\n" : decode(tok.replace(/^<w:t[^>]*>|<\/w:t>$/g, "")),
        )
        .join(""),
    )
    .join("\n");
}
