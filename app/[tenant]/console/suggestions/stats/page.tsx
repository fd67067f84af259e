// 代表建议办理统计: the rates of a year (filters: session, key/ordinary) as the seeds report them — 办复率, 办结率,
// 解决和正在解决, 满意率, A/B/C shares, overdue now — with their formulas stated, charts, and a table per
// breakdown: the units' ranking, category, delegation, session, year, key vs ordinary (cards on a phone); the same
// figures as .xlsx. The figures are kept per city: at most 5 s behind the last action, 60 s in any case
// (queries-stats.ts).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { abcParts, RateBars, ratingParts, StackedBar } from "@/components/suggestions/stats/StatsCharts";
import { StatsTable } from "@/components/suggestions/stats/StatsTable";
import { Button, buttonClasses, Card, CardBody, EmptyState, Field, PageHeader, Select } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import {
  cachedSuggestionStats,
  percent,
  sessionsOfYear,
  STATS_MAX_AGE_SECONDS,
  statsRowLabel,
  SUGGESTION_BREAKDOWNS,
  SUGGESTION_KEY_FILTERS,
  suggestionStatsQuery,
  suggestionStatsQuerySchema,
  suggestionYears,
} from "@/lib/modules/suggestions";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("suggestionStats.title");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const HEADLINE = [
  "submitted",
  "assigned",
  "replied",
  "replyRate",
  "doneRate",
  "solvingRate",
  "satisfactionRate",
  "overdue",
] as const;
const RATES = new Set(["replyRate", "doneRate", "solvingRate", "satisfactionRate"]);

