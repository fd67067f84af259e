// 交办函 as .docx, in the red-head layout offices send (党政机关公文格式): the issuer's name in red 方正小标宋简体,
// a red rule, the number 〔year〕N号, the title, the addressee unit, the body and the table of the suggestions it
// lists (number, title, lead deputy, lead or assisting, deadline), the seal line and the date in Chinese. Fonts
// fall back (fontTable altName) to 宋体/仿宋 where the 公文 fonts are not installed. One letter is a few kB, built
// at once; a batch is a .zip streamed one letter after another (lib/ooxml.ts), never held whole.
import { strToU8, zipSync } from "fflate";
import { getTranslator, type Translator } from "@/lib/i18n/translate";
import { DOC_RELS, RELS_NS, XML_HEAD, xmlText, zipStream, type ZipPart } from "@/lib/ooxml";
import { batchLetters, letterContent, type BatchLetter, type LetterContent } from "./queries-letters";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const TITLE_FONT = "方正小标宋简体";
const BODY_FONT = "仿宋_GB2312";
const RED = "FF0000";
// Portrait A4, 公文 margins (top 3.7 cm, bottom 3.5, left 2.8, right 2.6): 11906 − 1588 − 1474 = 8844 of text.
const WIDTHS = [600, 1300, 3400, 1200, 1000, 1344];

const STYLES = `${XML_HEAD}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${BODY_FONT}" w:cs="Times New Roman"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;

const FONTS = `${XML_HEAD}<w:fonts xmlns:w="${W}"><w:font w:name="${TITLE_FONT}"><w:altName w:val="宋体"/><w:charset w:val="86"/><w:family w:val="script"/></w:font><w:font w:name="${BODY_FONT}"><w:altName w:val="仿宋"/><w:charset w:val="86"/><w:family w:val="modern"/></w:font><w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/></w:font></w:fonts>`;

type Run = { font?: string; size?: number; color?: string; bold?: boolean };
type Para = Run & { align?: "center" | "right" | "both"; indent?: boolean; rule?: boolean; before?: number };

function run(text: string, r: Run = {}): string {
  const font = r.font ? `<w:rFonts w:ascii="${r.font}" w:hAnsi="${r.font}" w:eastAsia="${r.font}"/>` : "";
  const size = r.size ? `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/>` : "";
  const rPr = `<w:rPr>${font}${r.bold ? "<w:b/>" : ""}${r.color ? `<w:color w:val="${r.color}"/>` : ""}${size}</w:rPr>`;
  return `<w:r>${rPr}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

function para(text: string, p: Para = {}): string {
  const pPr = [
    p.rule ? `<w:pBdr><w:bottom w:val="single" w:sz="24" w:space="4" w:color="${RED}"/></w:pBdr>` : "",
    p.before ? `<w:spacing w:before="${p.before}"/>` : "",
    p.indent ? `<w:ind w:firstLineChars="200" w:firstLine="640"/>` : "",
    p.align ? `<w:jc w:val="${p.align}"/>` : "",
  ].join("");
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${text ? run(text, p) : ""}</w:p>`;
}

function cell(width: number, text: string, r: Run = {}): string {
  const p = `<w:p><w:pPr><w:spacing w:line="360" w:lineRule="exact"/></w:pPr>${text ? run(text, { size: 24, ...r }) : ""}</w:p>`;
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${p}</w:tc>`;
}

function row(cells: string[], r: Run = {}, header = false): string {
  const trPr = header ? "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>";
  return `<w:tr>${trPr}${cells.map((c, i) => cell(WIDTHS[i]!, c, r)).join("")}</w:tr>`;
}

const NUMERALS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** 1 → 一, 12 → 十二, 23 → 二十三 (a session's number in the title). */
export function chineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n] ?? String(n);
  if (n < 20) return `十${NUMERALS[n - 10]}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10)]}十${n % 10 ? NUMERALS[n % 10] : ""}`;
  return String(n);
}

/** 2026-12-02 → 2026年12月2日. */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** The letter's texts, always in Chinese: it is a 公文. */
export function letterTexts(t: Translator, issuer: string, l: LetterContent) {
  const e = (key: string, values?: Record<string, string | number>) =>
    t(`suggestionsReview.letter.${key}` as never, values as never) as string;
  const lead = l.items.filter((i) => i.role === "LEAD").length;
  const what = l.session
    ? e("sessionName", { term: l.session.term, number: chineseNumeral(l.session.number) })
    : l.recess
      ? e("recessName", { year: l.year })
      : e("anyName");
  return {
    issuer: e("issuer", { issuer }),
    number: e("number", { year: l.year, number: l.number }),
    title: e("title", { what }),
    addressee: e("addressee", { unit: l.unitName }),
    body: e("body", { what, count: l.items.length, lead, assist: l.items.length - lead }),
    duty: e("duty"),
    columns: ["no", "number", "suggestion", "deputy", "role", "dueOn"].map((k) => e(`columns.${k}`)),
    role: (r: "LEAD" | "ASSIST") => e(`role.${r}`),
    suggestionNumber: (i: { year: number; number: number | null }) =>
      i.number === null ? "" : e("suggestionNumber", { year: i.year, number: i.number }),
    seal: e("seal"),
    date: chineseDate(l.issuedOn),
  };
}

