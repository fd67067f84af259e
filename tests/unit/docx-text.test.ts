import { strToU8, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { docxToText } from "@/lib/modules/legislation";
import { DOCX_MAX_XML_BYTES } from "@/lib/modules/legislation/docx-text";
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

describe("docxToText on hostile documents", () => {
  test("paragraphs opened and never closed cost one pass, not quadratic time (a few KB of zip, megabytes of XML)", () => {
    const xml = `<w:document><w:body>${"<w:p >".repeat(1_000_000)}<w:r><w:t>第一条</w:t></w:r></w:body></w:document>`;
    const bytes = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8(xml) });
    expect(bytes.length).toBeLessThan(64 * 1024);
    const started = performance.now();
    const text = docxToText(bytes);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(text.endsWith("第一条")).toBe(true);
  });

  test("a document.xml beyond the size a draft has is refused before it is inflated", () => {
    const xml = `<w:document><w:body><w:p><w:r><w:t>${"条".repeat(DOCX_MAX_XML_BYTES / 2)}</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = zipSync({ "word/document.xml": strToU8(xml) });
    expect(() => docxToText(bytes)).toThrow(/too large/);
  });

  test("tab stops and page breaks with attributes are not text", () => {
    const xml = `<w:document><w:body><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>第一条</w:t><w:br w:type="page"/><w:t>正文</w:t></w:r></w:p></w:body></w:document>`;
    expect(docxToText(zipSync({ "word/document.xml": strToU8(xml) }))).toBe("第一条正文");
  });
});
