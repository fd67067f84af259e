// Text pasted from a PDF: hard-wrapped mid-sentence, page numbers between the pages, headings as web copies carry
// them. The parser joins a line to the next unless the line ends a sentence or the next opens a 条, 章, 节 or 项.
import { describe, expect, test } from "vitest";
import { parseDraft, unwrapDraftText, type ParsedDraft } from "@/lib/modules/legislation/draft-parser";

const clauseCounts = (d: ParsedDraft) => d.articles.map((a) => a.clauses.length);

/** Four one-款 articles as a government site's PDF prints them: 24 characters a line, a page break in 第三条. */
const WRAPPED = [
  "辽源市城市绿化条例",
  "（2019年8月29日辽源市第九届人民代表大会常务委员",
  "会第二十次会议通过）",
  "第一章 总则",
  "第一条 为了促进城市绿化事业的发展，改善生态环境和",
  "人居环境，建设宜居城市，根据《城市绿化条例》等有关法",
  "律、法规，结合本市实际，制定本条例。",
  "第二条 本条例适用于本市城市规划区内的城市绿化规划、",
  "建设、保护和管理活动。",
  "第三条 城市绿化工作应当坚持政府主导、社会参与、统筹",
  "— 1 —",
  "规划、因地制宜、建管并重的原则，实行属地管理与行业",
  "管理相结合的管理体制。",
  "第四条 市、县（市）人民政府应当将城市绿化纳入国民经",
  "济和社会发展规划，所需经费列入本级财政预算。",
].join("\n");

describe("hard-wrapped lines", () => {
  test("four one-款 articles come out with one 款 each, page number dropped", () => {
    const d = parseDraft(WRAPPED);
    expect(d.articles.map((a) => a.label)).toEqual(["第一条", "第二条", "第三条", "第四条"]);
    expect(clauseCounts(d)).toEqual([1, 1, 1, 1]);
    expect(d.articles[0]?.text).toBe(
      "为了促进城市绿化事业的发展，改善生态环境和人居环境，建设宜居城市，根据《城市绿化条例》等有关法律、法规，结合本市实际，制定本条例。",
    );
    expect(d.articles[2]?.text).toBe(
      "城市绿化工作应当坚持政府主导、社会参与、统筹规划、因地制宜、建管并重的原则，实行属地管理与行业管理相结合的管理体制。",
    );
    expect(d.title).toBe("辽源市城市绿化条例");
    expect(d.preamble).toBe("（2019年8月29日辽源市第九届人民代表大会常务委员会第二十次会议通过）");
    expect(d.chapters).toEqual([{ number: 1, title: "总则", sections: [] }]);
    expect(d.warnings).toEqual([]);
  });

  test("a 款 opens after a sentence end; a 项 list stays one 项 a line, wrapped 项 joined", () => {
    const d = parseDraft(
      [
        "第十条 任何单位和个人不得有下列损坏城市绿化的行",
        "为：",
        "（一）在绿地内倾倒垃圾、堆放物料，或者擅自设置",
        "广告牌；",
        "（二）攀折、刻划树木；",
        "（三）其他损坏城市绿化的行为。",
        "违反前款规定的，由城市绿化主管部门责令改正，可",
        "以处五百元以上二千元以下罚款。",
        "第十一条 绿化方案应当包括下列内容：",
        "1. 绿地面积和",
        "布局；",
        "2、树种选择。",
      ].join("\n"),
    );
    const [ten, eleven] = d.articles;
    expect(ten?.clauses.map((c) => c.items.length)).toEqual([3, 0]);
    expect(ten?.clauses[0]?.items.map((i) => i.text)).toEqual([
      "在绿地内倾倒垃圾、堆放物料，或者擅自设置广告牌；",
      "攀折、刻划树木；",
      "其他损坏城市绿化的行为。",
    ]);
    expect(ten?.clauses[1]?.text).toBe("违反前款规定的，由城市绿化主管部门责令改正，可以处五百元以上二千元以下罚款。");
    expect(eleven?.clauses[0]?.items.map((i) => i.text)).toEqual(["绿地面积和布局；", "树种选择。"]);
  });

  test("a sentence end with a closing quote or bracket ends the line; a wrapped closing quote joins back", () => {
    const d = parseDraft(
      [
        "第一条 本条例所称绿地，是指“公园绿地。”",
        "本条例所称绿线，是指城市各类绿地范围的控制线（含",
        "附属绿地。）",
        "前款所称附属绿地，是指“单位内的绿地。",
        "”",
        "第二条 乙。",
      ].join("\n"),
    );
    expect(d.articles[0]?.clauses.map((c) => c.text)).toEqual([
      "本条例所称绿地，是指“公园绿地。”",
      "本条例所称绿线，是指城市各类绿地范围的控制线（含附属绿地。）",
      "前款所称附属绿地，是指“单位内的绿地。”",
    ]);
  });

  test("a wrapped reference to another article is no article; a label alone keeps its text on the next line", () => {
    const d = parseDraft(
      ["第一条 违反本条例", "第十二条规定的，依法处理。", "第二条", "本条例自公布之日起施行。"].join("\n"),
    );
    expect(d.articles.map((a) => [a.label, a.text])).toEqual([
      ["第一条", "违反本条例第十二条规定的，依法处理。"],
      ["第二条", "本条例自公布之日起施行。"],
    ]);
  });

  test("blank lines always separate", () => {
    const d = parseDraft(["第一条 城市绿化", "", "实行统一管理"].join("\n"));
    expect(d.articles[0]?.clauses.map((c) => c.text)).toEqual(["城市绿化", "实行统一管理"]);
  });

  test("page numbers and page footers between the lines are dropped, and the lines around them join", () => {
    for (const footer of ["— 2 —", "- 2 -", "第 2 页", "第2页 共5页", "2", "2/5"]) {
      const d = parseDraft(["第一条 城市绿化实行", footer, "统一管理。"].join("\n"));
      expect(d.articles[0]?.text, footer).toBe("城市绿化实行统一管理。");
    }
  });

  test("Latin words keep a space; Chinese joins with none", () => {
    expect(unwrapDraftText("第一条 数据以 Open\nData 格式和\nPDF 文件公开，\n不少于 30\n日。")).toBe(
      "第一条 数据以 Open Data 格式和PDF 文件公开，不少于 30日。",
    );
  });

  test("the title, its （草案） and the note under it stay apart", () => {
    const d = parseDraft(
      ["辽源市物业管理条例", "（草案）", "（征求意见稿）", "第一条 为了规范物业管理活动，", "制定本条例。"].join("\n"),
    );
    expect(d.title).toBe("辽源市物业管理条例（草案）");
    expect(d.preamble).toBe("（征求意见稿）");
    expect(d.articles[0]?.text).toBe("为了规范物业管理活动，制定本条例。");
  });

  test("a chapter heading never takes the next line; its title alone on the next line is still its title", () => {
    const d = parseDraft(["第一章", "总 则", "第一条 甲。", "第二章 绿化规划", "第二条 乙。"].join("\n"));
    expect(d.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, "总则"],
      [2, "绿化规划"],
    ]);
    expect(d.warnings).toEqual([]);
  });
});

