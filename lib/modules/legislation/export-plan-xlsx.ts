// A plan as a .xlsx, printed as the .docx is (./export-plan-docx.ts): the title, the kind and years, the draft's
// note while unpublished, then the table — a merged heading row per category and a row per item — with thin
// borders on every cell, A4 landscape fitted to one page wide, the header row repeated on every printed page
// (Print_Titles), "— 1 —" at the foot, column widths from the content (CJK counted double), the issuing body and
// the date below. Written with exceljs: a plan is a few dozen rows.
import ExcelJS from "exceljs";
import { fitColumn } from "@/lib/ooxml-official";
import type { PlanExport } from "./export-plan-data";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const BODY = { name: "仿宋_GB2312", size: 12, charset: 134 };
const HEAD = { name: "黑体", size: 12, charset: 134 };

export async function planXlsx(p: PlanExport): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const items = p.groups.flatMap((g) => g.items);
  const widths = [
    fitColumn([p.columns[0], items.length], 6, 8),
    fitColumn([p.columns[1], ...items.map((i) => i.title)], 16, 40),
    fitColumn([p.columns[2], ...items.map((i) => i.draftingUnit)], 10, 28),
    fitColumn([p.columns[3], ...items.map((i) => i.committee)], 10, 24),
    fitColumn([p.columns[4], ...items.map((i) => i.when)], 10, 22),
    fitColumn([p.columns[5], ...items.map((i) => i.progress)], 10, 16),
  ];
  const lines = [p.title, p.subtitle, ...(p.draftNote ? [p.draftNote] : []), p.asOf];
  const headerRow = lines.length + 1;
  const sheet = book.addWorksheet(p.sheetName, {
    views: [{ state: "frozen", ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: p.draftNote ? `&C&"-,Bold"&K808080${p.draftNote}` : undefined,
      oddFooter: "&C— &P —",
    },
  });
  sheet.columns = widths.map((width) => ({ width }));
  const last = p.columns.length;
  const merged = (text: string, font: Partial<ExcelJS.Font>, align: ExcelJS.Alignment["horizontal"] = "center") => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, last);
    row.getCell(1).font = font;
    row.getCell(1).alignment = { horizontal: align, vertical: "middle", wrapText: true };
    return row;
  };
  merged(p.title, { name: "方正小标宋简体", size: 18, charset: 134 }).height = 32;
  merged(p.subtitle, BODY);
  if (p.draftNote) merged(p.draftNote, { ...HEAD, size: 14, bold: true, color: { argb: "FF808080" } });
  merged(p.asOf, BODY);
  const header = sheet.addRow(p.columns);
  header.eachCell((c) => {
    c.font = { ...HEAD, bold: true };
    c.border = THIN;
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
  });
  const bordered = (row: ExcelJS.Row) => {
    for (let c = 1; c <= last; c++) {
      const cell = row.getCell(c);
      cell.border = THIN;
      cell.font ??= BODY;
      cell.alignment ??= { vertical: "middle", wrapText: true };
    }
  };
  for (const g of p.groups) {
    const heading = sheet.addRow([g.heading]);
    sheet.mergeCells(heading.number, 1, heading.number, last);
    heading.getCell(1).font = { ...HEAD, bold: true };
    bordered(heading);
    g.items.forEach((i, n) => {
      const row = sheet.addRow([
        n + 1,
        i.notes ? `${i.title}\n${i.notes}` : i.title,
        i.draftingUnit,
        i.committee,
        i.when,
        i.progress,
      ]);
      bordered(row);
      row.getCell(1).alignment = { horizontal: "center", vertical: "middle" };
    });
  }
  const total = sheet.addRow([p.total]);
  sheet.mergeCells(total.number, 1, total.number, last);
  total.getCell(1).font = { ...HEAD, bold: true };
  total.getCell(1).alignment = { horizontal: "right" };
  bordered(total);
  sheet.addRow([]);
  merged(p.issuer, BODY, "right");
  merged(p.date, BODY, "right");
  return new Uint8Array(await book.xlsx.writeBuffer());
}
