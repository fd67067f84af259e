// 意见采纳情况汇总表 as .xlsx: sheet 1 the summary per article, sheet 2 every opinion (意见明细), written as a
// stream (./export-ooxml.ts). Strings are inline (no shared-string table to hold in memory); the detail sheet's
// rows come from PostgreSQL already as XML, batch by batch (./queries-export.ts), so a 500,000-opinion
// consultation exports in flat memory.
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
import { contentDisposition, exportTexts, type ExportTexts } from "./export-ooxml";
import { openDetailReader } from "./queries-export";
import { summaryTableHead, summaryTableStream, type SummaryTableHead } from "./queries-summary-table";

export type SummaryExportOptions = {
  locale?: Locale;
  /** Add the sheet of every opinion (default true). */ details?: boolean;
};

const SHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const MAX_CELL = 32_000; // Excel's limit is 32,767 characters a cell
// Styles: 0 default, 1 wrapped text, 2 bold header, 3 title, 4 date and time.
const STYLES = `${XML_HEAD}<styleSheet xmlns="${SHEET}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font><font><b/><sz val="16"/><name val="等线"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

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

function row(r: number, cells: Cell[], style = 1): string {
  const xml = cells.map((v, i) => {
    const ref = `${column(i)}${r}`;
    if (v === null || v === "") return "";
    if (typeof v === "number") return `<c r="${ref}" s="${style}"><v>${v}</v></c>`;
    if (v instanceof Date) return `<c r="${ref}" s="4"><v>${serial(v).toFixed(6)}</v></c>`;
    return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${xmlText(v.slice(0, MAX_CELL))}</t></is></c>`;
  });
  return `<row r="${r}">${xml.join("")}</row>`;
}

function sheetOpen(widths: number[], frozenRows: number): string {
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const top = `A${frozenRows + 1}`;
  return `${XML_HEAD}<worksheet xmlns="${SHEET}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData>`;
}

async function summarySheet(out: ZipSink, tenantId: string, head: SummaryTableHead, x: ExportTexts): Promise<void> {
  const facts = x.facts(head);
  const header = ["no", "article", "text", "count", "excerpts", "disposition"].map((k) => x.e(`columns.${k}`));
  out.write(sheetOpen([6, 12, 40, 8, 60, 50], facts.length + 2));
  out.write(row(1, [x.heading(head)], 3));
  let r = 2;
  for (const f of facts) out.write(row(r++, [f]));
  out.write(row(r++, header, 2));
  let no = 0;
  for await (const a of summaryTableStream(tenantId, head)) {
    const excerpts = a.excerpts.map((text, i) => `${i + 1}. ${text}`).join("\n");
    out.write(row(r++, [++no, x.articleName(a), a.text, a.count, excerpts, x.dispositionLines(a).join("\n")]));
    await out.ready();
  }
  out.write(row(r, [x.e("total"), null, null, head.total, null, x.totalLines(head).join("\n")], 2));
  const merges = [1, ...facts.map((_, i) => i + 2)].map((n) => `<mergeCell ref="A${n}:F${n}"/>`);
  out.write(`</sheetData><mergeCells count="${merges.length}">${merges.join("")}</mergeCells></worksheet>`);
}

async function detailSheet(out: ZipSink, tenantId: string, head: SummaryTableHead, x: ExportTexts): Promise<void> {
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
  out.write(sheetOpen([8, 12, 14, 18, 60, 17, 12, 12, 40, 18], 1));
  out.write(row(1, header, 2));
  const reader = await openDetailReader(tenantId, head.consultation.id, x.detailLabels());
  let r = 2; // row 1 is the header
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
  out.write("</sheetData></worksheet>");
}

function xlsxParts(tenantId: string, head: SummaryTableHead, x: ExportTexts, details: boolean): ZipPart[] {
  const sheets = [x.e("sheetSummary"), ...(details ? [x.e("sheetDetails")] : [])];
  const type = (part: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${part}+xml`;
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
      name: "xl/workbook.xml",
      body: `${XML_HEAD}<workbook xmlns="${SHEET}" xmlns:r="${DOC_RELS}"><sheets>${sheets.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      body: `${XML_HEAD}<Relationships xmlns="${RELS_NS}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${sheets.length + 1}" Type="${DOC_RELS}/styles" Target="styles.xml"/></Relationships>`,
    },
    { name: "xl/styles.xml", body: STYLES },
    { name: "xl/worksheets/sheet1.xml", body: (out) => summarySheet(out, tenantId, head, x) },
    ...(details
      ? [{ name: "xl/worksheets/sheet2.xml", body: (out: ZipSink) => detailSheet(out, tenantId, head, x) }]
      : []),
  ];
}

/** The .xlsx as a web stream, or null for a consultation that is not this tenant's. */
export async function summaryXlsxStream(
  tenantId: string,
  consultationId: string,
  opts: SummaryExportOptions = {},
): Promise<ReadableStream<Uint8Array> | null> {
  const head = await summaryTableHead(tenantId, consultationId);
  if (!head) return null;
  const texts = await exportTexts(opts.locale);
  return zipStream(xlsxParts(tenantId, head, texts, opts.details ?? true));
}

/** The .xlsx written into `writable` (a file, a socket): what the benchmark calls. Rejects for an unknown id. */
export async function writeSummaryXlsx(
  tenantId: string,
  consultationId: string,
  writable: Writable,
  opts: SummaryExportOptions = {},
): Promise<void> {
  const stream = await summaryXlsxStream(tenantId, consultationId, opts);
  if (!stream) throw new Error(`consultation ${consultationId} not found in tenant ${tenantId}`);
  await pipeToWritable(stream, writable);
}

export const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const xlsxDisposition = (name: string) => contentDisposition(name, "xlsx");
