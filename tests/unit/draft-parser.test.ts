import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { chineseToNumber, numberToChinese } from "@/lib/modules/legislation";
import { articleLabel, parseDraft, type ParsedDraft } from "@/lib/modules/legislation";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures/drafts", name), "utf8");
const labels = (d: ParsedDraft) => d.articles.map((a) => a.label);
const byLabel = (d: ParsedDraft, label: string) => {
  const a = d.articles.find((x) => x.label === label);
  if (!a) throw new Error(`no ${label}`);
  return a;
};

describe("chineseToNumber", () => {
  test.each([
    ["一", 1],
    ["十", 10],
    ["十一", 11],
    ["二十", 20],
    ["二十五", 25],
    ["九十九", 99],
    ["一百", 100],
    ["一百零五", 105],
    ["一百一十", 110],
    ["一百十", 110],
    ["一百一十一", 111],
    ["一百九十九", 199],
    ["二百", 200],
    ["两百", 200],
    ["两百零一", 201],
    ["两", 2],
    ["零", 0],
    ["〇", 0],
    ["一〇五", 105],
    ["一千零一", 1001],
    ["一千零一十", 1010],
    ["5", 5],
    ["105", 105],
    ["１２", 12],
    ["一 百　零 五", 105],
  ])("%s → %i", (s, n) => {
    expect(chineseToNumber(s)).toBe(n);
  });

  test.each(["", "  ", "十十", "百", "五十三百", "五五十", "一百零", "零十", "abc", "12a", "第五", "一二三四五"])(
    "%j is not a numeral",
    (s) => {
      expect(chineseToNumber(s)).toBeNull();
    },
  );
});

describe("numberToChinese", () => {
  test.each([
    [1, "一"],
    [10, "十"],
    [11, "十一"],
    [20, "二十"],
    [100, "一百"],
    [101, "一百零一"],
    [105, "一百零五"],
    [110, "一百一十"],
    [115, "一百一十五"],
    [199, "一百九十九"],
    [200, "二百"],
    [999, "九百九十九"],
    [1001, "一千零一"],
  ])("%i → %s", (n, s) => {
    expect(numberToChinese(n)).toBe(s);
  });

  test("round-trips 0–9999", () => {
    for (let n = 0; n <= 9999; n++) expect(chineseToNumber(numberToChinese(n))).toBe(n);
  });

  test("out of range stays Arabic; labels render", () => {
    expect(numberToChinese(-1)).toBe("-1");
    expect(numberToChinese(10000)).toBe("10000");
    expect(articleLabel(5)).toBe("第五条");
    expect(articleLabel(10, 1)).toBe("第十条之一");
    expect(articleLabel(105, 2)).toBe("第一百零五条之二");
  });
});

