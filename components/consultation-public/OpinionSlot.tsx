// Where a comment form can open: under each article, and once for the draft as a whole. Without script, the
// 对本条提意见 button submits a tiny GET form (?comment=<article>), and the server renders the page with that one form
// open (or, after a post, its receipt). With script (page-script.ts), the same button opens a copy of the form's
// <template> in place, without a round trip, as many as the reader wants.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import type { OpenComment } from "@/lib/modules/consultation/client";
import { OpinionForm } from "./OpinionForm";
import { OpinionReceipt } from "./OpinionReceipt";

export type CommentContext = {
  tenantSlug: string;
  /** The page's path, which the forms post to. */
  here: string;
  districts: { id: string; name: string }[];
  max: number;
  /** What the server shows open, from the URL (?comment=…&receipt=…) or a post without script. */
  open: OpenComment | null;
};

/** Id of the hidden GET form every 对本条提意见 button submits without script. */
export const OPEN_FORM = "opinion-open";
/** The anchor of the form shown by the server, so the browser scrolls to it. */
export const SHOWN = "opinion-form";
export const sectionClasses = "mt-2 rounded-lg border-2 border-brand-100 bg-white p-4 md:p-5";

export function OpinionSlot({
  ctx,
  article,
}: {
  ctx: CommentContext;
  article: { id: string; label: string; anchor: string } | null;
}) {
  const t = useTranslations("consultationPublic.form");
  const target = article?.id ?? "whole";
  const back = `${ctx.here}#${article?.anchor ?? "comment-whole"}`;
  const state = ctx.open?.target === target ? ctx.open : null;
  return (
    <div className="mt-2" id={article ? undefined : "comment-whole"} data-opinion-slot>
      <Button
        type="submit"
        form={OPEN_FORM}
        name="comment"
        value={target}
        hidden={state !== null}
        variant={article ? "ghost" : "primary"}
        size={article ? "sm" : "md"}
        className={article ? "-ms-3" : undefined}
        aria-expanded={false}
        data-opinion-open
        data-title={article ? t("titleArticle", { label: article.label }) : t("titleWhole")}
        data-describedby={article?.anchor}
      >
        {article ? t("commentArticle") : t("commentWhole")}
        {article && <span className="sr-only">{`（${article.label}）`}</span>}
      </Button>
      {state && (
        <section
          id={SHOWN}
          aria-labelledby="opinion-title"
          aria-describedby={article?.anchor}
          className={`${sectionClasses} scroll-mt-4`}
          data-opinion-section
        >
          {state.kind === "receipt" ? (
            <OpinionReceipt
              idPrefix="opinion"
              tenantSlug={ctx.tenantSlug}
              code={state.code}
              anotherHref={`${ctx.here}?comment=${target}#${SHOWN}`}
              closeHref={back}
            />
          ) : (
            <OpinionForm
              idPrefix="opinion"
              article={article}
              districts={ctx.districts}
              max={ctx.max}
              action={`${ctx.here}#${SHOWN}`}
              cancelHref={back}
              idempotencyKey={state.key}
              values={state.values}
              error={state.error}
            />
          )}
        </section>
      )}
    </div>
  );
}
