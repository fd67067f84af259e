// Chapter and section labels (第一章, 第一节) of a draft's stored chapters, as every public page shows them.
import { numberToChinese } from "./chinese-numerals";
import type { ParsedChapter } from "./draft-parser";
import type { PublicChapter } from "./public-api";

const chapterLabel = (n: number) => `第${numberToChinese(n)}章`;
const sectionLabel = (n: number) => `第${numberToChinese(n)}节`;

/** A draft version's stored chapters (JSON) with their labels (第一章, 第一节), as every public page shows them. */
export function publicChapters(stored: unknown): PublicChapter[] {
  const chapters: ParsedChapter[] = Array.isArray(stored) ? stored : [];
  return chapters.map((c) => ({
    number: c.number,
    label: chapterLabel(c.number),
    title: c.title,
    sections: (c.sections ?? []).map((s) => ({ number: s.number, label: sectionLabel(s.number), title: s.title })),
  }));
}