export function letterDocumentXml(x: ReturnType<typeof letterTexts>, l: LetterContent): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("");
  const table = [
    `<w:tbl><w:tblPr><w:tblW w:w="${WIDTHS.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`,
    `<w:tblGrid>${WIDTHS.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`,
    row(x.columns, { font: "黑体" }, true),
    ...l.items.map((i, n) =>
      row([
        String(n + 1),
        x.suggestionNumber(i),
        i.title,
        i.leadDeputyName,
        x.role(i.role),
        i.dueOn && chineseDate(i.dueOn),
      ]),
    ),
    "</w:tbl>",
  ].join("");
  return [
    `${XML_HEAD}<w:document xmlns:w="${W}"><w:body>`,
    para(x.issuer, { font: TITLE_FONT, size: 52, color: RED, align: "center", before: 600 }),
    para(x.number, { align: "center", before: 400, rule: true }),
    para(""),
    para(x.title, { font: TITLE_FONT, size: 44, align: "center" }),
    para(""),
    para(x.addressee),
    para(x.body, { indent: true, align: "both" }),
    para(x.duty, { indent: true, align: "both" }),
    para(""),
    table,
    para(""),
    para(x.seal, { align: "right", before: 600 }),
    para(x.date, { align: "right" }),
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  ].join("");
}

const type = (part: string) => `application/vnd.openxmlformats-officedocument.wordprocessingml.${part}+xml`;

/** The parts of one letter's .docx. */
export function letterParts(documentXml: string): ZipPart[] {
  return [
    {
      name: "[Content_Types].xml",
      body: `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${type("document.main")}"/><Override PartName="/word/styles.xml" ContentType="${type("styles")}"/><Override PartName="/word/fontTable.xml" ContentType="${type("fontTable")}"/></Types>`,
    },
    {
      name: "_rels/.rels",
      body: `${XML_HEAD}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: "word/_rels/document.xml.rels",
      body: `${XML_HEAD}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${DOC_RELS}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${DOC_RELS}/fontTable" Target="fontTable.xml"/></Relationships>`,
    },
    { name: "word/styles.xml", body: STYLES },
    { name: "word/fontTable.xml", body: FONTS },
    { name: "word/document.xml", body: documentXml },
  ];
}

/** 辽源市人大常委会 → the issuer line's city part. */
type Issuer = { fullName: string };

async function letterXml(tenantId: string, issuer: Issuer, letterId: string, t: Translator) {
  const l = await letterContent(tenantId, letterId);
  if (!l) return null;
  const x = letterTexts(t, issuer.fullName, l);
  return { l, x, xml: letterDocumentXml(x, l) };
}

/** One letter's .docx as a web stream with its file name, or null when it is not this city's letter. */
export async function letterDocxStream(tenant: { id: string } & Issuer, letterId: string) {
  const found = await letterXml(tenant.id, tenant, letterId, await getTranslator("zh-CN"));
  if (!found) return null;
  return { stream: zipStream(letterParts(found.xml)), name: letterFileName(found.x, found.l) };
}

/** The file name of a letter: its number and the unit, e.g. 交办函〔2026〕3号-市交通运输局. */
export function letterFileName(x: { number: string }, l: { unitName: string }): string {
  return `${x.number}-${l.unitName}`.replace(/[\\/:*?"<>|]/g, "_");
}

/** One letter's .docx as bytes (a batch stores each as one file of its .zip). */
function letterDocxBytes(xml: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const p of letterParts(xml)) files[p.name] = strToU8(p.body as string);
  return zipSync(files, { level: 6 });
}

/**
 * The letters of `year` (one session's, when given) as a .zip of one .docx per letter, streamed: each letter is
 * read and written when the reader is ready for it, so the first bytes leave before the last letter is read.
 * Null when there is none.
 */
export async function letterBatchStream(
  tenant: { id: string } & Issuer,
  year: number,
  sessionId?: string,
): Promise<ReadableStream<Uint8Array> | null> {
  const letters = await batchLetters(tenant.id, year, sessionId);
  if (letters.length === 0) return null;
  const t = await getTranslator("zh-CN");
  const number = (l: BatchLetter) =>
    t("suggestionsReview.letter.number" as never, { year: l.year, number: l.number } as never) as string;
  return zipStream(
    letters.map((l) => ({
      name: `${letterFileName({ number: number(l) }, l)}.docx`,
      // Already deflated: stored as it is.
      store: true,
      body: async (out) => {
        const found = await letterXml(tenant.id, tenant, l.id, t);
        if (found) out.bytes(letterDocxBytes(found.xml));
        await out.ready();
      },
    })),
  );
}

export const docxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
