// A plan printed as .docx and .xlsx, built from a plan in memory (no database): grouped by category in printed
// order with Chinese ordinals, the columns 序号 … 当前进展, official-document fonts and sizes, the "— PAGE —"
// footer, landscape A4 with the header row repeated; the .xlsx with borders, landscape fitted to width, print
// titles; 未公布稿 only while the plan is unpublished.
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { getTranslator } from "@/lib/i18n/translate";
import { planDisposition, planExportOf } from "@/lib/modules/legislation/export-plan-data";
import { planDocx } from "@/lib/modules/legislation/export-plan-docx";
import { planXlsx } from "@/lib/modules/legislation/export-plan-xlsx";
import { issueDay } from "@/lib/ooxml-official";

const DAY = issueDay(new Date("2026-12-03T02:00:00Z"));

type Item = Parameters<typeof planExportOf>[2]["items"][number];

function item(over: Partial<Item>): Item {
  return {
    id: "i",
    tenantId: "t",
    planId: "p",
    title: "",
    category: "DELIBERATION",
    fieldId: null,
    draftingUnitId: null,
    leadCommitteeId: null,
    plannedYear: null,
    targetStage: null,
    targetMonth: null,
    sourceItemId: null,
    proposalId: null,
    regulationId: null,
    sortOrder: 0,
    notes: "",
    committee: null,
    draftingUnit: null,
    field: null,
    stage: null,
    ...over,
  } as Item;
}

async function plan(published: boolean) {
  const t = await getTranslator("zh-CN");
  return planExportOf(
    t,
    "zh-CN",
    {
      plan: {
        id: "p",
        tenantId: "t",
        kind: "ANNUAL",
        title: "2026年度立法计划",
        term: "第九届",
        startYear: 2026,
        endYear: 2026,
        description: "根据本市经济社会发展需要，安排立法项目如下。",
        publishedAt: published ? new Date("2026-02-01T00:00:00Z") : null,
        createdAt: new Date("2026-01-01T00:00:00Z"),
      },
      items: [
        item({ title: "辽源市历史文化街区保护条例", category: "RESEARCH", plannedYear: 2027 }),
        item({
          title: "辽源市养犬管理条例",
          draftingUnit: "市公安局",
          leadCommitteeId: "c1",
          committee: "法制委",
          plannedYear: 2026,
          targetMonth: 6,
          targetStage: "SUBMITTED",
          regulationId: "r1",
          stage: "FIRST_READING",
        }),
        item({ title: "辽源市物业管理条例", category: "RESERVE", notes: "视情提请审议" }),
        item({ title: "辽源市电梯安全条例", plannedYear: 2026, targetMonth: 10 }),
      ],
      committees: new Map([["c1", "法制委员会"]]),
    },
    "辽源市人大常委会",
    DAY,
  );
}

function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe("the plan in printed form", () => {
  test("the city's title, categories in printed order with Chinese ordinals, each item's columns", async () => {
    const p = await plan(true);
    expect(p.title).toBe("辽源市人大常委会2026年度立法计划");
    expect(p.subtitle).toBe("年度立法计划 · 第九届 · 2026年");
    expect(p.draftNote).toBeNull();
    expect(p.columns).toEqual(["序号", "法规名称", "起草单位", "牵头委员会", "提请审议时间", "当前进展"]);
    expect(p.groups.map((g) => g.heading)).toEqual([
      "一、审议项目（2件）",
      "二、预备项目（1件）",
      "三、调研论证项目（1件）",
    ]);
    expect(p.groups[0]!.items[0]).toEqual({
      title: "辽源市养犬管理条例",
      draftingUnit: "市公安局",
      committee: "法制委员会",
      when: "2026年6月提请审议",
      progress: "一审",
      notes: "",
    });
    expect(p.groups[0]!.items[1]).toMatchObject({ when: "2026年10月", progress: "未立项" });
    expect(p.groups[2]!.items[0]).toMatchObject({ when: "2027年" });
    expect(p.asOf).toBe("（项目进展截至2026年12月3日）");
    expect(p.fileName).toBe("辽源市人大常委会2026年度立法计划_20261203");
    expect(planDisposition(p.fileName, "docx")).toBe(
      `attachment; filename="plan_20261203.docx"; filename*=UTF-8''${encodeURIComponent("辽源市人大常委会2026年度立法计划_20261203.docx")}`,
    );
  });
});

describe("the plan's .docx", () => {
  test("fonts and sizes, the PAGE footer, landscape A4, the header row repeated, a row per category", async () => {
    const files = unzip(planDocx(await plan(true)));
    const doc = files["word/document.xml"]!;
    expect(doc).toMatch(
      /<w:rFonts w:ascii="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>[^]*辽源市人大常委会2026年度立法计划/,
    );
    expect(doc).toMatch(/<w:rFonts w:ascii="仿宋_GB2312"[^>]*\/><w:sz w:val="32"\/>/);
    expect(files["word/fontTable.xml"]).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="小标宋"/>');
    expect(files["word/fontTable.xml"]).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(files["word/footer1.xml"]).toMatch(/— [^]*<w:fldSimple w:instr=" PAGE [^]* —/);
    expect(doc).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(doc.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(doc.match(/<w:gridSpan w:val="6"\/>/g)).toHaveLength(4); // three categories and the total
    for (const text of [
      "一、审议项目（2件）",
      "提请审议时间",
      "2026年6月提请审议",
      "视情提请审议",
      "辽源市人大常委会",
      "2026年12月3日",
    ])
      expect(doc).toContain(text);
    expect(doc).not.toContain("未公布稿");
    expect(files["word/header1.xml"]).toBeUndefined();
  });

  test("an unpublished plan carries 未公布稿 under the title and in every page's header", async () => {
    const files = unzip(planDocx(await plan(false)));
    expect(files["word/document.xml"]).toContain("（未公布稿）");
    expect(files["word/header1.xml"]).toContain("未公布稿");
  });
});

describe("the plan's .xlsx", () => {
  test("borders, landscape one page wide, print titles, page numbers", async () => {
    const bytes = await planXlsx(await plan(false));
    const files = unzip(bytes);
    const sheet = files["xl/worksheets/sheet1.xml"]!;
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toContain("&amp;P");
    expect(sheet).toContain("未公布稿");
    expect(files["xl/styles.xml"]).toContain('<left style="thin"/>');
    // Title, subtitle, note, as-of: the header is row 5.
    expect(files["xl/workbook.xml"]).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;立法计划&apos;!$5:$5</definedName>`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = book.worksheets[0]!;
    expect(ws.getCell("B5").value).toBe("法规名称");
    expect(ws.getCell("A6").value).toBe("一、审议项目（2件）");
    expect(ws.getCell("B7").value).toBe("辽源市养犬管理条例");
    for (const ref of ["A5", "F5", "A7", "C8", "F10"]) expect(ws.getCell(ref).border?.bottom?.style, ref).toBe("thin");
    // Widths from the content: 辽源市历史文化街区保护条例 is 13 CJK characters.
    expect(ws.getColumn(2).width).toBe(28);
  });
});
