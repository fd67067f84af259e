// 意见采纳情况汇总表 as .docx: a landscape A4 document with the heading, the consultation's facts and one table
// row per article, its header repeated on every page. Written as a stream like the .xlsx (./export-ooxml.ts):
// rows are produced a few articles at a time while the reader downloads.
import type { Writable } from "node:stream";
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
import type { SummaryExportOptions } from "./export-xlsx";
import { summaryTableHead, summaryTableStream, type SummaryTableHead } from "./queries-summary-table";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
// Twentieths of a point: landscape A4 is 16838 wide; 2 cm margins leave 14570 for the table.
const WIDTHS = [700, 1300, 3600, 900, 4500, 3570];

const STYLES = `${XML_HEAD}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>
<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>
</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;

type RunStyle = { bold?: boolean; size?: number; center?: boolean };

function paragraph(text: string, s: RunStyle = {}): string {
  const rPr =
    s.bold || s.size
      ? `<w:rPr>${s.bold ? "<w:b/>" : ""}${s.size ? `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>` : ""}</w:rPr>`
      : "";
  const pPr = s.center ? `<w:pPr><w:jc w:val="center"/></w:pPr>` : "";
  return `<w:p>${pPr}${text ? `<w:r>${rPr}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>` : ""}</w:p>`;
}

/** A table cell: each line its own paragraph (a cell must hold at least one). */
function cell(width: number, lines: string[], s: RunStyle = {}): string {
  const body = (lines.length ? lines : [""]).map((l) => paragraph(l, s)).join("");
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${body}</w:tc>`;
}

function tableRow(cells: string[][], s: RunStyle = {}, header = false): string {
  return `<w:tr>${header ? "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : ""}${cells.map((lines, i) => cell(WIDTHS[i]!, lines, s)).join("")}</w:tr>`;
}

async function documentXml(out: ZipSink, tenantId: string, head: SummaryTableHead, x: ExportTexts): Promise<void> {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("");
  out.write(`${XML_HEAD}<w:document xmlns:w="${W}"><w:body>`);
  out.write(paragraph(x.heading(head), { bold: true, size: 36, center: true }));
  for (const f of x.facts(head)) out.write(paragraph(f));
  out.write(paragraph(""));
  out.write(
    `<w:tbl><w:tblPr><w:tblW w:w="${WIDTHS.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`,
  );
  out.write(`<w:tblGrid>${WIDTHS.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`);
  out.write(
    tableRow(
      ["no", "article", "text", "count", "excerpts", "disposition"].map((k) => [x.e(`columns.${k}`)]),
      { bold: true },
      true,
    ),
  );
  let no = 0;
  for await (const a of summaryTableStream(tenantId, head)) {
    out.write(
      tableRow([
        [String(++no)],
        [x.articleName(a)],
        a.text.split("\n"),
        [String(a.count)],
        a.excerpts.map((t, i) => `${i + 1}. ${t}`),
        x.dispositionLines(a),
      ]),
    );
    await out.ready();
  }
  out.write(tableRow([[x.e("total")], [], [], [String(head.total)], [], x.totalLines(head)], { bold: true }));
  out.write(
    `</w:tbl>${paragraph("")}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  );
}

function docxParts(tenantId: string, head: SummaryTableHead, x: ExportTexts): ZipPart[] {
  const type = (part: string) => `application/vnd.openxmlformats-officedocument.wordprocessingml.${part}+xml`;
  return [
    {
      name: "[Content_Types].xml",
      body: `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${type("document.main")}"/><Override PartName="/word/styles.xml" ContentType="${type("styles")}"/></Types>`,
    },
    {
      name: "_rels/.rels",
      body: `${XML_HEAD}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: "word/_rels/document.xml.rels",
      body: `${XML_HEAD}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${DOC_RELS}/styles" Target="styles.xml"/></Relationships>`,
    },
    { name: "word/styles.xml", body: STYLES },
    { name: "word/document.xml", body: (out) => documentXml(out, tenantId, head, x) },
  ];
}

/** The .docx as a web stream, or null for a consultation that is not this tenant's. */
export async function summaryDocxStream(
  tenantId: string,
  consultationId: string,
  opts: Pick<SummaryExportOptions, "locale"> = {},
): Promise<ReadableStream<Uint8Array> | null> {
  const head = await summaryTableHead(tenantId, consultationId);
  if (!head) return null;
  return zipStream(docxParts(tenantId, head, await exportTexts(opts.locale)));
}

export async function writeSummaryDocx(
  tenantId: string,
  consultationId: string,
  writable: Writable,
  opts: Pick<SummaryExportOptions, "locale"> = {},
): Promise<void> {
  const stream = await summaryDocxStream(tenantId, consultationId, opts);
  if (!stream) throw new Error(`consultation ${consultationId} not found in tenant ${tenantId}`);
  await pipeToWritable(stream, writable);
}

export const docxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const docxDisposition = (name: string) => contentDisposition(name, "docx");
