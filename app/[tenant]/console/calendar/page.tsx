import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { OpenYearForm } from "@/components/calendar/OpenYearForm";
import { YearList } from "@/components/calendar/YearList";
import { Card, CardBody, CardHeader, CardTitle, PageHeader } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { FIRST_YEAR, LAST_YEAR, listCalendarYears } from "@/lib/modules/calendar";
import { titled } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const generateMetadata = titled("calendar.list.title");

/** 工作日历: the city's years, each confirmed or still counting weekends only. */
export default async function CalendarPage({ params, searchParams }: Props) {
  const { tenant, allowed } = await requireMember((await params).tenant, "calendar.view");
  if (!allowed) return <NoAccess />;
  const base = `/${tenant.slug}/console/calendar`;
  // The "open another year" form is a plain GET, so it works before any script has loaded.
  const asked = (await searchParams).year?.trim();
  const wanted = asked ? Number(asked) : NaN;
  if (Number.isInteger(wanted) && wanted >= FIRST_YEAR && wanted <= LAST_YEAR) redirect(`${base}/${wanted}`);
  const [t, errors, years] = await Promise.all([
    getTranslations("calendar.list"),
    getTranslations("calendar.errors"),
    listCalendarYears(tenant.id, todayInShanghai()),
  ]);
  const yearError = asked ? errors("yearOutOfRange", { first: FIRST_YEAR, last: LAST_YEAR }) : undefined;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <YearList years={years} base={base} />
      <Card as="section" aria-labelledby="calendar-how">
        <CardHeader>
          <CardTitle id="calendar-how">{t("howTitle")}</CardTitle>
        </CardHeader>
        <CardBody className="space-y-4">
          <p className="text-sm text-gray-700">{t("how")}</p>
          <OpenYearForm action={base} error={yearError} />
        </CardBody>
      </Card>
    </div>
  );
}
