// A plan as a .docx in official-document form (GB/T 9704, lib/ooxml-official.ts): the title in 方正小标宋简体 二号,
// under it the kind, term and years (and 未公布稿 while unpublished, also grey in the header of every page), the
// plan's text in 仿宋_GB2312 三号, then A4 landscape for the table: a heading row per category (一、审议项目（5件）)
// and a row per item — 序号, 法规名称, 起草单位, 牵头委员会, 提请审议时间, 当前进展 — its header repeated on every
// page; "— 1 —" at the foot; the issuing body and the date at the end. A plan is a few dozen rows: built at once.
import { zipSync, strToU8 } from "fflate";
import {
  BODY_FONT,
  DOCUMENT_CLOSE,
  DOCUMENT_OPEN,
  GREY,
  HEADING_FONT,
  LANDSCAPE_TEXT_WIDTH,
  officialDocxParts,
  para,
  SIZE,
  sectPr,
  spanRow,
  tableOpen,
  tableRow,
  TITLE_FONT,
} from "@/lib/ooxml-official";
import type { PlanExport } from "./export-plan-data";

// Twentieths of a point, adding up to the landscape page's text width (13890).
const WIDTHS = [800, 4190, 2600, 2000, 2100, 2200];
if (WIDTHS.reduce((a, b) => a + b, 0) !== LANDSCAPE_TEXT_WIDTH) throw new Error("plan table widths");

/** document.xml of the plan. */
export function planDocumentXml(p: PlanExport): string {
  const body = { font: BODY_FONT, size: SIZE.body } as const;
  const rows: string[] = [];
  for (const g of p.groups) {
    rows.push(spanRow(WIDTHS, g.heading, { font: HEADING_FONT }));
    g.items.forEach((i, n) =>
      rows.push(
        tableRow(WIDTHS, [
          [String(n + 1)],
          [i.title, ...(i.notes ? [i.notes] : [])],
          [i.draftingUnit],
          [i.committee],
          [i.when],
          [i.progress],
        ]),
      ),
    );
  }
  return [
    DOCUMENT_OPEN,
    para(p.title, { font: TITLE_FONT, size: SIZE.title, align: "center", line: 700 }),
    para(p.subtitle, { ...body, align: "center" }),
    p.draftNote
      ? para(`（${p.draftNote}）`, { font: HEADING_FONT, size: SIZE.body, color: GREY, align: "center" })
      : "",
    para(""),
    ...p.description
      .split(/\n+/)
      .filter((l) => l.trim())
      .map((l) => para(l.trim(), { ...body, indent: true, align: "both" })),
    para(p.asOf, { ...body, align: "center" }),
    para(""),
    tableOpen(WIDTHS),
    tableRow(
      WIDTHS,
      p.columns.map((c) => [c]),
      { font: HEADING_FONT, align: "center", fill: "F2F2F2" },
      true,
    ),
    ...rows,
    spanRow(WIDTHS, p.total, { font: HEADING_FONT, align: "right" }),
    "</w:tbl>",
    para(""),
    para(p.issuer, { ...body, align: "right", before: 600 }),
    para(p.date, { ...body, align: "right" }),
    sectPr({ landscape: true, header: p.draftNote !== null }),
    DOCUMENT_CLOSE,
  ].join("");
}

/** The plan's .docx as bytes. */
export function planDocx(p: PlanExport): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const part of officialDocxParts(planDocumentXml(p), p.draftNote))
    files[part.name] = strToU8(part.body as string);
  return zipSync(files, { level: 6 });
}