describe("parseDraft: liaoyuan-greening.txt", () => {
  const d = parseDraft(fixture("liaoyuan-greening.txt"));

  test("title, preamble with the 目录, no warnings", () => {
    expect(d.title).toBe("辽源市城市绿化条例（草案）");
    expect(d.preamble).toBe(
      [
        "（2022年　月　日辽源市第十七届人民代表大会常务委员会第　次会议通过　2023年　月　日吉林省第十四届人民代表大会常务委员会第　次会议批准）",
        "目　录",
        "第一章　总　则",
        "第二章　规划与建设",
        "第三章　保护与管理",
        "第一节　绿地保护",
        "第二节　树木保护",
        "第三节　养护管理",
        "第四章　公众参与",
        "第五章　法律责任",
        "第六章　附　则",
      ].join("\n"),
    );
    expect(d.warnings).toEqual([]);
  });

  test("six chapters once each (the 目录 does not duplicate them), sections in chapter 3", () => {
    expect(d.chapters).toEqual([
      { number: 1, title: "总则", sections: [] },
      { number: 2, title: "规划与建设", sections: [] },
      {
        number: 3,
        title: "保护与管理",
        sections: [
          { number: 1, title: "绿地保护" },
          { number: 2, title: "树木保护" },
          { number: 3, title: "养护管理" },
        ],
      },
      { number: 4, title: "公众参与", sections: [] },
      { number: 5, title: "法律责任", sections: [] },
      { number: 6, title: "附则", sections: [] },
    ]);
  });

  test("36 articles: 第一条 … 第三十五条 with 第十七条之一", () => {
    expect(d.articles).toHaveLength(36);
    const expected: string[] = [];
    for (let n = 1; n <= 35; n++) {
      expected.push(articleLabel(n));
      if (n === 17) expected.push("第十七条之一");
    }
    expect(labels(d)).toEqual(expected);
    const a = byLabel(d, "第十七条之一");
    expect([a.number, a.suffix, a.chapter, a.section]).toEqual([17, 1, 3, 1]);
    expect(a.text).toBe("城市绿地内的绿化设施，由养护管理责任人负责维护，保持完好。");
  });

  test("chapter and section of every article", () => {
    const place = d.articles.map((a) => `${a.chapter}/${a.section ?? "-"}`);
    expect(place.slice(0, 7)).toEqual(Array(7).fill("1/-"));
    expect(place.slice(7, 15)).toEqual(Array(8).fill("2/-"));
    expect(place.slice(15, 19)).toEqual(Array(4).fill("3/1")); // 16, 17, 17之一, 18
    expect(byLabel(d, "第十八条").section).toBe(1);
    expect(byLabel(d, "第十九条").section).toBe(2);
    expect(byLabel(d, "第二十二条").section).toBe(2);
    expect(byLabel(d, "第二十三条").section).toBe(3);
    expect(byLabel(d, "第二十五条").section).toBe(3);
    expect(byLabel(d, "第二十六条")).toMatchObject({ chapter: 4, section: null });
    expect(byLabel(d, "第三十五条")).toMatchObject({ chapter: 6, section: null });
  });

  test("clause and item counts", () => {
    const shape = (label: string) => byLabel(d, label).clauses.map((c) => c.items.length);
    expect(shape("第一条")).toEqual([0]);
    expect(shape("第五条")).toEqual([0, 0, 0]);
    expect(shape("第九条")).toEqual([6]);
    expect(shape("第十一条")).toEqual([4, 0]);
    expect(shape("第二十三条")).toEqual([4, 0]);
    expect(shape("第三十条")).toEqual([3]);
    const clauses = d.articles.reduce((n, a) => n + a.clauses.length, 0);
    const items = d.articles.reduce((n, a) => n + a.clauses.reduce((m, c) => m + c.items.length, 0), 0);
    expect(clauses).toBe(48);
    expect(items).toBe(31);
  });

  test("exact texts of an article with 款 and 项", () => {
    const a = byLabel(d, "第十一条");
    expect(a.clauses[0]?.items[0]).toEqual({
      number: 1,
      text: "新建居住区不低于百分之三十，旧城改造居住区不低于百分之二十五；",
    });
    expect(a.clauses[0]?.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(a.clauses[1]).toEqual({
      index: 2,
      text: "因特殊情况不能达到前款规定标准的，建设单位应当按照规定在异地补建相应面积的绿地。",
      items: [],
    });
    expect(a.text.split("\n")).toHaveLength(6);
    expect(a.text.startsWith("新建、改建、扩建建设工程项目，其附属绿地面积")).toBe(true);
    expect(a.text).toContain("\n（四）城市道路按照有关技术规范执行。\n");
  });

  test("article text = its clauses joined; no label inside the text", () => {
    for (const a of d.articles) {
      expect(a.text).toBe(a.clauses.map((c) => c.text).join("\n"));
      expect(a.clauses.map((c) => c.index)).toEqual(a.clauses.map((_, i) => i + 1));
      expect(a.text.startsWith("第")).toBe(false);
    }
  });

  test("a reference inside a paragraph does not start an article", () => {
    const a = byLabel(d, "第十九条");
    expect(a.clauses).toHaveLength(2);
    expect(a.clauses[1]?.text).toContain("依照本条例第二十一条的规定需要补植的");
    expect(byLabel(d, "第三十条").text.startsWith("违反本条例第十七条规定")).toBe(true);
  });

  test("deliberate full-width blanks in the text are kept", () => {
    expect(byLabel(d, "第三十五条").text).toBe("本条例自　年　月　日起施行。");
  });
});

/** A 200+ article draft with no chapters, generated: numbers past 一百 and a 第一百零五条之一. */
function longDraft(count: number): string {
  const lines = ["辽源市城市市容和环境卫生管理条例（征求意见稿）"];
  for (let n = 1; n <= count; n++) {
    lines.push(`${articleLabel(n)}\u3000第${n}条的第一款，规定市容和环境卫生管理的有关事项。`);
    if (n % 3 === 0) lines.push(`第${n}条的第二款，另有规定的，从其规定。`);
    if (n % 5 === 0) lines.push("（一）第一项；", "（二）第二项。");
    if (n === 105) lines.push("第一百零五条之一　新增的一条。");
  }
  return lines.join("\n");
}

describe("parseDraft: a long draft without chapters", () => {
  const d = parseDraft(longDraft(210));

  test("211 articles, numbers past 一百, no chapters", () => {
    expect(d.title).toBe("辽源市城市市容和环境卫生管理条例（征求意见稿）");
    expect(d.preamble).toBe("");
    expect(d.warnings).toEqual([]);
    expect(d.chapters).toEqual([]);
    expect(d.articles).toHaveLength(211);
    expect(d.articles.every((a) => a.chapter === null && a.section === null)).toBe(true);
    const numbers = d.articles.filter((a) => a.suffix === 0).map((a) => a.number);
    expect(numbers).toEqual(Array.from({ length: 210 }, (_, i) => i + 1));
  });

  test("labels and numbers agree", () => {
    for (const label of [
      "第一百条",
      "第一百零五条",
      "第一百一十条",
      "第一百一十一条",
      "第一百九十九条",
      "第二百一十条",
    ]) {
      const a = byLabel(d, label);
      expect(a.text).toMatch(new RegExp(`^第${a.number}条的第一款`));
    }
    const extra = byLabel(d, "第一百零五条之一");
    expect([extra.number, extra.suffix, extra.text]).toEqual([105, 1, "新增的一条。"]);
    expect(byLabel(d, "第一百零五条").clauses.map((c) => c.items.length)).toEqual([0, 2]); // 105: 5 | n, 3 | n
  });
});

describe("parseDraft: messy.txt (CRLF, page numbers, mixed spaces, label alone, Arabic numerals)", () => {
  // Force CRLF whatever git did to the fixture.
  const raw = fixture("messy.txt").replace(/\r?\n/g, "\r\n");
  const d = parseDraft(raw);

  test("title across two lines, BOM and spaces dropped", () => {
    expect(raw.includes("\r\n")).toBe(true);
    expect(d.title).toBe("辽源市室外公共体育设施管理条例(征求意见稿)");
    expect(d.preamble).toBe("");
    expect(d.warnings).toEqual([]);
  });

  test("chapters, one with its title on the next line", () => {
    expect(d.chapters).toEqual([
      { number: 1, title: "总则", sections: [] },
      { number: 2, title: "建设与维护", sections: [] },
    ]);
  });

  test("Arabic and spaced labels", () => {
    expect(labels(d)).toEqual([
      "第1条",
      "第2条",
      "第三条",
      "第四条",
      "第5条",
      "第六条",
      "第七条",
      "第7条之一",
      "第八条",
      "第九条",
    ]);
    expect(d.articles.map((a) => [a.number, a.suffix])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 0],
      [6, 0],
      [7, 0],
      [7, 1],
      [8, 0],
      [9, 0],
    ]);
    expect(d.articles.map((a) => a.chapter)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(byLabel(d, "第三条").text).toBe(
      "市、县（区）人民政府应当将室外公共体育设施建设纳入国民经济和社会发展规划。",
    );
    expect(byLabel(d, "第七条").text).toBe("室外公共体育设施应当免费或者低收费向公众开放。");
  });

  test("a label alone on its line takes the following lines as its 款", () => {
    const a = byLabel(d, "第2条");
    expect(a.clauses).toHaveLength(2);
    expect(a.clauses[0]?.text).toBe("本条例适用于本市行政区域内室外公共体育设施的规划、建设、使用、维护和管理。");
  });

  test("page numbers and lone punctuation are dropped, and no \\r survives", () => {
    const all = d.articles.map((a) => a.text).join("\n");
    expect(all).not.toMatch(/页|- 1 -|—3—|\r|\uFEFF/);
    expect(byLabel(d, "第四条").clauses.map((c) => c.text)).toEqual([
      "市体育行政主管部门负责本市室外公共体育设施的监督管理工作。",
      "住房和城乡建设、自然资源、城市管理等部门按照各自职责做好相关工作。",
    ]);
  });

  test("half-width （一） and 1. / 2． / 3、 items; a paragraph starting with a reference stays a 款", () => {
    expect(byLabel(d, "第5条").clauses[0]?.items).toEqual([
      { number: 1, text: "符合国家和省规定的建设标准；" },
      { number: 2, text: "方便群众使用，并考虑老年人、残疾人等特殊群体的需求；" },
      { number: 3, text: "与周边环境相协调。" },
    ]);
    const six = byLabel(d, "第六条");
    expect(six.clauses.map((c) => c.items.length)).toEqual([3, 0]);
    expect(six.clauses[0]?.items[1]).toEqual({ number: 2, text: "定期对设施进行检查、维护，保证设施完好；" });
    expect(six.clauses[1]?.text).toBe("第5条规定的建设标准由市体育行政主管部门会同有关部门制定并公布。");
  });
});

