import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AddHolidayForm } from "@/components/calendar/AddHolidayForm";
import { AddWorkdayForm } from "@/components/calendar/AddWorkdayForm";
import { ConfirmYearForm } from "@/components/calendar/ConfirmYearForm";
import { EntryList } from "@/components/calendar/EntryList";
import { MonthGrid } from "@/components/calendar/MonthGrid";
import { YearStatus } from "@/components/calendar/YearStatus";
import { NoAccess } from "@/components/common/NoAccess";
import { linkClasses } from "@/components/legislation/util";
import { Card, CardBody, CardHeader, CardTitle, EmptyState, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { FIRST_YEAR, getCalendarYear, LAST_YEAR } from "@/lib/modules/calendar";
import { pageTitle } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string; year: string }> };

export async function generateMetadata({ params }: Props) {
  const { year } = await params;
  return /^\d{4}$/.test(year)
    ? pageTitle("calendar.year.title", { year: Number(year) })
    : pageTitle("calendar.list.title");
}

/** One year of the city's calendar: its status, a month-by-month view, the listed days; the admin edits here. */
export default async function CalendarYearPage({ params }: Props) {
  const { tenant: slug, year: yearParam } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "calendar.view");
  if (!allowed) return <NoAccess />;
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : NaN;
  const data = await getCalendarYear(tenant.id, year);
  if (!data) notFound();
  const manage = can(member.roles, "calendar.manage");
  const t = await getTranslations("calendar.year");
  const base = `/${tenant.slug}/console/calendar`;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title", { year })} description={t("description")} />
      <nav aria-label={t("yearNav")} className="-mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <Link href={base} className={linkClasses}>
          {t("back")}
        </Link>
        {year > FIRST_YEAR && (
          <Link href={`${base}/${year - 1}`} className={linkClasses}>
            {t("previous", { year: year - 1 })}
          </Link>
        )}
        {year < LAST_YEAR && (
          <Link href={`${base}/${year + 1}`} className={linkClasses}>
            {t("next", { year: year + 1 })}
          </Link>
        )}
      </nav>
      <YearStatus year={data} />
      {manage && !data.confirmed && <ConfirmYearForm tenantSlug={tenant.slug} year={year} />}
      <section aria-labelledby="calendar-entries" className="space-y-3">
        <h2 id="calendar-entries" className="text-lg font-semibold text-gray-900">
          {t("entries")}
        </h2>
        {data.entries.length === 0 ? (
          <EmptyState title={t("noEntries")} />
        ) : (
          <EntryList entries={data.entries} tenantSlug={manage ? tenant.slug : null} />
        )}
      </section>
      {manage && (
        <Card as="section" aria-labelledby="calendar-edit">
          <CardHeader>
            <CardTitle id="calendar-edit">{t("edit")}</CardTitle>
          </CardHeader>
          <CardBody className="grid gap-8 lg:grid-cols-2">
            <AddHolidayForm tenantSlug={tenant.slug} year={year} />
            <AddWorkdayForm tenantSlug={tenant.slug} year={year} />
          </CardBody>
        </Card>
      )}
      <section aria-labelledby="calendar-months" className="space-y-3">
        <h2 id="calendar-months" className="text-lg font-semibold text-gray-900">
          {t("months")}
        </h2>
        <MonthGrid year={year} entries={data.entries} today={todayInShanghai()} />
      </section>
    </div>
  );
}