export default async function SuggestionStatsPage({ params, searchParams }: Props) {
  const { tenant, allowed } = await requireMember((await params).tenant, "suggestion.stats");
  if (!allowed) return <NoAccess />;
  const sp = await searchParams;
  const raw: Record<string, string> = {};
  for (const k of ["year", "session", "key"]) if (typeof sp[k] === "string" && sp[k] !== "") raw[k] = sp[k];
  // A hand-edited URL with a bad value falls back to the defaults rather than failing the page.
  const parsed = suggestionStatsQuerySchema.safeParse(raw);
  const q = suggestionStatsQuery(parsed.success ? parsed.data : {});
  const [t, tAll, stats, years, sessions] = await Promise.all([
    getTranslations("suggestionStats"),
    getTranslations(),
    cachedSuggestionStats(tenant.id, q),
    suggestionYears(tenant.id),
    sessionsOfYear(tenant.id, q.year),
  ]);
  const say = (key: string, values?: Record<string, string | number>) => tAll(key as never, values as never) as string;
  const rate = (r: number | null) => (r === null ? t("noRate") : t("rate", { rate: percent(r)! }));
  const total = stats.total;
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const yearChoices = [...new Set([thisYear, q.year, ...years])].sort((a, b) => b - a);
  const exportQuery = new URLSearchParams({
    year: String(q.year),
    ...(stats.query.session ? { session: stats.query.session } : {}),
    ...(q.key ? { key: q.key } : {}),
  });
  const topUnits = [...stats.unit].sort((a, b) => b.assigned - a.assigned).slice(0, 15);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <a
            href={`/${tenant.slug}/console/suggestions/stats/export?${exportQuery}`}
            className={buttonClasses("secondary")}
          >
            {t("export.action")}
          </a>
        }
      />
      <form method="get" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_auto] lg:items-end">
        <Field label={t("filter.year")}>
          <Select name="year" defaultValue={String(q.year)}>
            {yearChoices.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("filter.session")}>
          <Select name="session" defaultValue={stats.query.session ?? ""}>
            <option value="">{t("filter.allSessions")}</option>
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("filter.key")}>
          <Select name="key" defaultValue={q.key ?? ""}>
            <option value="">{t("filter.all")}</option>
            {SUGGESTION_KEY_FILTERS.map((k) => (
              <option key={k} value={k}>
                {t(`filter.keyOptions.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          {t("filter.apply")}
        </Button>
      </form>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {HEADLINE.map((k) => (
          <div key={k} className="rounded-lg border border-gray-200 bg-white p-3">
            <dt className="text-sm text-gray-600">{t(`headline.${k}`)}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-gray-900">
              {RATES.has(k) ? rate(total[k as "replyRate"]) : total[k as "submitted"]}
            </dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="formula-heading" className="space-y-1 rounded-md bg-gray-50 p-3 text-sm text-gray-700">
        <h2 id="formula-heading" className="font-semibold text-gray-900">
          {t("formulaHeading")}
        </h2>
        <p>{t("formulaScope")}</p>
        <ul className="list-disc pl-5">
          {(["replyRate", "doneRate", "solvingRate", "satisfactionRate"] as const).map((k) => (
            <li key={k}>{t(`formula.${k}`)}</li>
          ))}
        </ul>
        <p>{t("shares", { a: rate(total.aShare), b: rate(total.bShare), c: rate(total.cShare) })}</p>
        <p>{t("cacheNote", { seconds: STATS_MAX_AGE_SECONDS, day: stats.today })}</p>
      </section>
      {total.submitted === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <div className="grid gap-6 xl:grid-cols-2">
            <Card as="section" aria-labelledby="unit-chart-heading">
              <CardBody className="space-y-3">
                <h2 id="unit-chart-heading" className="text-lg font-semibold text-gray-900">
                  {t("chart.unitHeading")}
                </h2>
                <RateBars
                  id="unit-chart"
                  rows={topUnits.map((r) => ({ key: r.key, label: r.label, rate: r.replyRate }))}
                  title={t("chart.unitTitle")}
                  desc={t("chart.unitDesc", { count: topUnits.length })}
                />
              </CardBody>
            </Card>
            <Card as="section" aria-labelledby="abc-chart-heading">
              <CardBody className="space-y-4">
                <h2 id="abc-chart-heading" className="text-lg font-semibold text-gray-900">
                  {t("chart.abcHeading")}
                </h2>
                <StackedBar
                  id="abc-chart"
                  parts={abcParts(total, (k) => t(`figure.${k}`))}
                  title={t("chart.abcTitle")}
                  desc={t("chart.abcDesc", { a: total.a, b: total.b, c: total.c })}
                />
                <StackedBar
                  id="rating-chart"
                  parts={ratingParts(total, (k) => t(`figure.${k}`))}
                  title={t("chart.ratingTitle")}
                  desc={t("chart.ratingDesc", {
                    satisfied: total.satisfied,
                    basic: total.basic,
                    unsatisfied: total.unsatisfied,
                  })}
                />
              </CardBody>
            </Card>
          </div>
          {SUGGESTION_BREAKDOWNS.map((dim) => (
            <section key={dim} aria-labelledby={`table-${dim}`} className="space-y-3">
              <h2 id={`table-${dim}`} className="text-lg font-semibold text-gray-900">
                {t(`heading.${dim}`)}
              </h2>
              {dim === "unit" && <p className="text-sm text-gray-700">{t("rankingRule")}</p>}
              {dim === "year" && stats.year.length > 1 && (
                <RateBars
                  id="year-chart"
                  rows={stats.year.map((r) => ({
                    key: r.key,
                    label: statsRowLabel("year", r, say),
                    rate: r.replyRate,
                    second: r.satisfactionRate,
                  }))}
                  title={t("chart.yearTitle")}
                  desc={t("chart.yearDesc")}
                />
              )}
              <StatsTable
                dim={dim}
                rows={stats[dim].map((r) => ({ ...r, name: statsRowLabel(dim, r, say) }))}
                total={dim === "year" ? undefined : total}
              />
            </section>
          ))}
        </>
      )}
      <p className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <Link href={`/${tenant.slug}/console/suggestions`} className="font-medium text-brand-700 underline">
          {t("back")}
        </Link>
        <Link href={`/${tenant.slug}/suggestions?year=${q.year}`} className="font-medium text-brand-700 underline">
          {t("publicPage")}
        </Link>
      </p>
    </div>
  );
}
