import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  type ArticleChange,
  type TextDiffPart,
  carryIdentities,
  compareDrafts,
  diffText,
  matchArticles,
  similarity,
} from "@/lib/modules/legislation/draft-compare";
import { articleLabel, parseDraft, type ParsedArticle } from "@/lib/modules/legislation";

/** Articles from texts, numbered 第一条, 第二条 … in order. */
function articles(...texts: string[]): ParsedArticle[] {
  return parseDraft(texts.map((t, i) => `${articleLabel(i + 1)}\u3000${t}`).join("\n")).articles;
}

const before = (diff: TextDiffPart[]) =>
  diff
    .filter((p) => p.op !== "insert")
    .map((p) => p.text)
    .join("");
const after = (diff: TextDiffPart[]) =>
  diff
    .filter((p) => p.op !== "delete")
    .map((p) => p.text)
    .join("");
const summary = (changes: ArticleChange[]) =>
  changes.map((c) => {
    switch (c.kind) {
      case "added":
        return `+${c.to.label}`;
      case "removed":
        return `-${c.from.label}`;
      default:
        return `${c.kind}:${c.from.label}>${c.to.label}`;
    }
  });

const V1 = [
  "为了促进城市绿化事业发展，改善生态环境和人居环境，制定本条例。",
  "本市城市规划区内绿化的规划、建设、保护和管理，适用本条例。",
  "城市绿化工作应当坚持政府主导、社会参与、统一规划的原则。",
  "市城市绿化行政主管部门负责本市城市绿化工作的组织、协调、指导和监督。",
  "任何单位和个人不得擅自砍伐、移植城市树木。",
  "违反本条例第五条规定，擅自砍伐城市树木的，处树木价值三倍以上五倍以下罚款。",
  "本条例自公布之日起施行。",
];

