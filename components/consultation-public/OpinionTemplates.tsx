// Once per draft page that takes comments: the GET form the 对本条提意见 buttons submit without script, and the
// <template>s of the form and the receipt that the page's script (page-script.ts) clones. A template's content is
// not part of the document, so it is handed to React as markup: `next dev` hydrates the page (production ships no
// React), and React cannot hydrate a template's children.
import { NextIntlClientProvider, useLocale, useMessages, useNow, useTimeZone } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { OpinionForm } from "./OpinionForm";
import { OpinionReceipt } from "./OpinionReceipt";
import { OPEN_FORM, SHOWN, sectionClasses, type CommentContext } from "./OpinionSlot";

export function OpinionTemplates({ ctx }: { ctx: CommentContext }) {
  const markup = useMarkup();
  return (
    <>
      <form id={OPEN_FORM} method="get" action={`${ctx.here}#${SHOWN}`} hidden />
      <template
        id="opinion-form-template"
        dangerouslySetInnerHTML={{
          __html: markup(
            <section aria-labelledby="__OF__-title" className={sectionClasses} data-opinion-section>
              <OpinionForm
                idPrefix="__OF__"
                article={null}
                districts={ctx.districts}
                max={ctx.max}
                action={`${ctx.here}#${SHOWN}`}
                cancelHref={ctx.here}
                idempotencyKey=""
              />
            </section>,
          ),
        }}
      />
      <template
        id="opinion-receipt-template"
        dangerouslySetInnerHTML={{
          __html: markup(
            <OpinionReceipt
              idPrefix="__OF__"
              tenantSlug={ctx.tenantSlug}
              code="__CODE__"
              anotherHref={ctx.here}
              closeHref={ctx.here}
            />,
          ),
        }}
      />
    </>
  );
}

/** Static markup of an element, with the page's next-intl settings. */
function useMarkup(): (node: ReactNode) => string {
  const locale = useLocale();
  const messages = useMessages();
  const timeZone = useTimeZone();
  const now = useNow();
  return (node) =>
    renderToStaticMarkup(
      <NextIntlClientProvider locale={locale} messages={messages} timeZone={timeZone} now={now}>
        {node}
      </NextIntlClientProvider>,
    );
}
