import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui";
import type { PublicSummary, SummaryArticle } from "@/lib/modules/consultation/client";

/** The published 意见采纳情况: totals, then article by article the opinions, how they were disposed and why. */
export function DispositionSummary({ summary: s }: { summary: PublicSummary }) {
  const t = useTranslations("consultationPublic.summary");
  const terms = useTranslations("consultationTerms");
  if (s.opinionCount === 0) return <p className="text-gray-800">{t("none")}</p>;
  return (
    <div className="space-y-8">
      <section aria-labelledby="totals" className="space-y-3">
        <h2 id="totals" className="text-lg font-semibold text-gray-900">
          {t("totals")}
        </h2>
        <p className="text-gray-800">{t("overview", { people: s.peopleCount, opinions: s.opinionCount })}</p>
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-5">
          {s.totals.map((x) => (
            <li key={x.disposition} className="rounded-md border border-gray-200 bg-white p-3 text-center">
              <span className="block text-2xl font-bold tabular-nums text-gray-900">{x.count}</span>
              <span className="text-sm text-gray-700">{terms(`disposition.${x.disposition}`)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="by-article" className="space-y-3">
        <h2 id="by-article" className="text-lg font-semibold text-gray-900">
          {t("byArticle")}
        </h2>
        <ul className="space-y-3">
          {s.articles.map((a) => (
            <li key={a.articleId ?? "whole"}>
              <ArticleCard a={a} />
            </li>
          ))}
        </ul>
      </section>
      <p className="text-xs text-gray-600">{t("privacy")}</p>
    </div>
  );
}

function ArticleCard({ a }: { a: SummaryArticle }) {
  const t = useTranslations("consultationPublic.summary");
  const terms = useTranslations("consultationTerms");
  const title = a.articleId === null ? t("whole") : (a.label ?? t("unknownArticle"));
  return (
    <Card as="article" aria-label={title}>
      <CardHeader>
        <CardTitle as="h3">{title}</CardTitle>
        <span className="text-sm text-gray-700">{t("opinions", { count: a.opinions })}</span>
      </CardHeader>
      <CardBody className="space-y-3">
        {a.dispositions.map((d) => (
          <div key={d.disposition}>
            <p className="font-medium text-gray-900">
              {terms(`disposition.${d.disposition}`)}{" "}
              <span className="tabular-nums">{t("reasonCount", { count: d.count })}</span>
            </p>
            {d.reasons.length > 0 && (
              <ul aria-label={t("reasons")} className="mt-1 list-disc space-y-1 ps-6 text-sm leading-6 text-gray-800">
                {d.reasons.map((r, i) => (
                  <li key={i}>
                    <span className="whitespace-pre-line">{r.reason}</span>
                    {d.reasons.length > 1 || r.count > 1 ? (
                      <span className="text-gray-600">{`（${t("reasonCount", { count: r.count })}）`}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
        {a.undisposed > 0 && <p className="text-sm text-gray-700">{t("undisposed", { count: a.undisposed })}</p>}
      </CardBody>
    </Card>
  );
}
