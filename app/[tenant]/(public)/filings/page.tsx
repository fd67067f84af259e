// 规范性文件备案审查 (no sign-in, phone first): a year's filed normative documents (?year=, this year by default) in
// the order they were filed — title, issuer, number, dates, state and the finding once reviewed, the issuer's
// response once closed — and the year's counts. ?page= the list's page.
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { Badge, Button, EmptyState, PageHeader, Pagination, Select } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireTenant } from "@/lib/guards";
import { filingYearCounts, filingYears, listPublicFilings } from "@/lib/modules/filings";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("filings.public.title");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<{ year?: string | string[]; page?: string | string[] }>;
};
const PAGE_SIZE = 30;

export default async function PublicFilingsPage({ params, searchParams }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const sp = await searchParams;
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const asked = typeof sp.year === "string" ? Number.parseInt(sp.year, 10) : NaN;
  const year = asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const rawPage = typeof sp.page === "string" ? Number.parseInt(sp.page, 10) : 1;
  const page = Math.min(10_000, Math.max(1, rawPage || 1));
  const [t, years, counts, list] = await Promise.all([
    getTranslations("filings"),
    filingYears(tenant.id),
    filingYearCounts(tenant.id, year),
    listPublicFilings(tenant.id, year, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  ]);
  const yearChoices = [...new Set([thisYear, year, ...years])].sort((a, b) => b - a);
  const pageCount = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
  return (
    <PublicShell tenant={tenant}>
      <div className="mx-auto max-w-3xl space-y-6">
        <PageHeader title={t("public.title")} description={t("public.description", { city: tenant.shortName })} />
        <form method="get" className="flex items-end gap-3">
          <label className="flex flex-col gap-1 text-sm font-medium text-gray-900">
            {t("public.yearLabel")}
            <Select name="year" defaultValue={String(year)}>
              {yearChoices.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </label>
          <Button type="submit" variant="secondary">
            {t("public.show")}
          </Button>
        </form>
        <section aria-labelledby="year-heading" className="space-y-3">
          <h2 id="year-heading" className="text-lg font-semibold text-gray-900">
            {t("public.yearHeading", { year })}
          </h2>
          <p className="text-sm text-gray-700">{t("public.counts", counts)}</p>
          {list.rows.length === 0 ? (
            <EmptyState title={t("public.empty")} />
          ) : (
            <ul className="space-y-4">
              {list.rows.map((f, i) => (
                <li key={f.id}>
                  <article
                    aria-labelledby={`filing-${i}`}
                    className="space-y-2 rounded-lg border border-gray-200 bg-white p-4"
                  >
                    <h3 id={`filing-${i}`} className="text-base font-semibold text-gray-900 [overflow-wrap:anywhere]">
                      {f.title}
                    </h3>
                    <p className="text-sm text-gray-700 [overflow-wrap:anywhere]">
                      {f.issuer} · {f.docNumber}
                    </p>
                    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                      <dt className="text-gray-600">{t("fields.issuedOn")}</dt>
                      <dd className="text-gray-900">{f.issuedOn}</dd>
                      <dt className="text-gray-600">{t("fields.filedOn")}</dt>
                      <dd className="text-gray-900">{f.filedOn}</dd>
                      {f.effectiveOn && (
                        <>
                          <dt className="text-gray-600">{t("fields.effectiveOn")}</dt>
                          <dd className="text-gray-900">{f.effectiveOn}</dd>
                        </>
                      )}
                      <dt className="text-gray-600">{t("fields.status")}</dt>
                      <dd>
                        <Badge tone={f.status === "CLOSED" ? "success" : "neutral"}>{t(`status.${f.status}`)}</Badge>
                      </dd>
                      {f.finding && (
                        <>
                          <dt className="text-gray-600">{t("fields.finding")}</dt>
                          <dd>
                            <Badge tone={f.finding === "NO_PROBLEM" ? "success" : "warning"}>
                              {t(`finding.${f.finding}`)}
                            </Badge>
                          </dd>
                        </>
                      )}
                    </dl>
                    {f.responseBody && (
                      <div className="rounded-md bg-gray-50 p-3 text-sm">
                        <h4 className="font-semibold text-gray-900">{t("public.response")}</h4>
                        <p className="whitespace-pre-wrap text-gray-900">{f.responseBody}</p>
                      </div>
                    )}
                  </article>
                </li>
              ))}
            </ul>
          )}
          {pageCount > 1 && (
            <Pagination
              className="mt-6"
              page={Math.min(page, pageCount)}
              pageCount={pageCount}
              hrefFor={(p) => `/${tenant.slug}/filings?year=${year}&page=${p}`}
              labels={{
                nav: t("list.pages"),
                previous: t("list.prev"),
                next: t("list.next"),
                page: (p) => t("list.page", { page: p }),
              }}
            />
          )}
        </section>
      </div>
    </PublicShell>
  );
}
