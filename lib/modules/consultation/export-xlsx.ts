// 意见采纳情况汇总表 as .xlsx: sheet 1 the summary per article, sheet 2 every opinion (意见明细), written as a
// stream (./export-ooxml.ts). Strings are inline (no shared-string table to hold in memory); the detail sheet's
// rows come from PostgreSQL already as XML, batch by batch (./queries-export.ts), so a 500,000-opinion
// consultation exports in flat memory.
//
// Printed as a table is: thin borders on every cell of the tables, A4 landscape fitted to the page's width
// (fitToWidth 1, as many pages down as it takes), the header row repeated on every printed page (Print_Titles),
// "— 1 —" at the foot, column widths from the content (CJK counted double, capped: long texts wrap), an
// autofilter on the detail sheet's header, and while dispositions are unpublished the note 处理中，未定稿 under the
// title and in the header of every printed page.
import type { Writable } from "node:stream";
import type { Locale } from "@/lib/i18n/config";
import {
  DOC_RELS,
  pipeToWritable,
  RELS_NS,
  XML_HEAD,
  xmlText,
  zipStream,
  type ZipPart,
  type ZipSink,
} from "@/lib/ooxml";
import { fitColumn, issueDay } from "@/lib/ooxml-official";
import { contentDisposition, exportTexts, type ExportTexts, type SummaryIssue } from "./export-ooxml";
import { exportIssuer, openDetailReader } from "./queries-export";
import {
  summaryTableHead,
  summaryTableStream,
  type SummaryTableHead,
  type SummaryTableRow,
} from "./queries-summary-table";

export type SummaryExportOptions = {
  locale?: Locale;
  /** Add the sheet of every opinion (default true). */ details?: boolean;
};

/** Writes the detail sheet's rows from `firstRow` on and returns how many it wrote. */
export type DetailSource = (out: ZipSink, firstRow: number) => Promise<number>;

const SHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const MAX_CELL = 32_000; // Excel's limit is 32,767 characters a cell
const THIN = `<border><left style="thin"><color rgb="FF000000"/></left><right style="thin"><color rgb="FF000000"/></right><top style="thin"><color rgb="FF000000"/></top><bottom style="thin"><color rgb="FF000000"/></bottom><diagonal/></border>`;
// Styles (cellXfs): 0 default, 1 wrapped text, 2 header, 3 title, 4 date and time, 5 plain text, 6 facts above
// the table, 7 the draft's note, 8 the total row, 9 a number, 10 the issuing office and date. 1, 2, 4, 5, 8 and
// 9 have thin borders (border 1). queries-export.ts writes 1, 4, 5 and 9.
export const STYLES = `${XML_HEAD}<styleSheet xmlns="${SHEET}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>
<fonts count="5"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="11"/><name val="黑体"/><charset val="134"/></font><font><sz val="18"/><name val="方正小标宋简体"/><charset val="134"/></font><font><b/><sz val="14"/><color rgb="FF808080"/><name val="黑体"/><charset val="134"/></font><font><sz val="12"/><name val="仿宋_GB2312"/><charset val="134"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>${THIN}</borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="11"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="4" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>
<xf numFmtId="0" fontId="4" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="right"/></xf></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const S = { wrap: 1, header: 2, title: 3, date: 4, plain: 5, fact: 6, note: 7, total: 8, number: 9, issuer: 10 };

type Cell = string | number | Date | null;

function column(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Excel's serial day number of an instant, as Shanghai wall time (what the reader expects to see). */
function serial(at: Date): number {
  return (at.getTime() + 8 * 3_600_000) / 86_400_000 + 25_569;
}

/** A row; `styles` is one style for every cell or one per cell. In a bordered row (`bordered`) an empty cell is
 *  still written, with its style and no value, so its borders print. */
function row(r: number, cells: Cell[], styles: number | number[] = S.wrap, bordered = false): string {
  const xml = cells.map((v, i) => {
    const ref = `${column(i)}${r}`;
    const style = typeof styles === "number" ? styles : (styles[i] ?? S.wrap);
    if (v === null || v === "") return bordered ? `<c r="${ref}" s="${style}"/>` : "";
    if (typeof v === "number") return `<c r="${ref}" s="${style}"><v>${v}</v></c>`;
    if (v instanceof Date) return `<c r="${ref}" s="${S.date}"><v>${serial(v).toFixed(6)}</v></c>`;
    return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${xmlText(v.slice(0, MAX_CELL))}</t></is></c>`;
  });
  return `<row r="${r}">${xml.join("")}</row>`;
}

function sheetOpen(widths: number[], frozenRows: number): string {
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const top = `A${frozenRows + 1}`;
  return `${XML_HEAD}<worksheet xmlns="${SHEET}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData>`;
}

