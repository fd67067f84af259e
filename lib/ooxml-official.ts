// Official-document form (党政机关公文格式, GB/T 9704) for the .docx exports, and the print form of the .xlsx
// ones: what every export "fit for a leader's desk" shares on top of the zip writer (./ooxml.ts). The .docx:
// title in 方正小标宋简体 at 二号 (22 pt), body in 仿宋_GB2312 at 三号 (16 pt), each with the fonts to use where it
// is not installed (fontTable.xml: 方正小标宋简体 → 小标宋 → 宋体 → SimSun, 仿宋_GB2312 → 仿宋 → FangSong), the page
// number "— 1 —" in 四号 宋体 at the foot, the issuing office and the date in Chinese at the end, A4 (landscape
// for a table) with the table's header row repeated on every page, and, for a draft, a grey note in the header
// of every page. The .xlsx: column widths from the content (CJK characters count double), thin cell borders.
import { DOC_RELS, RELS_NS, XML_HEAD, xmlText, type ZipPart } from "./ooxml";
import { todayInShanghai } from "./dates";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const TITLE_FONT = "方正小标宋简体";
export const BODY_FONT = "仿宋_GB2312";
export const HEADING_FONT = "黑体";
export const PAGE_NUMBER_FONT = "宋体";
/** Font sizes in half points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
export const SIZE = { title: 44, body: 32, four: 28, table: 24 } as const;
/** Where a font is not installed, what to use instead, in order (each step an altName in fontTable.xml). */
export const FONT_FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  [TITLE_FONT]: ["小标宋", "宋体", "SimSun"],
  [BODY_FONT]: ["仿宋", "FangSong"],
  [HEADING_FONT]: ["SimHei"],
  [PAGE_NUMBER_FONT]: ["SimSun"],
};
export const GREY = "808080";

export type Run = { font?: string; size?: number; bold?: boolean; color?: string };
export type Para = Run & {
  align?: "left" | "center" | "right" | "both";
  indent?: boolean;
  before?: number;
  after?: number;
  /** Line spacing in twentieths of a point, exact (公文 body: 28.95 pt ≈ 579; tables are denser). */
  line?: number;
  keepNext?: boolean;
  /** Twips in from the edge the paragraph is aligned to (left or right). */
  sideIndent?: number;
};

const rFonts = (font: string) =>
  `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}" w:hint="eastAsia"/>`;

export function run(text: string, r: Run = {}): string {
  const rPr = [
    r.font ? rFonts(r.font) : "",
    r.bold ? "<w:b/><w:bCs/>" : "",
    r.color ? `<w:color w:val="${r.color}"/>` : "",
    r.size ? `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/>` : "",
  ].join("");
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

function pPr(p: Para): string {
  const spacing =
    p.before || p.after || p.line
      ? `<w:spacing${p.before ? ` w:before="${p.before}"` : ""}${p.after ? ` w:after="${p.after}"` : ""}${p.line ? ` w:line="${p.line}" w:lineRule="exact"` : ""}/>`
      : "";
  const inner = [
    p.keepNext ? "<w:keepNext/>" : "",
    spacing,
    p.indent ? `<w:ind w:firstLineChars="200" w:firstLine="640"/>` : "",
    p.sideIndent && p.align === "right" ? `<w:ind w:right="${p.sideIndent}"/>` : "",
    p.sideIndent && p.align === "left" ? `<w:ind w:left="${p.sideIndent}"/>` : "",
    p.align ? `<w:jc w:val="${p.align}"/>` : "",
  ].join("");
  return inner ? `<w:pPr>${inner}</w:pPr>` : "";
}

/** A paragraph of one run (none when the text is empty: an empty line). */
export function para(text: string, p: Para = {}): string {
  return `<w:p>${pPr(p)}${text ? run(text, p) : ""}</w:p>`;
}

/** A paragraph of several runs (e.g. the page number's dashes around its field). */
export function paraOf(inner: string, p: Para = {}): string {
  return `<w:p>${pPr(p)}${inner}</w:p>`;
}

/** The 2026-12-03 form of a Shanghai day as it is written in a 公文: 2026年12月3日. */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** Today in Shanghai, three ways: the ISO day, 2026年12月3日 and 20261203 (for file names). */
export function issueDay(now: Date = new Date()) {
  const iso = todayInShanghai(now);
  return { iso, chinese: chineseDate(iso), compact: iso.replaceAll("-", "") };
}
export type IssueDay = ReturnType<typeof issueDay>;

// ---- tables ----

export type CellOpts = Run & { align?: Para["align"]; span?: number; fill?: string };

export function tableOpen(widths: number[]): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("");
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`
  );
}

/** A table cell: each line its own paragraph (a cell must hold at least one). */
export function tableCell(width: number, lines: string[], c: CellOpts = {}): string {
  const run: Run = { size: SIZE.table, ...c };
  const body = (lines.length ? lines : [""]).map((l) => para(l, { ...run, align: c.align, line: 360 })).join("");
  const tcPr = [
    `<w:tcW w:w="${width}" w:type="dxa"/>`,
    c.span && c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : "",
    c.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.fill}"/>` : "",
    `<w:vAlign w:val="center"/>`,
  ].join("");
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${body}</w:tc>`;
}

/** A row; `header` repeats it at the top of every page (w:tblHeader). Rows never split across pages. */
export function tableRow(widths: number[], cells: string[][], c: CellOpts = {}, header = false): string {
  const trPr = `<w:trPr><w:cantSplit/>${header ? "<w:tblHeader/>" : ""}</w:trPr>`;
  return `<w:tr>${trPr}${cells.map((lines, i) => tableCell(widths[i]!, lines, c)).join("")}</w:tr>`;
}

/** A row of one cell across the whole table (a group's heading: 一、审议项目). */
export function spanRow(widths: number[], text: string, c: CellOpts = {}): string {
  const width = widths.reduce((a, b) => a + b, 0);
  return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${tableCell(width, [text], { ...c, span: widths.length })}</w:tr>`;
}

