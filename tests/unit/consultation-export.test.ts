// The 意见采纳情况汇总表 files built from rows in memory (no database): the .docx in official-document form (fonts
// with their fallbacks, 二号 / 三号, the "— PAGE —" footer, landscape A4, the repeated header row, the issuing
// office and date, the draft's note only before publication, 待处理 only while pending) and the .xlsx printed
// as a table (borders, landscape fitted to width, print titles, the detail sheet's autofilter, widths from the
// content); and the representative excerpts (filler trimmed, cut at a sentence end, near copies left out).
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { summaryDocxParts } from "@/lib/modules/consultation/export-docx";
import { exportTexts, type SummaryIssue } from "@/lib/modules/consultation/export-ooxml";
import { STYLES, summaryXlsxParts, xlsxDisposition, type DetailSource } from "@/lib/modules/consultation/export-xlsx";
import {
  excerpt,
  EXCERPT_LENGTH,
  pickExcerpts,
  type SummaryTableHead,
  type SummaryTableRow,
} from "@/lib/modules/consultation/queries-summary-table";
import { zipStream, type ZipPart } from "@/lib/ooxml";
import { displayWidth, fitColumn, issueDay } from "@/lib/ooxml-official";

const ISSUE: SummaryIssue = {
  issuer: "辽源市人大常委会法制工作委员会",
  day: issueDay(new Date("2026-12-02T17:30:00Z")),
};

function head(opts: { published?: boolean; pending?: number } = {}): SummaryTableHead {
  const pending = opts.pending ?? 2;
  return {
    consultation: {
      id: "00000000-0000-7000-8000-000000000001",
      title: "关于《辽源市养犬管理条例（草案）》公开征求意见的公告",
      startsAt: new Date("2026-10-01T00:00:00Z"),
      endsAt: new Date("2026-10-31T00:00:00Z"),
      dispositionsPublishedAt: opts.published ? new Date("2026-11-20T00:00:00Z") : null,
      regulation: { id: "r", title: "辽源市养犬管理条例", committeeId: null },
      draft: { id: "d", label: "征求意见稿", title: "草案", versionNo: 1 },
    } as unknown as SummaryTableHead["consultation"],
    articles: [
      { identity: null, articleId: null, label: null, text: "", count: 1, pending: 0 },
      {
        identity: "a1",
        articleId: "x1",
        label: "第一条",
        text: "为了规范养犬行为，制定本条例。",
        count: 2 + pending,
        pending,
      },
    ],
    total: 3 + pending,
    pending,
    byDisposition: [
      { disposition: "ADOPTED", count: 2 },
      { disposition: "NOT_ADOPTED", count: 1 },
    ],
  };
}

function rows(h: SummaryTableHead): SummaryTableRow[] {
  return [
    {
      ...h.articles[0]!,
      excerpts: ["整体赞成，尽快出台。"],
      dispositions: [{ disposition: "NOT_ADOPTED", count: 1, reasons: [], otherReasons: 0, adoptedInto: [] }],
    },
    {
      ...h.articles[1]!,
      excerpts: ["立法目的应增加促进人与动物和谐相处。"],
      dispositions: [
        { disposition: "ADOPTED", count: 2, reasons: [], otherReasons: 0, adoptedInto: [] },
        ...(h.pending ? [{ disposition: null, count: h.pending, reasons: [], otherReasons: 0, adoptedInto: [] }] : []),
      ],
    },
  ];
}

async function* iterate<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