describe("headings as web copies carry them", () => {
  test("【总则】第一章 总则 and 【第二章 规划】 are chapters", () => {
    const d = parseDraft(
      ["【总则】第一章 总则", "第一条 甲。", "【第二章 规划与建设】", "【第一节 规划】", "第二条 乙。"].join("\n"),
    );
    expect(d.chapters).toEqual([
      { number: 1, title: "总则", sections: [] },
      { number: 2, title: "规划与建设", sections: [{ number: 1, title: "规划" }] },
    ]);
    expect(d.articles.map((a) => [a.label, a.chapter, a.section])).toEqual([
      ["第一条", 1, null],
      ["第二条", 2, 1],
    ]);
    expect(d.warnings).toEqual([]);
  });

  test("bare 总 则 / 附 则 in a draft without 第X章 are chapters in order, with a warning to check", () => {
    const d = parseDraft(
      [
        "辽源市城市绿化条例",
        "总 则",
        "第一条 为了促进城市绿化事业的发展，",
        "制定本条例。",
        "规划与建设",
        "第二条 乙。",
        "附\u3000则",
        "第三条 本条例自2020年1月1日起施行。",
      ].join("\n"),
    );
    expect(d.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, "总则"],
      [2, "附则"],
    ]);
    expect(d.articles.map((a) => [a.label, a.chapter])).toEqual([
      ["第一条", 1],
      ["第二条", 1],
      ["第三条", 2],
    ]);
    // "规划与建设", not spaced out, is an ordinary line: a 款 of 第一条.
    expect(d.articles[0]?.clauses.map((c) => c.text)).toEqual([
      "为了促进城市绿化事业的发展，制定本条例。",
      "规划与建设",
    ]);
    expect(d.warnings).toEqual(["HEADINGS_NUMBERED:2"]);
  });

  test("a 目录 of bare headings is recognised as one", () => {
    const d = parseDraft(["目 录", "总 则", "附 则", "总 则", "第一条 甲。", "附 则", "第二条 乙。"].join("\n"));
    expect(d.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, "总则"],
      [2, "附则"],
    ]);
    expect(d.preamble).toBe(["目录", "第一章总则", "第二章附则"].join("\n"));
    expect(d.articles.map((a) => a.chapter)).toEqual([1, 2]);
  });

  test("a bare heading in a draft with 第X章 is not made article text: set aside and reported", () => {
    const d = parseDraft(["第一章 总则", "第一条 甲。", "附 则", "第二条 乙。"].join("\n"));
    expect(d.articles.map((a) => a.text)).toEqual(["甲。", "乙。"]);
    expect(d.preamble).toBe("附则");
    expect(d.warnings).toEqual(["BARE_HEADING:附则"]);
  });

  test("a spaced-out title is the title, not a heading", () => {
    const d = parseDraft(["物 业 管 理 条 例", "第一条 甲。"].join("\n"));
    expect(d.title).toBe("物业管理条例");
    expect(d.chapters).toEqual([]);
    expect(d.warnings).toEqual([]);
  });
});