describe("compareDrafts", () => {
  test("identical versions: all unchanged", () => {
    const a = articles(...V1);
    const changes = compareDrafts(a, articles(...V1));
    expect(changes.map((c) => c.kind)).toEqual(Array(7).fill("unchanged"));
  });

  test("re-spacing is not a change", () => {
    const b = articles(...V1.map((t) => t.replace("，", "，　")));
    expect(compareDrafts(articles(...V1), b).every((c) => c.kind === "unchanged")).toBe(true);
  });

  test("an inserted article shifts the numbers: later articles are renumbered, not changed", () => {
    const v2 = [
      ...V1.slice(0, 3),
      "市、县（区）人民政府应当将城市绿化建设和养护管理经费纳入本级财政预算。",
      ...V1.slice(3),
    ];
    const changes = compareDrafts(articles(...V1), articles(...v2));
    expect(summary(changes)).toEqual([
      "unchanged:第一条>第一条",
      "unchanged:第二条>第二条",
      "unchanged:第三条>第三条",
      "+第四条",
      "renumbered:第四条>第五条",
      "renumbered:第五条>第六条",
      "renumbered:第六条>第七条",
      "renumbered:第七条>第八条",
    ]);
  });

  test("a changed article carries a character diff that rebuilds both texts", () => {
    const v2 = [...V1];
    v2[3] = "市城市绿化行政主管部门负责本市城市绿化工作的统一组织、协调、指导和监督管理。";
    const changes = compareDrafts(articles(...V1), articles(...v2));
    expect(changes.map((c) => c.kind)).toEqual([
      "unchanged",
      "unchanged",
      "unchanged",
      "changed",
      "unchanged",
      "unchanged",
      "unchanged",
    ]);
    const c = changes[3];
    if (c?.kind !== "changed") throw new Error("expected a change");
    expect(c.renumbered).toBe(false);
    expect(c.similarity).toBeGreaterThanOrEqual(0.6);
    expect(c.similarity).toBeLessThan(1);
    expect(before(c.diff)).toBe(V1[3]);
    expect(after(c.diff)).toBe(v2[3]);
    expect(c.diff).toEqual([
      { op: "equal", text: "市城市绿化行政主管部门负责本市城市绿化工作的" },
      { op: "insert", text: "统一" },
      { op: "equal", text: "组织、协调、指导和监督" },
      { op: "insert", text: "管理" },
      { op: "equal", text: "。" },
    ]);
  });

  test("changed and renumbered: a cross-reference updated after an insertion", () => {
    const v2 = [
      ...V1.slice(0, 5),
      "禁止在城市绿地内倾倒垃圾。",
      "违反本条例第五条规定，擅自砍伐城市树木的，处树木价值三倍以上五倍以下罚款；情节严重的，处五倍以上十倍以下罚款。",
      V1[6] ?? "",
    ];
    const changes = compareDrafts(articles(...V1), articles(...v2));
    expect(summary(changes)).toEqual([
      "unchanged:第一条>第一条",
      "unchanged:第二条>第二条",
      "unchanged:第三条>第三条",
      "unchanged:第四条>第四条",
      "unchanged:第五条>第五条",
      "+第六条",
      "changed:第六条>第七条",
      "renumbered:第七条>第八条",
    ]);
    const c = changes[6];
    expect(c?.kind === "changed" && c.renumbered).toBe(true);
  });

  test("a removed article appears where it was", () => {
    const v2 = [...V1.slice(0, 2), ...V1.slice(3)];
    expect(summary(compareDrafts(articles(...V1), articles(...v2)))).toEqual([
      "unchanged:第一条>第一条",
      "unchanged:第二条>第二条",
      "-第三条",
      "renumbered:第四条>第三条",
      "renumbered:第五条>第四条",
      "renumbered:第六条>第五条",
      "renumbered:第七条>第六条",
    ]);
    // Removing the first article puts it first.
    expect(summary(compareDrafts(articles(...V1), articles(...V1.slice(1))))[0]).toBe("-第一条");
  });

  test("an added article at the end; a rewritten article is removed + added, not changed", () => {
    const v2 = [...V1, "本条例由市人民代表大会常务委员会负责解释。"];
    expect(summary(compareDrafts(articles(...V1), articles(...v2))).at(-1)).toBe("+第八条");

    const v3 = [...V1];
    v3[4] = "古树名木实行统一管理、分级保护，建立档案，设立保护标志。";
    expect(summary(compareDrafts(articles(...V1), articles(...v3))).slice(4, 6)).toEqual(["-第五条", "+第五条"]);
  });

  test("swapped articles are renumbered both ways", () => {
    const v2 = [V1[1] ?? "", V1[0] ?? "", ...V1.slice(2)];
    expect(summary(compareDrafts(articles(...V1), articles(...v2))).slice(0, 2)).toEqual([
      "renumbered:第二条>第一条",
      "renumbered:第一条>第二条",
    ]);
  });

  test("identical duplicate texts match in order, same number first", () => {
    const a = articles("删除。", "甲乙丙丁。", "删除。");
    expect(matchArticles(a, a).map((m) => [m.from, m.to])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  test("the greening draft, second reading: 1 inserted, 2 changed, 1 removed, the rest renumbered", () => {
    const text = readFileSync(path.join(import.meta.dirname, "../fixtures/drafts/liaoyuan-greening.txt"), "utf8");
    const v1 = parseDraft(text).articles;
    const texts = v1.map((a) => a.text);
    texts[24] = (texts[24] ?? "").replace("按照养护技术规范", "按照国家和本市的养护技术规范"); // 第二十四条
    texts[30] = (texts[30] ?? "").replace("处五十元以上二百元以下罚款。", "处一百元以上五百元以下罚款。"); // 第三十条
    texts.splice(29, 1); // 第二十九条
    texts.splice(6, 0, "市、县（区）人民政府应当加强城市绿化科学研究，推广先进技术。"); // new 第七条
    const v2 = articles(...texts); // renumbered 第一条 … 第三十六条

    const changes = compareDrafts(v1, v2);
    const count = (k: ArticleChange["kind"]) => changes.filter((c) => c.kind === k).length;
    expect([count("unchanged"), count("renumbered"), count("changed"), count("added"), count("removed")]).toEqual([
      6, 27, 2, 1, 1,
    ]);
    expect(changes).toHaveLength(v2.length + 1);
    expect(summary(changes).filter((s) => !s.startsWith("unchanged") && !s.startsWith("renumbered"))).toEqual([
      "+第七条",
      "changed:第二十四条>第二十六条",
      "-第二十九条",
      "changed:第三十条>第三十一条",
    ]);
    expect(summary(changes).slice(17, 20)).toEqual([
      "renumbered:第十七条>第十八条",
      "renumbered:第十七条之一>第十九条",
      "renumbered:第十八条>第二十条",
    ]);
  });
});

describe("diffText and similarity", () => {
  test("edge cases", () => {
    expect(diffText("", "")).toEqual([]);
    expect(diffText("甲", "甲")).toEqual([{ op: "equal", text: "甲" }]);
    expect(diffText("", "乙")).toEqual([{ op: "insert", text: "乙" }]);
    expect(diffText("甲", "")).toEqual([{ op: "delete", text: "甲" }]);
    expect(diffText("处二百元以上", "处五百元以上")).toEqual([
      { op: "equal", text: "处" },
      { op: "delete", text: "二" },
      { op: "insert", text: "五" },
      { op: "equal", text: "百元以上" },
    ]);
    expect(similarity("甲乙丙", "甲乙丙")).toBe(1);
    expect(similarity("甲乙", "丙丁")).toBe(0);
    expect(similarity("", "")).toBe(1);
  });

  test("random texts: the parts always rebuild both sides", () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    const alphabet = Array.from("的和市县区人民政府应当。，；😀a ");
    const char = () => alphabet[Math.floor(rand() * alphabet.length)];
    const text = (n: number) => Array.from({ length: Math.floor(rand() * n) }, char).join("");
    for (let i = 0; i < 300; i++) {
      const a = text(80);
      const b = rand() < 0.5 ? text(80) : a.slice(0, 20) + text(10) + a.slice(25);
      const d = diffText(a, b);
      expect(before(d)).toBe(a);
      expect(after(d)).toBe(b);
      for (let j = 1; j < d.length; j++) expect(d[j]?.op === "equal" && d[j - 1]?.op === "equal").toBe(false);
    }
  });

  test("long, very different texts fall back to one delete + insert, quickly", () => {
    const a = Array.from({ length: 6000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 5000))).join("");
    const b = Array.from({ length: 6000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 104729) % 4999))).join("");
    const t = performance.now();
    const d = diffText(a, b);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(before(d)).toBe(a);
    expect(after(d)).toBe(b);
  });
});

