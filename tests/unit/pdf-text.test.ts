// A draft uploaded as PDF: its text layer read in reading order through unpdf (PDF.js, from node_modules, no
// worker file, no network), then the parser's joining of hard-wrapped lines, as for text pasted from a PDF.
import { describe, expect, test } from "vitest";
import { parseDraft } from "@/lib/modules/legislation/draft-parser";
import { itemsToLines, PdfTextError, pdfToText } from "@/lib/modules/legislation/pdf-text";
import { makePdf, page } from "../support/make-pdf";

const PAGE_1 = [
  "辽源市城市绿化条例",
  "第一章 总则",
  "第一条 为了促进城市绿化事业的发展，改善生态环境和",
  "人居环境，根据有关法律、法规，结合本市实际，制定本",
  "条例。",
  "第二条 本条例适用于本市城市规划区内的城市绿化规划、",
];
const PAGE_2 = [
  "建设、保护和管理活动。",
  "第三条 城市绿化工作应当坚持政府主导、社会参与的原则。",
  "市城市绿化主管部门负责本市城市绿化工作，可以采用 GIS",
  "system 进行管理。",
];

describe("pdfToText", () => {
  test("the text layer line by line, page after page, the footer's page number left for the parser", async () => {
    const bytes = makePdf([[...page(PAGE_1), { text: "- 1 -", y: 40, x: 290 }], page(PAGE_2)]);
    expect(bytes.length).toBeLessThan(20_000);
    const text = await pdfToText(bytes);
    expect(text.split("\n")).toEqual([...PAGE_1, "- 1 -", ...PAGE_2]);
    expect(bytes.subarray(0, 5)).toEqual(new TextEncoder().encode("%PDF-")); // the caller's bytes are untouched

    const d = parseDraft(text);
    expect(d.title).toBe("辽源市城市绿化条例");
    expect(d.chapters).toEqual([{ number: 1, title: "总则", sections: [] }]);
    expect(d.articles.map((a) => [a.label, a.clauses.length])).toEqual([
      ["第一条", 1],
      ["第二条", 1],
      ["第三条", 2],
    ]);
    expect(d.articles[0]?.text).toBe(
      "为了促进城市绿化事业的发展，改善生态环境和人居环境，根据有关法律、法规，结合本市实际，制定本条例。",
    );
    expect(d.articles[1]?.text).toBe("本条例适用于本市城市规划区内的城市绿化规划、建设、保护和管理活动。");
    expect(d.articles[2]?.clauses[1]?.text).toBe(
      "市城市绿化主管部门负责本市城市绿化工作，可以采用 GIS system 进行管理。",
    );
    expect(d.warnings).toEqual([]);
  });

  test("a line drawn in pieces stays one line; a wide gap on it is a space", async () => {
    const bytes = makePdf([
      [
        { text: "第一条", y: 700, x: 72 },
        { text: "为了规范管理，", y: 700, x: 120 },
        { text: "制定本条例。", y: 700, x: 204 },
        { text: "第二条 乙。", y: 680, x: 72 },
      ],
    ]);
    expect(await pdfToText(bytes)).toBe("第一条 为了规范管理，制定本条例。\n第二条 乙。");
  });

  test("a running header at the top of every page is dropped", async () => {
    const header = "辽源市人民代表大会常务委员会公报";
    const pages = [1, 2, 3].map((n) => page([header, `第${"一二三"[n - 1]}条 内容${n}。`]));
    expect(await pdfToText(makePdf(pages))).toBe("第一条 内容1。\n第二条 内容2。\n第三条 内容3。");
  });

  test("a scan (no text layer) and a broken file are told apart", async () => {
    await expect(pdfToText(makePdf([[], []]))).rejects.toEqual(new PdfTextError("noText"));
    await expect(pdfToText(new TextEncoder().encode("%PDF-1.7\nnot really a PDF"))).rejects.toMatchObject({
      reason: "unreadable",
    });
    const truncated = makePdf([page(PAGE_1)]).subarray(0, 200);
    await expect(pdfToText(truncated)).rejects.toBeInstanceOf(PdfTextError);
  });
});

describe("itemsToLines", () => {
  const item = (str: string, x: number, y: number, hasEOL = false) => ({
    str,
    transform: [12, 0, 0, 12, x, y],
    width: str.length * 12,
    height: 12,
    hasEOL,
  });

  test("a baseline move of more than half a glyph is a new line; a smaller one (a superscript) is not", () => {
    expect(itemsToLines([item("甲", 72, 700), item("乙", 84, 697), item("丙", 72, 680)])).toEqual(["甲乙", "丙"]);
  });

  test("end-of-line marks break lines; empty lines are not kept", () => {
    expect(itemsToLines([item("甲", 72, 700, true), item("", 72, 700, true), item("乙", 72, 700)])).toEqual([
      "甲",
      "乙",
    ]);
  });
});