/** What follows the sheet's data in print: A4 landscape, one page wide, the page number, the draft's note. */
function sheetPrint(note: string | null): string {
  const header = note ? `<oddHeader>${xmlText(`&C&"-,Bold"&K808080${note}`)}</oddHeader>` : "";
  return (
    `<printOptions horizontalCentered="1"/><pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter>${header}<oddFooter>${xmlText("&C— &P —")}</oddFooter></headerFooter>`
  );
}

/** Rows of the sheets the workbook's defined names point at (print titles, the detail sheet's filter). */
type Layout = { summaryHeaderRow: number; detailLastRow: number };

async function summarySheet(
  out: ZipSink,
  head: SummaryTableHead,
  rows: AsyncIterable<SummaryTableRow>,
  x: ExportTexts,
  issue: SummaryIssue,
  layout: Layout,
): Promise<void> {
  const facts = x.facts(head);
  const note = x.draftNote(head);
  const header = ["no", "article", "text", "count", "excerpts", "disposition"].map((k) => x.e(`columns.${k}`));
  const totals = x.totalLines(head);
  out.write(
    sheetOpen(
      [
        fitColumn([header[0], head.articles.length], 6, 8),
        fitColumn([header[1], x.e("total"), ...head.articles.map((a) => x.articleName(a))], 8, 16),
        fitColumn([header[2], ...head.articles.map((a) => a.text)], 12, 50),
        fitColumn([header[3], head.total], 7, 10),
        head.total ? 60 : fitColumn([header[4]], 12, 60),
        fitColumn([header[5], ...totals], 16, 44),
      ],
      facts.length + (note ? 3 : 2),
    ),
  );
  const merged: number[] = [];
  let r = 1;
  merged.push(r);
  out.write(row(r++, [x.heading(head)], S.title));
  if (note) {
    merged.push(r);
    out.write(row(r++, [note], S.note));
  }
  for (const f of facts) {
    merged.push(r);
    out.write(row(r++, [f], S.fact));
  }
  layout.summaryHeaderRow = r;
  out.write(row(r++, header, S.header, true));
  const styles = [S.number, S.plain, S.wrap, S.number, S.wrap, S.wrap];
  let no = 0;
  for await (const a of rows) {
    const excerpts = a.excerpts.map((text, i) => `${i + 1}. ${text}`).join("\n");
    out.write(
      row(r++, [++no, x.articleName(a), a.text, a.count, excerpts, x.dispositionLines(a).join("\n")], styles, true),
    );
    await out.ready();
  }
  out.write(row(r++, [x.e("total"), null, null, head.total, null, totals.join("\n")], S.total, true));
  r++; // a blank line before the issuing office and the date
  for (const line of [issue.issuer, x.issuedDate(issue.day)]) {
    merged.push(r);
    out.write(row(r++, [line], S.issuer));
  }
  const merges = merged.map((n) => `<mergeCell ref="A${n}:F${n}"/>`);
  out.write(
    `</sheetData><mergeCells count="${merges.length}">${merges.join("")}</mergeCells>${sheetPrint(note)}</worksheet>`,
  );
}

async function detailSheet(
  out: ZipSink,
  head: SummaryTableHead,
  x: ExportTexts,
  source: DetailSource,
  layout: Layout,
): Promise<void> {
  const header = [
    "no",
    "article",
    "channel",
    "source",
    "content",
    "submittedAt",
    "campaign",
    "disposition",
    "reason",
    "adoptedArticle",
  ].map((k) => x.e(`detailColumns.${k}`));
  const labels = x.detailLabels();
  const widths = [
    fitColumn([header[0], head.total], 6, 10),
    fitColumn([header[1], ...head.articles.map((a) => x.articleName(a))], 8, 16),
    fitColumn([header[2], ...labels.channels], 8, 16),
    fitColumn([header[3]], 20, 24),
    60,
    fitColumn([header[5], "2026-12-03 10:00"], 16, 20),
    fitColumn([header[6]], 8, 22),
    fitColumn([header[7], ...labels.dispositions, labels.pending], 8, 14),
    40,
    fitColumn([header[9], "一审稿第一百零一条"], 12, 22),
  ];
  out.write(sheetOpen(widths, 1));
  out.write(row(1, header, S.header, true));
  const rows = await source(out, 2); // row 1 is the header
  const last = rows + 1;
  layout.detailLastRow = last;
  const note = x.draftNote(head);
  out.write(`</sheetData><autoFilter ref="A1:${column(header.length - 1)}${last}"/>${sheetPrint(note)}</worksheet>`);
}