async function unzip(parts: ZipPart[]): Promise<Record<string, string>> {
  const bytes = new Uint8Array(await new Response(zipStream(parts)).arrayBuffer());
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

async function docx(h: SummaryTableHead) {
  return unzip(summaryDocxParts(h, iterate(rows(h)), await exportTexts("zh-CN"), ISSUE));
}

/** Two detail rows, as queries-export.ts writes them (styles 9, 5, 1, 4). */
const details: DetailSource = async (out, first) => {
  for (let r = first; r < first + 2; r++)
    out.write(
      `<row r="${r}"><c r="A${r}" s="9"><v>${r - 1}</v></c><c r="B${r}" s="5" t="inlineStr"><is><t>第一条</t></is></c><c r="E${r}" s="1" t="inlineStr"><is><t>意见</t></is></c><c r="F${r}" s="4"><v>46000.5</v></c></row>`,
    );
  return 2;
};

async function xlsxBytes(h: SummaryTableHead, withDetails = true) {
  const parts = summaryXlsxParts(h, iterate(rows(h)), await exportTexts("zh-CN"), ISSUE, withDetails ? details : null);
  return new Uint8Array(await new Response(zipStream(parts)).arrayBuffer());
}

async function xlsx(h: SummaryTableHead, withDetails = true) {
  const bytes = await xlsxBytes(h, withDetails);
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe("the .docx in official-document form", () => {
  test("title 方正小标宋简体 二号, body 仿宋_GB2312 三号, the fallbacks named in the font table", async () => {
    const files = await docx(head());
    const doc = files["word/document.xml"]!;
    expect(doc).toMatch(
      /<w:rFonts w:ascii="方正小标宋简体" w:hAnsi="方正小标宋简体" w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>/,
    );
    expect(doc).toMatch(/<w:rFonts w:ascii="仿宋_GB2312"[^>]*w:eastAsia="仿宋_GB2312"[^>]*\/><w:sz w:val="32"\/>/);
    expect(files["word/styles.xml"]).toContain('w:eastAsia="仿宋_GB2312"');
    expect(files["word/styles.xml"]).toContain('<w:sz w:val="32"/>');
    const fonts = files["word/fontTable.xml"]!;
    for (const [font, alt] of [
      ["方正小标宋简体", "小标宋"],
      ["小标宋", "宋体"],
      ["宋体", "SimSun"],
      ["仿宋_GB2312", "仿宋"],
      ["仿宋", "FangSong"],
      ["黑体", "SimHei"],
    ])
      expect(fonts).toContain(`<w:font w:name="${font}"><w:altName w:val="${alt}"/>`);
    expect(files["word/_rels/document.xml.rels"]).toContain('Target="fontTable.xml"');
  });

  test("the page number — PAGE — at the foot, landscape A4, the header row repeated", async () => {
    const files = await docx(head());
    const footer = files["word/footer1.xml"]!;
    expect(footer).toMatch(/— <\/w:t><\/w:r><w:fldSimple w:instr=" PAGE [^"]*">.*<\/w:fldSimple><w:r>.*> —<\/w:t>/);
    expect(footer).toContain('w:eastAsia="宋体"');
    expect(footer).toContain('<w:sz w:val="28"/>'); // 四号
    // GB/T 9704: odd pages' numbers at the right, even pages' at the left, one character in.
    expect(footer).toContain('<w:ind w:right="280"/><w:jc w:val="right"/>');
    const even = files["word/footer2.xml"]!;
    expect(even).toContain('<w:ind w:left="280"/><w:jc w:val="left"/>');
    expect(even).toMatch(/<w:fldSimple w:instr=" PAGE /);
    expect(files["word/settings.xml"]).toContain("<w:evenAndOddHeaders/>");
    const rels = files["word/_rels/document.xml.rels"]!;
    expect(rels).toContain(
      'Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"',
    );
    expect(rels).toContain('Target="settings.xml"');
    const doc = files["word/document.xml"]!;
    expect(doc).toContain(
      '<w:footerReference w:type="default" r:id="rId3"/><w:footerReference w:type="even" r:id="rId5"/>',
    );
    expect(doc).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(doc.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(doc).toMatch(/<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>.*?序号/);
    expect(files["[Content_Types].xml"]).toContain("wordprocessingml.footer+xml");
  });

  test("the issuing office and the date in Chinese at the end", async () => {
    const doc = (await docx(head()))["word/document.xml"]!;
    expect(ISSUE.day.chinese).toBe("2026年12月3日"); // the Shanghai day of 17:30 UTC
    const office = doc.indexOf("辽源市人大常委会法制工作委员会");
    const date = doc.indexOf("2026年12月3日");
    expect(office).toBeGreaterThan(doc.indexOf("</w:tbl>"));
    expect(date).toBeGreaterThan(office);
    expect(doc.slice(office - 400, office)).toContain('<w:jc w:val="right"/>');
  });

  test("处理中，未定稿 under the title and grey in every page's header before publication; gone after", async () => {
    const draft = await docx(head());
    expect(draft["word/document.xml"]).toContain("（处理中，未定稿）");
    expect(draft["word/header1.xml"]).toContain("处理中，未定稿");
    expect(draft["word/header1.xml"]).toContain('<w:color w:val="808080"/>');
    expect(draft["word/document.xml"]).toContain('<w:headerReference w:type="default" r:id="rId4"/>');
    const published = await docx(head({ published: true }));
    expect(published["word/header1.xml"]).toBeUndefined();
    expect(published["word/document.xml"]).not.toContain("未定稿");
    expect(published["word/document.xml"]).not.toContain("headerReference");
    expect(published["word/_rels/document.xml.rels"]).not.toContain("header1.xml");
  });

  test("待处理 only while opinions are pending", async () => {
    const pending = (await docx(head({ pending: 2 })))["word/document.xml"]!;
    expect(pending).toContain("已处理 3 条，待处理 2 条");
    expect(pending).toContain("待处理 2 条");
    const done = (await docx(head({ pending: 0, published: true })))["word/document.xml"]!;
    expect(done).not.toContain("待处理");
    expect(done).toContain("共收到意见 3 条，涉及 1 个条文，已全部处理。");
  });
});

describe("the .xlsx printed as a table", () => {
  test("thin borders on every cell of the tables, empty ones included", async () => {
    expect(STYLES).toContain('<border><left style="thin">');
    const files = await xlsx(head());
    const summary = files["xl/worksheets/sheet1.xml"]!;
    const bordered = new Set(["1", "2", "4", "5", "8", "9"]);
    // The header row, the article rows and the total row: six cells each, all bordered.
    const tableRows = [...summary.matchAll(/<row r="(\d+)">([\s\S]*?)<\/row>/g)].filter(([, , cells]) =>
      /<c r="F\d+"/.test(cells!),
    );
    expect(tableRows).toHaveLength(4);
    for (const [, , cells] of tableRows) {
      const styles = [...cells!.matchAll(/<c r="[A-F]\d+" s="(\d+)"/g)].map((m) => m[1]);
      expect(styles).toHaveLength(6);
      expect(styles.every((s) => bordered.has(s!))).toBe(true);
    }
    expect(summary).toMatch(/<c r="B\d+" s="8"\/>/); // the total row's empty cell still has its borders
  });

  test("landscape, one page wide, the header row as print titles, page numbers, the detail sheet's autofilter", async () => {
    const files = await xlsx(head());
    for (const sheet of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      const xml = files[sheet]!;
      expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
      expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      expect(xml).toContain("<oddFooter>&amp;C— &amp;P —</oddFooter>");
    }
    expect(files["xl/worksheets/sheet2.xml"]).toContain('<autoFilter ref="A1:J3"/>');
    expect(files["xl/worksheets/sheet1.xml"]).not.toContain("<autoFilter");
    const workbook = files["xl/workbook.xml"]!;
    // Title, note, three facts: the header is row 6.
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'汇总表'!$6:$6</definedName>`);
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'意见明细'!$1:$1</definedName>`,
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'意见明细'!$A$1:$J$3</definedName>`,
    );
    expect(files["xl/worksheets/sheet1.xml"]).toMatch(/<row r="6"><c r="A6" s="2" t="inlineStr"><is><t[^>]*>序号/);
  });

  test("exceljs reads it back: print setup, print titles, the filter", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxBytes(head())) as unknown as ArrayBuffer);
    const [summary, detail] = [book.getWorksheet("汇总表")!, book.getWorksheet("意见明细")!];
    expect(summary.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
    expect(summary.getCell("A6").border?.top?.style).toBe("thin");
    expect(summary.getCell("A1").value).toContain("意见采纳情况汇总表");
    expect(detail.autoFilter).toBe("A1:J3");
  });

  test("column widths from the content: CJK counted double, capped", async () => {
    expect(displayWidth("第一条")).toBe(6);
    expect(displayWidth("Article 1")).toBe(9);
    expect(displayWidth("（）")).toBe(4);
    expect(fitColumn(["序号", 12])).toBe(6);
    expect(fitColumn(["第一百零五条"], 8, 16)).toBe(14);
    expect(fitColumn(["很长".repeat(100)], 8, 50)).toBe(50);
    expect(fitColumn(["短\n第二行更长一些"], 4, 40)).toBe(16);
    const cols = (await xlsx(head()))["xl/worksheets/sheet1.xml"]!.match(/<col [^>]*>/g)!;
    expect(cols).toHaveLength(6);
    // 条文内容: "为了规范养犬行为，制定本条例。" is 15 CJK characters: 30 + 2.
    expect(cols[2]).toContain('width="32"');
  });

  test("处理中，未定稿 under the title and in the printed header before publication; 待处理 only while pending", async () => {
    const draft = await xlsx(head());
    expect(draft["xl/worksheets/sheet1.xml"]).toMatch(
      /<row r="2"><c r="A2" s="7" t="inlineStr"><is><t[^>]*>处理中，未定稿/,
    );
    expect(draft["xl/worksheets/sheet1.xml"]).toContain(
      "<oddHeader>&amp;C&amp;&quot;-,Bold&quot;&amp;K808080处理中，未定稿",
    );
    expect(draft["xl/worksheets/sheet1.xml"]).toContain("待处理 2 条");
    const done = await xlsx(head({ published: true, pending: 0 }));
    for (const sheet of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      expect(done[sheet]).not.toContain("未定稿");
      expect(done[sheet]).not.toContain("oddHeader");
      expect(done[sheet]).not.toContain("待处理");
    }
    // No note row: the header moves up to row 5.
    expect(done["xl/workbook.xml"]).toContain("'汇总表'!$5:$5");
    expect(done["xl/worksheets/sheet1.xml"]).toContain("辽源市人大常委会法制工作委员会");
    expect(done["xl/worksheets/sheet1.xml"]).toContain("2026年12月3日");
  });

  test("the download's name in UTF-8 (RFC 5987) with an ASCII fallback", () => {
    expect(xlsxDisposition("辽源市养犬管理条例_意见采纳情况汇总表_20261203")).toBe(
      `attachment; filename="summary_20261203.xlsx"; filename*=UTF-8''${encodeURIComponent("辽源市养犬管理条例_意见采纳情况汇总表_20261203.xlsx")}`,
    );
  });
});

describe("representative excerpts", () => {
  test("filler trimmed: greetings, 我认为, 建议：, thanks and 以上意见", () => {
    expect(excerpt("您好！我认为，  第五条的罚款\n数额过高。谢谢！")).toBe("第五条的罚款 数额过高。");
    expect(excerpt("尊敬的领导：建议：增加夜间遛犬时间限制。以上意见，望采纳。")).toBe("增加夜间遛犬时间限制。");
    expect(excerpt("本人认为犬只应当登记。感谢！")).toBe("犬只应当登记。");
    // 建议 that is part of the sentence stays.
    expect(excerpt("建议将犬链长度改为一点二米。")).toBe("建议将犬链长度改为一点二米。");
    // Closing words count as filler only after a punctuation mark.
    expect(excerpt("违者处五百元以上")).toBe("违者处五百元以上");
    expect(excerpt("罚款应在五百元以上。以上是我的意见")).toBe("罚款应在五百元以上。");
    // All filler: the text is kept as it is rather than emptied.
    expect(excerpt("谢谢")).toBe("谢谢");
  });

  test("cut at the last sentence end within the length, or at the length when there is none", () => {
    const sentence = "城市人行道较窄，犬链过长容易绊倒行人。";
    const long = sentence.repeat(10);
    const cut = excerpt(long);
    expect(cut.endsWith("。…")).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
    expect([...cut].length).toBeGreaterThan(EXCERPT_LENGTH - sentence.length);
    const run = "没有句号".repeat(60);
    expect(excerpt(run)).toBe(`${[...run].slice(0, EXCERPT_LENGTH).join("")}…`);
  });

  test("near copies are left out, different opinions kept, three at most", () => {
    const texts = [
      "不同意限制犬链长度，现行规定已经足够。1",
      "不同意限制犬链长度，现行规定已经足够。2", // a near copy of the first
      "不同意限制犬链长度,现行规定已经足够!!", // the same words, other punctuation
      "犬链长度应当更短一些。",
      "建议增加对流浪犬收容的规定。",
      "养犬登记费用应当公开。",
    ].map((content, i) => ({ content, contentHash: `h${i}` }));
    expect(pickExcerpts(texts)).toEqual([
      "不同意限制犬链长度，现行规定已经足够。1",
      "犬链长度应当更短一些。",
      "建议增加对流浪犬收容的规定。",
    ]);
    // Exact copies (the same hash) once; texts that differ only in filler are near copies too.
    expect(
      pickExcerpts([
        { content: "禁止大型犬进入小区。", contentHash: "a" },
        { content: "禁止大型犬进入小区。", contentHash: "a" },
        { content: "您好，禁止大型犬进入小区。谢谢！", contentHash: "b" },
      ]),
    ).toEqual(["禁止大型犬进入小区。"]);
  });
});