describe("carryIdentities", () => {
  test("identities survive insertion, renumbering, edits and removal across three versions", () => {
    let next = 0;
    const newId = () => `id${++next}`;

    const v1 = articles(...V1);
    const ids1 = carryIdentities([], v1, newId);
    expect(ids1).toEqual(["id1", "id2", "id3", "id4", "id5", "id6", "id7"]);

    // v2: a new 第四条; the old 第六条 (now 第七条) edited.
    const v2texts = [...V1.slice(0, 3), "市、县（区）人民政府应当将城市绿化经费纳入本级财政预算。", ...V1.slice(3)];
    v2texts[6] = "违反本条例第六条规定，擅自砍伐城市树木的，处树木价值三倍以上五倍以下罚款。";
    const v2 = articles(...v2texts);
    const ids2 = carryIdentities(
      v1.map((article, i) => ({ identity: ids1[i] ?? "", article })),
      v2,
      newId,
    );
    expect(ids2).toEqual(["id1", "id2", "id3", "id8", "id4", "id5", "id6", "id7"]);

    // v3: 第二条 removed, everything after moves up; the final article reworded.
    const v3texts = v2texts.filter((_, i) => i !== 1);
    v3texts[v3texts.length - 1] = "本条例自2024年1月1日起施行。";
    const v3 = articles(...v3texts);
    const ids3 = carryIdentities(
      v2.map((article, i) => ({ identity: ids2[i] ?? "", article })),
      v3,
      newId,
    );
    expect(ids3).toEqual(["id1", "id3", "id8", "id4", "id5", "id6", "id9"]);
    // "本条例自公布之日起施行。" → "本条例自2024年1月1日起施行。" is below the threshold: a new identity.
    expect(similarity("本条例自公布之日起施行。", "本条例自2024年1月1日起施行。")).toBeLessThan(0.6);
  });
});