// ---- the document's package ----

/** Landscape A4 with 公文 margins turned (3.7 / 3.5 cm become the sides): 16838 − 2 × 1474 = 13890 of text. */
export const LANDSCAPE_TEXT_WIDTH = 13890;

const STYLES = `${XML_HEAD}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>${rFonts(BODY_FONT)}<w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="579" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style></w:styles>`;

function fontTable(): string {
  const fonts = new Map<string, string | null>();
  for (const [font, chain] of Object.entries(FONT_FALLBACKS)) {
    [font, ...chain].forEach((name, i, all) => {
      if (!fonts.get(name)) fonts.set(name, all[i + 1] ?? null);
    });
  }
  const entry = (name: string, alt: string | null) =>
    `<w:font w:name="${xmlText(name)}">${alt ? `<w:altName w:val="${xmlText(alt)}"/>` : ""}<w:charset w:val="86"/><w:family w:val="${name === BODY_FONT || name === "仿宋" || name === "FangSong" ? "modern" : "roman"}"/><w:pitch w:val="variable"/></w:font>`;
  return `${XML_HEAD}<w:fonts xmlns:w="${W_NS}">${[...fonts].map(([n, a]) => entry(n, a)).join("")}</w:fonts>`;
}

/** A footer with the page number as "— 1 —" (a PAGE field), 四号 宋体: GB/T 9704 puts an odd page's at the right
 *  and an even page's at the left, one character (四号: 280 twips) in from the edge. */
function footerXml(side: "right" | "left"): string {
  const r: Run = { font: PAGE_NUMBER_FONT, size: SIZE.four };
  const field = `<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT ">${run("1", r)}</w:fldSimple>`;
  const p = paraOf(`${run("— ", r)}${field}${run(" —", r)}`, { align: side, line: 360, sideIndent: 280 });
  return `${XML_HEAD}<w:ftr xmlns:w="${W_NS}">${p}</w:ftr>`;
}

/** Odd and even pages take their own footer (and header): the page numbers alternate sides. */
const SETTINGS = `${XML_HEAD}<w:settings xmlns:w="${W_NS}"><w:evenAndOddHeaders/></w:settings>`;

/** The header of a draft: its note, grey and centred, on every page. */
function headerXml(note: string): string {
  const p = para(note, { font: HEADING_FONT, size: SIZE.four, color: GREY, bold: true, align: "center", line: 360 });
  return `${XML_HEAD}<w:hdr xmlns:w="${W_NS}">${p}</w:hdr>`;
}

