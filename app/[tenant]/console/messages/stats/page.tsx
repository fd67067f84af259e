// 群众留言统计: the messages received in a period (this year by default, or from–to) per station, deputy, unit,
// category or district — received, accepted, replied, on time, overdue now, ratings and 满意率 (its formula
// stated), reopened, closed unrated (apart), time to reply in working days — as charts with every figure in the
// table (cards on a phone), and the view as .xlsx with the same figures. Station staff see their stations only.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { ReceivedRepliedChart, RatingChart } from "@/components/citizen-message-stats/MessageStatsChart";
import { MessageStatsTable } from "@/components/citizen-message-stats/MessageStatsTable";
import { dayDate } from "@/components/legislation/util";
import { Button, buttonClasses, Card, CardBody, EmptyState, Field, Input, PageHeader, Select } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import {
  MESSAGE_STATS_VIEWS,
  messageStats,
  messageStatsFilter,
  messageStatsPeriod,
  messageStatsQuerySchema,
  messageStatsRowLabel,
  ratePercent,
} from "@/lib/modules/citizen-messages";
import { titled } from "@/lib/page-title";
import { queryObject } from "@/lib/query";

export const generateMetadata = titled("citizenMessageStats.title");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function MessageStatsPage({ params, searchParams }: Props) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "message.stats");
  if (!allowed) return <NoAccess />;
  const raw = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams)) if (typeof v === "string" && v !== "") raw.set(k, v);
  // A hand-edited URL with a bad value falls back to the defaults rather than failing the page.
  const parsed = messageStatsQuerySchema.safeParse(queryObject(raw));
  const q = messageStatsPeriod(parsed.success ? parsed.data : messageStatsQuerySchema.parse({}));
  const only = messageStatsFilter(member);
  const [t, tAll, format, stats] = await Promise.all([
    getTranslations("citizenMessageStats"),
    getTranslations(),
    getFormatter(),
    messageStats(tenant.id, q, only),
  ]);
  const say = (key: string) => tAll(key as never) as string;
  const rows = stats.rows.map((r) => ({ ...r, name: messageStatsRowLabel(r, q.view, say) }));
  const view = t(`view.${q.view}`);
  const rate = ratePercent(stats.total.satisfactionRate);
  const exportQuery = new URLSearchParams({
    view: q.view,
    ...(q.year !== null ? { year: String(q.year) } : { from: q.from, to: q.to }),
  });
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={only ? t("descriptionOwn") : t("description")}
        actions={
          <a
            href={`/${tenant.slug}/console/messages/stats/export?${exportQuery}`}
            className={buttonClasses("secondary")}
          >
            {t("export.action")}
          </a>
        }
      />
      <form method="get" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto] lg:items-end">
        <Field label={t("filter.view")}>
          <Select name="view" defaultValue={q.view}>
            {MESSAGE_STATS_VIEWS.map((v) => (
              <option key={v} value={v}>
                {t(`column.${v}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("filter.year")}>
          <Select name="year" defaultValue={String(q.year ?? "")}>
            <option value="">—</option>
            {(q.year !== null && !years.includes(q.year) ? [q.year, ...years] : years).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("filter.from")}>
          <Input type="date" name="from" defaultValue={q.year === null ? q.from : ""} />
        </Field>
        <Field label={t("filter.to")}>
          <Input type="date" name="to" defaultValue={q.year === null ? q.to : ""} />
        </Field>
        <Button type="submit" variant="secondary">
          {t("filter.apply")}
        </Button>
        <p className="text-sm text-gray-600 sm:col-span-2 lg:col-span-5">{t("filter.periodHint")}</p>
      </form>
      <p className="text-sm text-gray-700">
        {t("summary", {
          from: format.dateTime(dayDate(q.from), "date"),
          to: format.dateTime(dayDate(q.to), "date"),
          received: stats.total.received,
          replied: stats.total.replied,
          onTime: stats.total.repliedOnTime,
          rated: stats.total.rated,
          rate: rate === null ? t("noRate") : t("rate", { rate }),
          autoClosed: stats.total.autoClosed,
        })}
      </p>
      <p className="rounded-md bg-gray-50 p-3 text-sm text-gray-700">{t("formula")}</p>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <div className="grid gap-6 xl:grid-cols-2">
            <Card as="section" aria-labelledby="chart-heading">
              <CardBody className="space-y-3">
                <h2 id="chart-heading" className="text-lg font-semibold text-gray-900">
                  {t("chart.heading", { view })}
                </h2>
                <ReceivedRepliedChart
                  rows={rows.map((r) => ({ key: r.key, label: r.name, received: r.received, replied: r.replied }))}
                  title={t("chart.title", { view })}
                  desc={t("chart.desc", { count: Math.min(rows.length, 15), view })}
                />
              </CardBody>
            </Card>
            <Card as="section" aria-labelledby="rating-heading">
              <CardBody className="space-y-3">
                <h2 id="rating-heading" className="text-lg font-semibold text-gray-900">
                  {t("chart.ratingHeading")}
                </h2>
                <p className="text-2xl font-semibold text-gray-900">
                  {t("card.rate")} {rate === null ? t("noRate") : t("rate", { rate })}
                </p>
                <RatingChart
                  total={stats.total}
                  title={t("chart.ratingTitle")}
                  desc={t("chart.ratingDesc", {
                    satisfied: stats.total.satisfied,
                    basic: stats.total.basic,
                    unsatisfied: stats.total.unsatisfied,
                    autoClosed: stats.total.autoClosed,
                  })}
                  names={{
                    satisfied: t("figure.satisfied"),
                    basic: t("figure.basic"),
                    unsatisfied: t("figure.unsatisfied"),
                    autoClosed: t("figure.autoClosed"),
                  }}
                />
                <p className="text-sm text-gray-700">
                  {t("card.replyDays", {
                    avg: stats.total.replyDaysAvg ?? t("noRate"),
                    median: stats.total.replyDaysMedian ?? t("noRate"),
                  })}
                </p>
              </CardBody>
            </Card>
          </div>
          <section aria-labelledby="table-heading" className="space-y-3">
            <h2 id="table-heading" className="text-lg font-semibold text-gray-900">
              {t("tableHeading")}
            </h2>
            <MessageStatsTable rows={rows} total={stats.total} view={q.view} />
          </section>
        </>
      )}
      <p className="text-sm">
        <Link href={`/${tenant.slug}/console/messages`} className="font-medium text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
