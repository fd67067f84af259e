import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { numberToChinese } from "@/lib/modules/legislation/client";
import type { ParsedChapter } from "@/lib/modules/legislation/client";
import { ArticleBody } from "./ArticleBody";

type Article = {
  id: string;
  label: string;
  chapter: number | null;
  section: number | null;
  text: string;
  clauses: unknown;
};

/**
 * A draft version's articles in order, with a heading wherever a chapter (h2) or a section (h3) begins, so the
 * outline of the page is the 章/节 structure of the draft itself. Articles ahead of the first chapter come first, unheaded.
 */
export function DraftArticles({ chapters, articles }: { chapters: ParsedChapter[]; articles: Article[] }) {
  const t = useTranslations("legislation.draftView");
  const out: ReactNode[] = [];
  let chapter: number | null = null;
  let section: number | null = null;
  for (const a of articles) {
    if (a.chapter !== null && a.chapter !== chapter) {
      const c = chapters.find((x) => x.number === a.chapter);
      out.push(
        <h2 key={`c${a.chapter}-${a.id}`} className="pt-4 text-center text-lg font-semibold text-gray-900">
          {t("chapterHeading", { cn: numberToChinese(a.chapter), n: a.chapter, title: c?.title ?? "" })}
        </h2>,
      );
      section = null;
    }
    chapter = a.chapter;
    if (a.section !== null && a.section !== section) {
      const s = chapters.find((x) => x.number === a.chapter)?.sections.find((x) => x.number === a.section);
      // A section outside any chapter (the parser warns about it) still keeps the heading levels in order.
      const Heading = a.chapter === null ? "h2" : "h3";
      out.push(
        <Heading key={`s${a.section}-${a.id}`} className="pt-2 text-center text-base font-semibold text-gray-900">
          {t("sectionHeading", { cn: numberToChinese(a.section), n: a.section, title: s?.title ?? "" })}
        </Heading>,
      );
    }
    section = a.section;
    out.push(
      <div key={a.id} id={`article-${a.id}`}>
        <ArticleBody label={a.label} text={a.text} clauses={a.clauses} />
      </div>,
    );
  }
  return <div className="max-w-3xl space-y-4">{out}</div>;
}