describe("parseDraft: lines and labels", () => {
  test("text right after 条, after spaces, or on the next lines", () => {
    const d = parseDraft("第一条为了甲。\n第　二　条　　乙。\n第三条\n丙。\n丁。\n第 4 条\t戊。");
    expect(d.articles.map((a) => [a.label, a.number, a.text])).toEqual([
      ["第一条", 1, "为了甲。"],
      ["第二条", 2, "乙。"],
      ["第三条", 3, "丙。\n丁。"],
      ["第4条", 4, "戊。"],
    ]);
    expect(d.title).toBeNull();
    expect(d.warnings).toEqual([]);
  });

  test("only a label at the start of a line counts", () => {
    const d = parseDraft(
      [
        "第一条　依照本条例第十二条的规定执行。",
        "第十二条规定的情形除外。",
        "第十二条、第十三条另有规定的，从其规定。",
        "第五条至第九条的规定适用于本条。",
        "第五条第二款规定的期限为三十日。",
        "第五条中的期限不包括节假日。",
        "第五条所称绿地，包括附属绿地。",
        "第二章规定的措施适用于本条。",
        "第三章第二节另有规定的除外。",
        "第二条　乙。",
        "第三条　中小学校应当开展绿化教育。",
        "第四条中小学校应当开展义务植树活动。",
      ].join("\n"),
    );
    expect(labels(d)).toEqual(["第一条", "第二条", "第三条", "第四条"]);
    expect(d.chapters).toEqual([]);
    expect(d.articles[0]?.clauses).toHaveLength(9);
    expect(d.articles[3]?.text).toBe("中小学校应当开展义务植树活动。");
  });

  test("第X条之一 / 之二 follow their article without warnings", () => {
    const d = parseDraft("第十条　甲。\n第十条之一　乙。\n第十条之二　丙。\n第十一条　丁。");
    expect(d.articles.map((a) => [a.number, a.suffix, a.label])).toEqual([
      [10, 0, "第十条"],
      [10, 1, "第十条之一"],
      [10, 2, "第十条之二"],
      [11, 0, "第十一条"],
    ]);
    expect(d.warnings).toEqual(["NUMBERING_START:10"]);
  });

  test("junk lines are ignored", () => {
    const d = parseDraft(
      [
        "第一条　甲。",
        "",
        "   ",
        "- 3 -",
        "—4—",
        "第 3 页",
        "第3页 共12页",
        "3/12",
        "12",
        "。",
        "……",
        "※",
        "\t",
        "乙。",
      ].join("\n"),
    );
    expect(d.articles[0]?.text).toBe("甲。\n乙。");
    expect(d.warnings).toEqual([]);
  });

  test("Windows, old Mac and Unix line endings", () => {
    const d = parseDraft("第一条　甲。\r\n乙。\r第二条　丙。\n第三条　丁。\r\n");
    expect(d.articles.map((a) => a.text)).toEqual(["甲。\n乙。", "丙。", "丁。"]);
  });

  test("items: label alone then （一）; sub-items 1. within （一）", () => {
    const d = parseDraft("第一条\n（一）甲；\n（二）乙：\n1. 子一；\n2. 子二。\n本条第一项另有规定。");
    const [c1, c2] = d.articles[0]?.clauses ?? [];
    expect(c1?.items).toEqual([
      { number: 1, text: "甲；" },
      { number: 2, text: "乙：\n1. 子一；\n2. 子二。" },
    ]);
    expect(c1?.text).toBe("（一）甲；\n（二）乙：\n1. 子一；\n2. 子二。");
    expect(c2).toEqual({ index: 2, text: "本条第一项另有规定。", items: [] });
  });

  test("title variants", () => {
    expect(parseDraft("辽源市养犬管理条例(草案)\n第一条　甲。").title).toBe("辽源市养犬管理条例(草案)");
    expect(parseDraft("辽源市供热管理条例\n（修订草案）\n第一条　甲。").title).toBe("辽源市供热管理条例（修订草案）");
    expect(parseDraft("辽源市人民代表大会常务委员会关于修改《辽源市供热管理条例》的决定\n第一条　甲。").title).toBe(
      "辽源市人民代表大会常务委员会关于修改《辽源市供热管理条例》的决定",
    );
    const d = parseDraft("关于草案的说明\n第一条　甲。");
    expect(d.title).toBeNull();
    expect(d.preamble).toBe("关于草案的说明");
  });

  test("chapter heading alone on its line, title on the next; section headings", () => {
    const d = parseDraft(
      "第一章\n总　则\n第一条　甲。\n第二章　管理\n第一节　一般规定\n第二条　乙。\n第二节\n特别规定\n第三条　丙。",
    );
    expect(d.chapters).toEqual([
      { number: 1, title: "总则", sections: [] },
      {
        number: 2,
        title: "管理",
        sections: [
          { number: 1, title: "一般规定" },
          { number: 2, title: "特别规定" },
        ],
      },
    ]);
    expect(d.articles.map((a) => [a.chapter, a.section])).toEqual([
      [1, null],
      [2, 1],
      [2, 2],
    ]);
  });

  test("a 目录 with dot leaders and page numbers is preamble, chapters are not doubled", () => {
    const d = parseDraft(
      "某某条例\n目录\n第一章　总则……………1\n第二章　附则……………3\n第一章　总则\n第一条　甲。\n第二章　附则\n第二条　乙。",
    );
    expect(d.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, "总则"],
      [2, "附则"],
    ]);
    expect(d.preamble).toBe("目录\n第一章　总则……………1\n第二章　附则……………3");
    expect(d.warnings).toEqual([]);
  });
});

