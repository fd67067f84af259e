// 代表建议办理公开 (no sign-in, phone first): a year's counts and rates (their formulas stated) and, where the city
// publishes, the suggestions the office published with their replies — public fields only (the number, title,
// kind, category, lead deputy's name, lead unit, reply category and the replies' text); never a phone, never a
// co-signer's contact. ?year= picks the year (this one by default); ?page= the list's page.
import { getFormatter, getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { Badge, Button, EmptyState, PageHeader, Pagination, Select } from "@/components/ui";
import { numberLabel } from "@/components/suggestions/labels";
import { todayInShanghai } from "@/lib/dates";
import { requireTenant } from "@/lib/guards";
import {
  cachedSuggestionStats,
  isDefaultCategory,
  listPublishedSuggestions,
  percent,
  suggestionSettings,
  suggestionYears,
} from "@/lib/modules/suggestions";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("suggestionsPublic.title");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<{ year?: string | string[]; page?: string | string[] }>;
};

const PAGE_SIZE = 20;
const FIGURES = ["submitted", "assigned", "replied"] as const;
const RATES = ["replyRate", "doneRate", "solvingRate", "satisfactionRate"] as const;

export default async function PublicSuggestionsPage({ params, searchParams }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const sp = await searchParams;
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const asked = typeof sp.year === "string" ? Number.parseInt(sp.year, 10) : NaN;
  const year = asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const rawPage = typeof sp.page === "string" ? Number.parseInt(sp.page, 10) : 1;
  const page = Math.min(10_000, Math.max(1, rawPage || 1));
  const publishes = suggestionSettings(tenant.settings).publish;
  const [t, s, format, stats, years, list] = await Promise.all([
    getTranslations("suggestionsPublic"),
    getTranslations("suggestions"),
    getFormatter(),
    cachedSuggestionStats(tenant.id, { year, session: null, key: null }),
    suggestionYears(tenant.id),
    publishes
      ? listPublishedSuggestions(tenant.id, { year }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
      : null,
  ]);
  const total = stats.total;
  const rate = (r: number | null) => (r === null ? t("noRate") : t("rate", { rate: percent(r)! }));
  const yearChoices = [...new Set([thisYear, year, ...years])].sort((a, b) => b - a);
  const pageCount = list ? Math.max(1, Math.ceil(list.total / PAGE_SIZE)) : 1;
  const date = (iso: string) => format.dateTime(new Date(iso), "date");
  return (
    <PublicShell tenant={tenant}>
      <div className="mx-auto max-w-3xl space-y-6">
        <PageHeader title={t("title")} description={t("description", { city: tenant.shortName })} />
        <form method="get" className="flex items-end gap-3">
          <label className="flex flex-col gap-1 text-sm font-medium text-gray-900">
            {t("yearLabel")}
            <Select name="year" defaultValue={String(year)}>
              {yearChoices.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </label>
          <Button type="submit" variant="secondary">
            {t("show")}
          </Button>
        </form>
        <section aria-labelledby="year-heading" className="space-y-3">
          <h2 id="year-heading" className="text-lg font-semibold text-gray-900">
            {t("yearHeading", { year })}
          </h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {FIGURES.map((k) => (
              <div key={k} className="rounded-lg border border-gray-200 bg-white p-3">
                <dt className="text-sm text-gray-600">{t(`figures.${k}`)}</dt>
                <dd className="text-2xl font-semibold tabular-nums text-gray-900">{t("count", { count: total[k] })}</dd>
              </div>
            ))}
            {RATES.map((k) => (
              <div key={k} className="rounded-lg border border-gray-200 bg-white p-3">
                <dt className="text-sm text-gray-600">{t(`figures.${k}`)}</dt>
                <dd className="text-2xl font-semibold tabular-nums text-gray-900">{rate(total[k])}</dd>
              </div>
            ))}
          </dl>
          <p className="text-sm text-gray-700">
            {t("submittedCount", {
              submitted: total.submitted,
              assigned: total.assigned,
              replied: total.replied,
              onTime: total.repliedOnTime,
            })}{" "}
            {t("shares", { a: rate(total.aShare), b: rate(total.bShare), c: rate(total.cShare) })}
          </p>
          <p className="rounded-md bg-gray-50 p-3 text-sm text-gray-700">{t("formulas")}</p>
        </section>
        <section aria-labelledby="list-heading" className="space-y-3">
          <h2 id="list-heading" className="text-lg font-semibold text-gray-900">
            {t("listHeading")}
          </h2>
          {!list ? (
            <p className="text-sm text-gray-700">{t("notPublishing")}</p>
          ) : list.rows.length === 0 ? (
            <EmptyState title={t("empty")} />
          ) : (
            <>
              <p className="text-sm text-gray-700">{t("listCount", { count: list.total })}</p>
              <ul className="space-y-4">
                {list.rows.map((x, i) => (
                  <li key={x.id}>
                    <article
                      aria-labelledby={`sug-${i}`}
                      className="space-y-3 rounded-lg border border-gray-200 bg-white p-4"
                    >
                      <h3 id={`sug-${i}`} className="text-base font-semibold text-gray-900 [overflow-wrap:anywhere]">
                        {x.title}
                      </h3>
                      <p className="text-sm text-gray-700">
                        {[
                          numberLabel(s, x),
                          s(`kindShort.${x.kind}`),
                          isDefaultCategory(x.category) ? s(`categories.${x.category}`) : x.category,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                        <dt className="text-gray-600">{t("leadDeputy")}</dt>
                        <dd className="text-gray-900">{x.leadDeputy}</dd>
                        <dt className="text-gray-600">{t("leadUnit")}</dt>
                        <dd className="text-gray-900">{x.leadUnit ?? "—"}</dd>
                        {x.replyCategory && (
                          <>
                            <dt className="text-gray-600">{t("replyCategory")}</dt>
                            <dd>
                              <Badge>{s(`replyCategory.${x.replyCategory}`)}</Badge>
                            </dd>
                          </>
                        )}
                      </dl>
                      {x.replies.map((r) => (
                        <div key={r.repliedAt} className="space-y-1 rounded-md bg-gray-50 p-3">
                          <h4 className="text-sm font-semibold text-gray-900">
                            {t(`replyKind.${r.kind}`)} · {s(`replyCategoryShort.${r.category}`)}
                            <span className="ml-2 font-normal text-gray-700">
                              {t("repliedOn", { date: date(r.repliedAt) })}
                            </span>
                          </h4>
                          <p className="whitespace-pre-line text-sm leading-6 text-gray-900 [overflow-wrap:anywhere]">
                            {r.body}
                          </p>
                          {r.promisedOn && (
                            <p className="text-sm text-gray-700">
                              {t("promisedOn", {
                                date: format.dateTime(new Date(`${r.promisedOn}T00:00:00+08:00`), "date"),
                              })}
                            </p>
                          )}
                          {r.reason && <p className="text-sm text-gray-700">{t("reason", { reason: r.reason })}</p>}
                        </div>
                      ))}
                    </article>
                  </li>
                ))}
              </ul>
              {pageCount > 1 && (
                <Pagination
                  className="mt-6"
                  page={Math.min(page, pageCount)}
                  pageCount={pageCount}
                  hrefFor={(p) => `/${tenant.slug}/suggestions?year=${year}&page=${p}`}
                  labels={{
                    nav: t("pages"),
                    previous: t("prev"),
                    next: t("next"),
                    page: (p) => t("page", { page: p }),
                  }}
                />
              )}
            </>
          )}
        </section>
      </div>
    </PublicShell>
  );
}
