import { strToU8, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { docxToText } from "@/lib/modules/legislation";
import { parseDraft } from "@/lib/modules/legislation";

/** A minimal .docx: only word/document.xml matters to the extractor (as to Word's own text export). */
function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs
    .map(
      (p) =>
        `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`,
    )
    .join("");
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:p/></w:body></w:document>`;
  return zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8(xml) });
}

describe("docxToText", () => {
  test("one line per paragraph, entities decoded, runs joined, tabs kept", () => {
    const bytes = zipSync({
      "word/document.xml": strToU8(
        `<w:document><w:body><w:p><w:r><w:t>第一条</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>为了 &lt;保护&gt; &amp; 利用</w:t></w:r></w:p><w:p><w:r><w:t>第二条\u3000本条例</w:t></w:r></w:p></w:body></w:document>`,
      ),
    });
    expect(docxToText(bytes)).toBe("第一条\t为了 <保护> & 利用\n第二条\u3000本条例");
  });

  test("a Word draft parses into its articles like the same pasted text", () => {
    const lines = [
      "辽源市城市绿化条例（草案）",
      "第一章　总　则",
      "第一条　为了促进城市绿化事业发展，制定本条例。",
      "第二条　本条例适用于本市城市规划区。",
      "第二章　附　则",
      "第三条　本条例自公布之日起施行。",
    ];
    const parsed = parseDraft(docxToText(docx(lines)));
    expect(parsed.title).toBe("辽源市城市绿化条例（草案）");
    expect(parsed.chapters.map((c) => c.number)).toEqual([1, 2]);
    expect(parsed.articles.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(parsed.articles[1]!.text).toBe("本条例适用于本市城市规划区。");
  });

  test("bytes that are not a Word document are refused (the action answers that as bad input)", () => {
    expect(() => docxToText(strToU8("plain text, not a zip"))).toThrow();
    expect(() => docxToText(zipSync({ "other.xml": strToU8("<x/>") }))).toThrow(/word\/document\.xml/);
  });
});
