// 意见采纳情况汇总表 as .docx, in official-document form (GB/T 9704, lib/ooxml-official.ts): the title in
// 方正小标宋简体 二号, the facts in 仿宋_GB2312 三号, then A4 landscape for the table of one row per article, its
// header row repeated on every page, "— 1 —" at the foot of each page, and the issuing office and the date at the
// end. While the dispositions are unpublished, 处理中，未定稿 stands under the title and, grey, in the header of
// every page. Written as a stream like the .xlsx (./export-ooxml.ts): rows are produced a few articles at a time
// while the reader downloads.
import type { Writable } from "node:stream";
import { pipeToWritable, zipStream, type ZipPart, type ZipSink } from "@/lib/ooxml";
import {
  BODY_FONT,
  DOCUMENT_CLOSE,
  DOCUMENT_OPEN,
  GREY,
  HEADING_FONT,
  issueDay,
  LANDSCAPE_TEXT_WIDTH,
  officialDocxParts,
  para,
  SIZE,
  sectPr,
  tableOpen,
  tableRow,
  TITLE_FONT,
} from "@/lib/ooxml-official";
import { contentDisposition, exportTexts, type ExportTexts, type SummaryIssue } from "./export-ooxml";
import type { SummaryExportOptions, SummaryFile } from "./export-xlsx";
import { exportIssuer } from "./queries-export";
import {
  summaryTableHead,
  summaryTableStream,
  type SummaryTableHead,
  type SummaryTableRow,
} from "./queries-summary-table";

// Twentieths of a point, adding up to the landscape page's text width (13890).
const WIDTHS = [700, 1300, 3300, 900, 4300, 3390];
if (WIDTHS.reduce((a, b) => a + b, 0) !== LANDSCAPE_TEXT_WIDTH) throw new Error("summary table widths");

async function documentXml(
  out: ZipSink,
  head: SummaryTableHead,
  rows: AsyncIterable<SummaryTableRow>,
  x: ExportTexts,
  issue: SummaryIssue,
): Promise<void> {
  const note = x.draftNote(head);
  out.write(DOCUMENT_OPEN);
  out.write(para(x.heading(head), { font: TITLE_FONT, size: SIZE.title, align: "center", line: 700 }));
  if (note) out.write(para(`（${note}）`, { font: HEADING_FONT, size: SIZE.body, color: GREY, align: "center" }));
  out.write(para(""));
  for (const f of x.facts(head)) out.write(para(f, { font: BODY_FONT, size: SIZE.body, indent: true, align: "both" }));
  out.write(para(""));
  out.write(tableOpen(WIDTHS));
  out.write(
    tableRow(
      WIDTHS,
      ["no", "article", "text", "count", "excerpts", "disposition"].map((k) => [x.e(`columns.${k}`)]),
      { font: HEADING_FONT, align: "center", fill: "F2F2F2" },
      true,
    ),
  );
  let no = 0;
  for await (const a of rows) {
    out.write(
      tableRow(WIDTHS, [
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
  out.write(
    tableRow(WIDTHS, [[x.e("total")], [], [], [String(head.total)], [], x.totalLines(head)], { font: HEADING_FONT }),
  );
  out.write("</w:tbl>");
  out.write(para(""));
  out.write(para(issue.issuer, { font: BODY_FONT, size: SIZE.body, align: "right", before: 600 }));
  out.write(para(x.issuedDate(issue.day), { font: BODY_FONT, size: SIZE.body, align: "right" }));
  out.write(sectPr({ landscape: true, header: note !== null }));
  out.write(DOCUMENT_CLOSE);
}

/** The parts of the .docx, its rows from `rows` (the table's stream). */
export function summaryDocxParts(
  head: SummaryTableHead,
  rows: AsyncIterable<SummaryTableRow>,
  x: ExportTexts,
  issue: SummaryIssue,
): ZipPart[] {
  return officialDocxParts((out) => documentXml(out, head, rows, x, issue), x.draftNote(head));
}

/** The .docx as a web stream with its file name, or null for a consultation that is not this tenant's. */
export async function summaryDocxStream(
  tenantId: string,
  consultationId: string,
  opts: Pick<SummaryExportOptions, "locale"> = {},
): Promise<SummaryFile | null> {
  const head = await summaryTableHead(tenantId, consultationId);
  if (!head) return null;
  const [x, issuer] = await Promise.all([
    exportTexts(opts.locale),
    exportIssuer(tenantId, head.consultation.regulation.committeeId),
  ]);
  const issue = { issuer, day: issueDay() };
  return {
    stream: zipStream(summaryDocxParts(head, summaryTableStream(tenantId, head), x, issue)),
    fileName: x.fileName(head, issue.day),
  };
}

export async function writeSummaryDocx(
  tenantId: string,
  consultationId: string,
  writable: Writable,
  opts: Pick<SummaryExportOptions, "locale"> = {},
): Promise<void> {
  const file = await summaryDocxStream(tenantId, consultationId, opts);
  if (!file) throw new Error(`consultation ${consultationId} not found in tenant ${tenantId}`);
  await pipeToWritable(file.stream, writable);
}

export const docxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const docxDisposition = (name: string) => contentDisposition(name, "docx");