/** The detail rows from PostgreSQL, article by article (queries-export.ts). */
function databaseDetails(tenantId: string, head: SummaryTableHead, x: ExportTexts): DetailSource {
  return async (out, firstRow) => {
    const reader = await openDetailReader(tenantId, head.consultation.id, x.detailLabels());
    let r = firstRow;
    try {
      for (const a of head.articles) {
        r += await reader.article(a.identity, x.articleName(a), r, {
          write: out.bytes,
          full: out.full,
          ready: out.ready,
        });
        await out.ready();
      }
    } finally {
      await reader.close(); // also when the download was cancelled: ready() threw
    }
    return r - firstRow;
  };
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The parts of the .xlsx: the summary's rows from `rows` (the table's stream), the detail sheet's from `details`
 * (none when null). The workbook part comes last in the zip: its defined names (print titles, the filter's
 * range) need the rows the sheets ended up with.
 */
export function summaryXlsxParts(
  head: SummaryTableHead,
  rows: AsyncIterable<SummaryTableRow>,
  x: ExportTexts,
  issue: SummaryIssue,
  details: DetailSource | null,
): ZipPart[] {
  const sheets = [x.e("sheetSummary"), ...(details ? [x.e("sheetDetails")] : [])];
  const type = (part: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${part}+xml`;
  const layout: Layout = { summaryHeaderRow: 1, detailLastRow: 1 };
  const definedNames = () => {
    const names = [
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">${xmlText(`${quoteSheet(sheets[0]!)}!$${layout.summaryHeaderRow}:$${layout.summaryHeaderRow}`)}</definedName>`,
    ];
    if (details) {
      const sheet = quoteSheet(sheets[1]!);
      names.unshift(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">${xmlText(`${sheet}!$A$1:$J$${layout.detailLastRow}`)}</definedName>`,
      );
      names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="1">${xmlText(`${sheet}!$1:$1`)}</definedName>`);
    }
    return `<definedNames>${names.join("")}</definedNames>`;
  };
  return [
    {
      name: "[Content_Types].xml",
      body: `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${type("sheet.main")}"/><Override PartName="/xl/styles.xml" ContentType="${type("styles")}"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${type("worksheet")}"/>`).join("")}</Types>`,
    },
    {
      name: "_rels/.rels",
      body: `${XML_HEAD}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      body: `${XML_HEAD}<Relationships xmlns="${RELS_NS}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${sheets.length + 1}" Type="${DOC_RELS}/styles" Target="styles.xml"/></Relationships>`,
    },
    { name: "xl/styles.xml", body: STYLES },
    { name: "xl/worksheets/sheet1.xml", body: (out) => summarySheet(out, head, rows, x, issue, layout) },
    ...(details
      ? [{ name: "xl/worksheets/sheet2.xml", body: (out: ZipSink) => detailSheet(out, head, x, details, layout) }]
      : []),
    {
      name: "xl/workbook.xml",
      body: async (out) =>
        out.write(
          `${XML_HEAD}<workbook xmlns="${SHEET}" xmlns:r="${DOC_RELS}"><sheets>${sheets.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>${definedNames()}</workbook>`,
        ),
    },
  ];
}

/** The download: its stream and its name (without extension). */
export type SummaryFile = { stream: ReadableStream<Uint8Array>; fileName: string };

/** The .xlsx as a web stream with its file name, or null for a consultation that is not this tenant's. */
export async function summaryXlsxStream(
  tenantId: string,
  consultationId: string,
  opts: SummaryExportOptions = {},
): Promise<SummaryFile | null> {
  const head = await summaryTableHead(tenantId, consultationId);
  if (!head) return null;
  const [x, issuer] = await Promise.all([
    exportTexts(opts.locale),
    exportIssuer(tenantId, head.consultation.regulation.committeeId),
  ]);
  const issue = { issuer, day: issueDay() };
  const details = (opts.details ?? true) ? databaseDetails(tenantId, head, x) : null;
  return {
    stream: zipStream(summaryXlsxParts(head, summaryTableStream(tenantId, head), x, issue, details)),
    fileName: x.fileName(head, issue.day),
  };
}

/** The .xlsx written into `writable` (a file, a socket): what the benchmark calls. Rejects for an unknown id. */
export async function writeSummaryXlsx(
  tenantId: string,
  consultationId: string,
  writable: Writable,
  opts: SummaryExportOptions = {},
): Promise<void> {
  const file = await summaryXlsxStream(tenantId, consultationId, opts);
  if (!file) throw new Error(`consultation ${consultationId} not found in tenant ${tenantId}`);
  await pipeToWritable(file.stream, writable);
}

export const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const xlsxDisposition = (name: string) => contentDisposition(name, "xlsx");
