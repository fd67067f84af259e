import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { PublicArticle, PublicChapter, PublicDraft } from "@/lib/modules/legislation/client";
import { linkClasses } from "./format";

/** The paragraphs of one 款: its lead line, then its 项 lines (they keep their （一）（二） marks). */
function clauseLines(a: PublicArticle): string[][] {
  const clauses = a.clauses.length > 0 ? a.clauses.map((c) => c.text) : [a.text];
  const lines = clauses.map((c) => c.split("\n").filter((l) => l.trim() !== ""));
  // An empty article (the parser warns about it) still shows its label.
  return lines.length > 0 && lines[0]!.length > 0 ? lines : [[""], ...lines.slice(1)];
}

// 第一章 + U+3000 + 总则: the ideographic space drafts put between a heading's number and its title.
const headingText = (h: { label: string; title: string }) => (h.title ? `${h.label}\u3000${h.title}` : h.label);

function Article({ a }: { a: PublicArticle }) {
  const t = useTranslations("legislationPublic.draft");
  const clauses = clauseLines(a);
  return (
    <article
      id={`article-${a.ordinal}`}
      aria-label={a.label}
      className="scroll-mt-4 rounded-md leading-8 text-gray-900 target:bg-amber-50 target:outline-2 target:outline-offset-4 target:outline-amber-300"
    >
      {clauses.map((lines, i) => (
        <div key={i} className={i > 0 ? "mt-1" : undefined}>
          {lines.map((line, j) => (
            <p key={j} className={j === 0 ? "indent-8" : "ps-8"}>
              {i === 0 && j === 0 && (
                // The label links to its own anchor: tapping it puts the article's address in the bar, to share.
                <a
                  href={`#article-${a.ordinal}`}
                  aria-label={t("articleLink", { label: a.label })}
                  className="me-2 font-bold text-brand-700 underline decoration-brand-100 decoration-2 underline-offset-4 hover:decoration-brand-700"
                >
                  {a.label}
                </a>
              )}
              {line}
            </p>
          ))}
        </div>
      ))}
    </article>
  );
}

type Outlined = { id: string; chapter: number | null; section: number | null };

/**
 * The articles, each rendered by `render`, with a heading wherever a chapter (h`level`, anchored #chapter-N) or
 * a section (one level below) begins: the page's outline is the draft's own 章/节. Shared by the draft page and
 * the consultation page, which nest it at different depths.
 */
export function withDraftHeadings<A extends Outlined>(
  articles: A[],
  chapters: PublicChapter[],
  level: 2 | 3,
  render: (a: A) => ReactNode,
): ReactNode[] {
  const chapterOf = new Map(chapters.map((c) => [c.number, c]));
  const [ChapterHeading, SectionHeading] = level === 2 ? (["h2", "h3"] as const) : (["h3", "h4"] as const);
  const body: ReactNode[] = [];
  let chapter: number | null = null;
  let section: number | null = null;
  for (const a of articles) {
    const c = a.chapter !== null && a.chapter !== chapter ? chapterOf.get(a.chapter) : undefined;
    if (c) {
      body.push(
        <ChapterHeading
          key={`c-${a.id}`}
          id={`chapter-${c.number}`}
          className="scroll-mt-4 pt-4 text-center text-lg font-bold text-gray-900"
        >
          {headingText(c)}
        </ChapterHeading>,
      );
    }
    if (a.chapter !== chapter) section = null;
    chapter = a.chapter;
    const s =
      a.section !== null && a.section !== section
        ? chapterOf.get(a.chapter ?? -1)?.sections.find((x) => x.number === a.section)
        : undefined;
    if (s) {
      // A section outside any chapter (the parser warns about it) still keeps the heading levels in order.
      const Heading = a.chapter === null ? ChapterHeading : SectionHeading;
      body.push(
        <Heading key={`s-${a.id}`} className="pt-2 text-center text-base font-bold text-gray-900">
          {headingText(s)}
        </Heading>,
      );
    }
    section = a.section;
    body.push(render(a));
  }
  return body;
}

/**
 * The draft as it is read: preamble, a table of contents when it has chapters, then the articles with a heading
 * wherever a chapter (h2) or section (h3) begins, so the page's outline is the draft's own 章/节.
 */
export function DraftText({ draft }: { draft: PublicDraft }) {
  const t = useTranslations("legislationPublic.draft");
  const firstOfChapter = new Map<number, number>();
  for (const a of draft.articles)
    if (a.chapter !== null && !firstOfChapter.has(a.chapter)) firstOfChapter.set(a.chapter, a.ordinal);
  const body = withDraftHeadings(draft.articles, draft.chapters, 2, (a) => <Article key={a.id} a={a} />);
  const whole = draft.articles.length === 0;
  return (
    <div className="max-w-3xl space-y-4 text-base md:text-lg">
      {draft.chapters.length > 1 && (
        <details className="rounded-lg border border-gray-200 bg-white px-4 py-2">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t("toc")}</summary>
          <ol className="space-y-1 pb-2">
            {draft.chapters.map((c) => (
              <li key={c.number}>
                {firstOfChapter.has(c.number) ? (
                  <a href={`#chapter-${c.number}`} className={`${linkClasses} inline-flex min-h-11 items-center`}>
                    {headingText(c)}
                  </a>
                ) : (
                  <span>{headingText(c)}</span>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
      {draft.preamble.trim() !== "" && (
        <section
          aria-label={whole ? t("wholeText") : t("preamble")}
          className="whitespace-pre-line leading-8 text-gray-800"
        >
          {draft.preamble}
        </section>
      )}
      {!whole && <div className="space-y-3 rounded-lg border border-gray-200 bg-white px-4 py-5 md:px-8">{body}</div>}
    </div>
  );
}
