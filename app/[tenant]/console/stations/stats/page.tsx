// 联络站统计: per district, street or station over a period (the last 12 months by default) — deputies grouped,
// receptions held, people received, issues raised and solved — as a bar chart with every figure in the table
// beside it, and the view as .xlsx. Station staff see their own stations only.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { dayDate } from "@/components/legislation/util";
import { NoAccess } from "@/components/common/NoAccess";
import { StatsChart } from "@/components/station-stats/StatsChart";
import { StatsTable } from "@/components/station-stats/StatsTable";
import {
  Button,
  buttonClasses,
  Card,
  CardBody,
  EmptyState,
  Field,
  Input,
  PageHeader,
  Select,
  FilterSelect,
} from "@/components/ui";
import { requireMember } from "@/lib/guards";
import {
  listStationDistricts,
  STATS_VIEWS,
  stationFilter,
  stationStats,
  stationStatsQuerySchema,
  statsPeriod,
} from "@/lib/modules/stations";
import { titled } from "@/lib/page-title";
import { queryObject } from "@/lib/query";

export const generateMetadata = titled("stationStats.title");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function StationStatsPage({ params, searchParams }: Props) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "station.view");
  if (!allowed) return <NoAccess />;
  const raw = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams)) if (typeof v === "string" && v !== "") raw.set(k, v);
  // A hand-edited URL with a bad value falls back to the defaults rather than failing the page.
  const parsed = stationStatsQuerySchema.safeParse(queryObject(raw));
  const q = statsPeriod(parsed.success ? parsed.data : stationStatsQuerySchema.parse({}));
  const only = stationFilter(member);
  const [t, format, districts, rows] = await Promise.all([
    getTranslations("stationStats"),
    getFormatter(),
    listStationDistricts(tenant.id),
    stationStats(tenant.id, q, only),
  ]);
  const exportQuery = new URLSearchParams({
    view: q.view,
    from: q.from,
    to: q.to,
    ...(q.district ? { district: q.district } : {}),
  });
  const sum = (k: "receptions" | "people" | "issues" | "solved") => rows.reduce((n, r) => n + r[k], 0);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={only ? t("descriptionOwn") : t("description")}
        actions={
          <a
            href={`/${tenant.slug}/console/stations/stats/export?${exportQuery}`}
            className={buttonClasses("secondary")}
          >
            {t("export.action")}
          </a>
        }
      />
      <form method="get" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto] lg:items-end">
        <Field label={t("filter.view")}>
          <Select name="view" defaultValue={q.view}>
            {STATS_VIEWS.map((v) => (
              <option key={v} value={v}>
                {t(`view.${v}`)}
              </option>
            ))}
          </Select>
        </Field>
        <FilterSelect
          label={t("filter.district")}
          name="district"
          value={q.district ?? ""}
          all={t("filter.allDistricts")}
          options={districts.map((d) => ({ value: d.id, label: d.name }))}
        />
        <Field label={t("filter.from")}>
          <Input type="date" name="from" defaultValue={q.from} />
        </Field>
        <Field label={t("filter.to")}>
          <Input type="date" name="to" defaultValue={q.to} />
        </Field>
        <Button type="submit" variant="secondary">
          {t("filter.apply")}
        </Button>
      </form>
      <p className="text-sm text-gray-700">
        {t("summary", {
          from: format.dateTime(dayDate(q.from), "date"),
          to: format.dateTime(dayDate(q.to), "date"),
          receptions: sum("receptions"),
          people: sum("people"),
          issues: sum("issues"),
          solved: sum("solved"),
        })}
      </p>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="grid gap-6 xl:grid-cols-2">
          <Card as="section" aria-labelledby="chart-heading">
            <CardBody className="space-y-3">
              <h2 id="chart-heading" className="text-lg font-semibold text-gray-900">
                {t("chart.heading", { view: t(`view.${q.view}`) })}
              </h2>
              <StatsChart
                rows={rows}
                measure="people"
                title={t("chart.title", { view: t(`view.${q.view}`) })}
                desc={t("chart.desc", { count: Math.min(rows.length, 15) })}
              />
            </CardBody>
          </Card>
          <section aria-labelledby="table-heading" className="space-y-3">
            <h2 id="table-heading" className="text-lg font-semibold text-gray-900">
              {t("tableHeading")}
            </h2>
            <StatsTable rows={rows} view={q.view} />
          </section>
        </div>
      )}
      <p className="text-sm">
        <Link href={`/${tenant.slug}/console/stations`} className="font-medium text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
