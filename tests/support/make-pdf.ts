// A small real PDF for the tests, built here rather than committed: one Type0 font (Identity-H, the encoding PDF
// producers use for Chinese) whose character codes are the text's UTF-16 units, with the ToUnicode map a text
// layer needs, and each line drawn at the given position. No font program is embedded: extraction reads the codes
// and the map, never the glyphs. A page with no lines draws only a grey box: a scan, as far as text goes.

export type PdfLine = { text: string; y: number; x?: number; size?: number };

const hex4 = (n: number) => n.toString(16).padStart(4, "0").toUpperCase();
const encode = (s: string) => [...s].map((c) => hex4(c.charCodeAt(0))).join("");

export function makePdf(pages: PdfLine[][]): Uint8Array<ArrayBuffer> {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body); // returns the new object's number
  const units = new Set<number>();
  for (const line of pages.flat()) for (const c of line.text) units.add(c.charCodeAt(0));
  const sorted = [...units].sort((a, b) => a - b);
  let bfchar = "";
  for (let i = 0; i < sorted.length; i += 100) {
    const chunk = sorted.slice(i, i + 100);
    bfchar += `${chunk.length} beginbfchar\n${chunk.map((u) => `<${hex4(u)}> <${hex4(u)}>`).join("\n")}\nendbfchar\n`;
  }
  const cmap = [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <FFFF>",
    "endcodespacerange",
    `${bfchar}endcmap`,
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
  const stream = (s: string) => `<< /Length ${new TextEncoder().encode(s).length} >>\nstream\n${s}\nendstream`;

  const catalog = add(""); // filled in below, once the pages are numbered
  const pagesRoot = add("");
  const toUnicode = add(stream(cmap));
  const descriptor = add(
    "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 " +
      "/Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>",
  );
  const cidFont = add(
    "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun " +
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> " +
      `/FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H " +
      `/DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  const kids: number[] = [];
  for (const lines of pages) {
    const ops =
      lines.length === 0
        ? "0.5 g 50 50 495 742 re f" // a filled box where a scan's image would be
        : lines.map((l) => `BT /F1 ${l.size ?? 12} Tf ${l.x ?? 72} ${l.y} Td <${encode(l.text)}> Tj ET`).join("\n");
    const content = add(stream(ops));
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesRoot} 0 R /MediaBox [0 0 595 842] ` +
          `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRoot} 0 R >>`;
  objects[pagesRoot - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;

  const enc = new TextEncoder();
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(enc.encode(out).length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = enc.encode(out).length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return enc.encode(out);
}

/** Lines of a page top down, `gap` points apart, from y = 780. */
export function page(lines: string[], gap = 20): PdfLine[] {
  return lines.map((text, i) => ({ text, y: 780 - i * gap }));
}