/** The section's page: A4, landscape or portrait, 公文 margins, the footer (and the draft's header). */
export function sectPr(opts: { landscape: boolean; header: boolean }): string {
  const size = opts.landscape
    ? `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1588" w:right="1474" w:bottom="1474" w:left="1474" w:header="851" w:footer="992" w:gutter="0"/>`
    : `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>`;
  const refs =
    (opts.header
      ? `<w:headerReference w:type="default" r:id="rId4"/><w:headerReference w:type="even" r:id="rId7"/>`
      : "") + `<w:footerReference w:type="default" r:id="rId3"/><w:footerReference w:type="even" r:id="rId5"/>`;
  return `<w:sectPr>${refs}${size}<w:pgNumType w:fmt="decimal"/></w:sectPr>`;
}

/** The opening of document.xml (its body is then written, ending with sectPr() and DOCUMENT_CLOSE). */
export const DOCUMENT_OPEN = `${XML_HEAD}<w:document xmlns:w="${W_NS}" xmlns:r="${DOC_RELS}"><w:body>`;
export const DOCUMENT_CLOSE = "</w:body></w:document>";

const wordType = (part: string) => `application/vnd.openxmlformats-officedocument.wordprocessingml.${part}+xml`;

/** Every part of a .docx around its document.xml: styles, the font table with fallbacks, the footer with the
 *  page number, and the header with `draftNote` when there is one. */
export function officialDocxParts(document: ZipPart["body"], draftNote: string | null): ZipPart[] {
  const overrides = [
    ["/word/document.xml", "document.main"],
    ["/word/styles.xml", "styles"],
    ["/word/fontTable.xml", "fontTable"],
    ["/word/settings.xml", "settings"],
    ["/word/footer1.xml", "footer"],
    ["/word/footer2.xml", "footer"],
    ...(draftNote
      ? [
          ["/word/header1.xml", "header"],
          ["/word/header2.xml", "header"],
        ]
      : []),
  ]
    .map(([name, part]) => `<Override PartName="${name}" ContentType="${wordType(part!)}"/>`)
    .join("");
  const rel = (id: number, type: string, target: string) =>
    `<Relationship Id="rId${id}" Type="${DOC_RELS}/${type}" Target="${target}"/>`;
  return [
    {
      name: "[Content_Types].xml",
      body: `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
    },
    {
      name: "_rels/.rels",
      body: `${XML_HEAD}<Relationships xmlns="${RELS_NS}">${rel(1, "officeDocument", "word/document.xml")}</Relationships>`,
    },
    {
      name: "word/_rels/document.xml.rels",
      body: `${XML_HEAD}<Relationships xmlns="${RELS_NS}">${rel(1, "styles", "styles.xml")}${rel(2, "fontTable", "fontTable.xml")}${rel(3, "footer", "footer1.xml")}${rel(5, "footer", "footer2.xml")}${rel(6, "settings", "settings.xml")}${draftNote ? rel(4, "header", "header1.xml") + rel(7, "header", "header2.xml") : ""}</Relationships>`,
    },
    { name: "word/styles.xml", body: STYLES },
    { name: "word/fontTable.xml", body: fontTable() },
    { name: "word/settings.xml", body: SETTINGS },
    { name: "word/footer1.xml", body: footerXml("right") },
    { name: "word/footer2.xml", body: footerXml("left") },
    ...(draftNote
      ? [
          { name: "word/header1.xml", body: headerXml(draftNote) },
          { name: "word/header2.xml", body: headerXml(draftNote) },
        ]
      : []),
    { name: "word/document.xml", body: document },
  ];
}

// ---- file names ----

/** A name safe as a file name on every system: no path separators, reserved or control characters. */
export function safeFileName(name: string): string {
  const clean = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, "_")
    .replace(/\s+/g, " ")
    .trim();
  return [...clean].slice(0, 120).join("");
}

/** Content-Disposition of a download: an ASCII fallback for old clients, the UTF-8 name per RFC 5987 / 6266. */
export function attachmentDisposition(name: string, fallback: string, extension: string): string {
  const utf8 = encodeURIComponent(`${safeFileName(name)}.${extension}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const ascii = fallback.replace(/[^A-Za-z0-9._-]/g, "_");
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${utf8}`;
}

// ---- spreadsheets ----

/** How wide a text shows in a spreadsheet cell, in character widths: CJK and full-width forms count two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

/** A column's width fitting its widest line among `values` (multi-line texts by their longest line), kept
 *  within [min, max]: longer texts wrap. */
export function fitColumn(values: Iterable<string | number | null | undefined>, min = 6, max = 60): number {
  let widest = 0;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    for (const line of String(v).split("\n")) widest = Math.max(widest, displayWidth(line));
  }
  return Math.min(max, Math.max(min, widest + 2));
}
