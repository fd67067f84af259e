import { useTranslations } from "next-intl";
import { ArticleBody } from "@/components/legislation/ArticleBody";
import { withDraftHeadings } from "@/components/legislation-public/DraftText";
import type { PublicConsultation } from "@/lib/modules/consultation/client";
import { OpinionSlot, type CommentContext } from "./OpinionSlot";

type Props = {
  consultation: Pick<PublicConsultation, "draft">;
  /** Where comment forms open; null when no form is offered (closed, upcoming, sign-in required …). */
  comments: CommentContext | null;
};

/**
 * The draft under consultation, article by article, with a heading wherever a chapter (h3) or section (h4) begins.
 * Every article is an anchor (#article-<ordinal>, as on the draft's own page) and, while comments are taken, has its own comment action: the
 * form opens right under the article's text, so the reader sees what they comment on.
 */
export function ConsultationDraft({ consultation: c, comments }: Props) {
  const t = useTranslations("consultationPublic.detail");
  const body = withDraftHeadings(c.draft.articles, c.draft.chapters, 3, (a) => {
    const anchor = `article-${a.ordinal}`;
    return (
      <article key={a.id} aria-label={a.label} className="border-b border-gray-100 pb-3 last:border-b-0">
        <div
          id={anchor}
          className="scroll-mt-4 rounded-md target:bg-amber-50 target:outline-2 target:outline-offset-4 target:outline-amber-300"
        >
          <ArticleBody label={a.label} text={a.text} clauses={a.clauses} />
        </div>
        {comments && <OpinionSlot ctx={comments} article={{ id: a.id, label: a.label, anchor }} />}
      </article>
    );
  });
  return (
    <section aria-labelledby="draft-title" className="space-y-3">
      <h2 id="draft-title" className="text-lg font-semibold text-gray-900">
        {t("draftTitle")}
      </h2>
      <div className="space-y-4 rounded-lg border border-gray-200 bg-white px-4 py-5 text-base md:px-8 md:text-lg">
        <p className="text-center text-lg font-bold text-gray-900">{c.draft.title}</p>
        {c.draft.preamble.trim() !== "" && (
          <div aria-label={t("preamble")} role="group" className="whitespace-pre-line leading-8 text-gray-800">
            {c.draft.preamble}
          </div>
        )}
        {body}
      </div>
    </section>
  );
}