describe("parseDraft: warnings and nothing lost", () => {
  test("unparseable text is returned whole in the preamble", () => {
    const text = "关于《辽源市城市绿化条例（草案）》的说明\r\n\r\n一、立法的必要性\r\n　　为了……\r\n";
    const d = parseDraft(text);
    expect(d).toEqual({ title: null, preamble: text, chapters: [], articles: [], warnings: ["NO_ARTICLES"] });
    expect(parseDraft("")).toEqual({
      title: null,
      preamble: "",
      chapters: [],
      articles: [],
      warnings: ["NO_ARTICLES"],
    });
    const chaptersOnly = parseDraft("第一章　总则\n第二章　附则");
    expect(chaptersOnly.chapters).toEqual([]);
    expect(chaptersOnly.preamble).toBe("第一章　总则\n第二章　附则");
  });

  test("numbering gap, duplicate, order and start", () => {
    expect(parseDraft("第一条　甲。\n第二条　乙。\n第四条　丙。").warnings).toEqual(["NUMBERING_GAP:2->4"]);
    expect(parseDraft("第十二条　甲。\n第十四条　乙。").warnings).toEqual([
      "NUMBERING_START:12",
      "NUMBERING_GAP:12->14",
    ]);
    expect(parseDraft("第一条　甲。\n第二条　乙。\n第二条　丙。\n第三条　丁。").warnings).toEqual([
      "DUPLICATE_NUMBER:2",
    ]);
    expect(parseDraft("第一条　甲。\n第三条　乙。\n第二条　丙。").warnings).toEqual([
      "NUMBERING_GAP:1->3",
      "NUMBERING_ORDER:3->2",
    ]);
    expect(parseDraft("第一条　甲。\n第二条\n第三条　丙。").warnings).toEqual(["EMPTY_ARTICLE:2"]);
  });

  test("chapter and section numbering", () => {
    const d = parseDraft("第一章　甲\n第一条　甲。\n第三章　丙\n第二节　乙\n第二条　乙。\n第三章　丁\n第三条　丙。");
    expect(d.warnings).toEqual(["CHAPTER_GAP:1->3", "SECTION_GAP:3:0->2", "DUPLICATE_CHAPTER:3"]);
  });

  test("text between a heading and the next article is kept (preamble) and flagged", () => {
    const d = parseDraft("第一章　总则\n本章说明文字。\n第一条　甲。");
    expect(d.warnings).toEqual(["UNATTACHED_TEXT"]);
    expect(d.preamble).toBe("本章说明文字。");
    expect(d.articles[0]?.text).toBe("甲。");
  });

  test("articles before the first chapter of a chaptered draft", () => {
    const d = parseDraft("第一条　甲。\n第一章　总则\n第二条　乙。");
    expect(d.articles.map((a) => a.chapter)).toEqual([null, 1]);
    expect(d.warnings).toEqual(["ARTICLE_OUTSIDE_CHAPTER:1"]);
  });

  test("never throws on random strings; invariants hold", () => {
    let seed = 20240601;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    const pieces = [
      "第",
      "条",
      "章",
      "节",
      "之",
      "一",
      "二",
      "十",
      "百",
      "零",
      "两",
      "〇",
      "5",
      "１",
      "（",
      "）",
      "(",
      ")",
      "一）",
      "（一）",
      "1.",
      "、",
      "。",
      "，",
      "\n",
      "\r\n",
      "\r",
      "\u3000",
      " ",
      "\t",
      "\u0000",
      "\u0007",
      "\u001b",
      "\uFEFF",
      "\u200B",
      "\uD800",
      "\uDFFF",
      "😀",
      "辽源",
      "条例",
      "（草案）",
      "目录",
      "- 3 -",
      "第 3 页",
      "第五条",
      "第一章",
      "第二节",
      "第十条之一",
      "第一百零五条",
      "依照本条例第十二条",
      "\\",
      "$&",
      "$1",
      ".*",
      "[",
      "]",
    ];
    for (let i = 0; i < 500; i++) {
      let s = "";
      const len = Math.floor(rand() * 60);
      for (let j = 0; j < len; j++) {
        const piece = pieces[Math.floor(rand() * pieces.length)] ?? "";
        s += rand() < 0.6 ? piece : String.fromCharCode(Math.floor(rand() * 0x10000)); // any UTF-16 unit, even lone surrogates
      }
      let d: ParsedDraft | undefined;
      expect(() => (d = parseDraft(s))).not.toThrow();
      if (!d) continue;
      expect(d.warnings).not.toContain("PARSE_ERROR");
      if (d.articles.length === 0) {
        expect(d.warnings).toEqual(["NO_ARTICLES"]);
        expect(d.preamble).toBe(s);
      }
      for (const a of d.articles) {
        expect(a.text).toBe(a.clauses.map((c) => c.text).join("\n"));
        expect(Number.isInteger(a.number)).toBe(true);
      }
    }
    // Not even for non-strings smuggled past the types.
    expect(parseDraft(undefined as unknown as string).warnings).toEqual(["NO_ARTICLES"]);
    expect(parseDraft(42 as unknown as string).preamble).toBe("42");
  });
});
