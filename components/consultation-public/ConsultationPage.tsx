// One consultation: what it is about, the drafting explanation, its window, then the draft to comment on, article by
// article. Served by the Pages Router with its runtime switched off (pages/[tenant]/consultations/[id].tsx): the
// HTML is complete without script, and one small inline script (page-script.ts) is all the JavaScript a phone gets.
// Synchronous next-intl hooks only, so the shell and the pieces it shares with the App Router's pages render here.
import { useFormatter, useTranslations } from "next-intl";
import { ScriptLanguageSwitch } from "@/components/common/LanguageButton";
import { BackLink } from "@/components/legislation-public/BackLink";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { linkClasses } from "@/components/legislation-public/format";
import { Alert, buttonClasses, PageHeader } from "@/components/ui";
import type { PublicConsultation } from "@/lib/modules/consultation/client";
import { ConsultationDraft } from "./ConsultationDraft";
import { ConsultationFacts } from "./ConsultationFacts";
import { OpinionSlot, type CommentContext } from "./OpinionSlot";
import { OpinionTemplates } from "./OpinionTemplates";
import { pageScriptSource, type PageScriptConfig } from "./page-script";

type Props = {
  tenant: { slug: string; fullName: string };
  consultation: PublicConsultation;
  /** The city requires sign-in to comment and the visitor is not signed in. */
  mustSignIn: boolean;
  /** Where comment forms open; null when none is offered. */
  comments: CommentContext | null;
};

export function ConsultationPage({ tenant, consultation: c, mustSignIn, comments }: Props) {
  const t = useTranslations("consultationPublic");
  const format = useFormatter();
  const here = `/${tenant.slug}/consultations/${c.id}`;
  const when = (d: Date) => format.dateTime(d, "dateTime");
  const script: PageScriptConfig = {};
  if (comments) {
    script.form = {
      api: `/api/v1/${tenant.slug}/consultations/${c.id}/opinions`,
      max: comments.max,
      text: {
        counter: t("form.counter", { count: "{count}", max: comments.max }),
        required: t("form.required"),
        tooLong: t("form.tooLong", { max: comments.max }),
        fixErrors: t("form.fixErrors"),
        network: t("form.network"),
        submitting: t("form.submitting"),
        copied: t("form.copied"),
      },
    };
  }
  return (
    <PublicShell tenant={tenant} active="consultations" languageSwitch={<ScriptLanguageSwitch tone="light" />}>
      <BackLink href={`/${tenant.slug}/consultations`}>{t("detail.back")}</BackLink>
      <PageHeader title={c.title} />
      <div className="max-w-3xl space-y-6">
        <div className="-mt-3">
          <ConsultationFacts
            startsAt={c.startsAt}
            endsAt={c.endsAt}
            state={c.state}
            opinionCount={c.opinionCount}
            peopleCount={c.peopleCount}
          />
        </div>
        {c.introduction.trim() !== "" && (
          <section aria-labelledby="intro" className="space-y-2">
            <h2 id="intro" className="text-lg font-semibold text-gray-900">
              {t("detail.introduction")}
            </h2>
            <p className="whitespace-pre-line leading-7 text-gray-800">{c.introduction}</p>
          </section>
        )}
        {c.explanation.trim() !== "" && (
          <details className="rounded-lg border border-gray-200 bg-white px-4 py-2">
            <summary className="min-h-11 cursor-pointer py-2 font-semibold text-gray-900">
              {t("detail.explanation")}
            </summary>
            <div className="whitespace-pre-line pb-3 leading-7 text-gray-800">{c.explanation}</div>
          </details>
        )}
        {c.state === "SCHEDULED" && <Alert tone="info">{t("detail.scheduled", { date: when(c.startsAt) })}</Alert>}
        {c.state === "CLOSED" && <Alert tone="info">{t("detail.closed", { date: when(c.endsAt) })}</Alert>}
        {c.state === "PUBLISHED" && c.dispositionsPublishedAt && (
          <Alert tone="info">
            <p>{t("detail.published", { date: format.dateTime(c.dispositionsPublishedAt, "date") })}</p>
            <p className="mt-2">
              <a href={`${here}/summary`} className={linkClasses}>
                {t("viewSummary")}
              </a>
            </p>
          </Alert>
        )}
        {c.state === "OPEN" && !c.publicChannel && <Alert tone="info">{t("detail.notPublic")}</Alert>}
        {mustSignIn && (
          <Alert tone="info" title={t("detail.signInTitle")}>
            <p>{t("detail.signInBody")}</p>
            <p className="mt-3">
              <a href={`/${tenant.slug}/login?from=${encodeURIComponent(here)}`} className={buttonClasses("primary")}>
                {t("detail.signIn")}
              </a>
            </p>
          </Alert>
        )}
        {comments && (
          <div className="space-y-2">
            <p className="text-sm text-gray-700">{t("detail.howTo")}</p>
            <OpinionSlot ctx={comments} article={null} />
          </div>
        )}
        <ConsultationDraft consultation={c} comments={comments} />
      </div>
      {comments && <OpinionTemplates ctx={comments} />}
      <script dangerouslySetInnerHTML={{ __html: pageScriptSource(script) }} />
    </PublicShell>
  );
}
