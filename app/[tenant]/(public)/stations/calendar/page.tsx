import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/legislation-public/BackLink";
import { DayList } from "@/components/stations-public/DayList";
import { StationFilters } from "@/components/stations-public/StationFilters";
import { StationsShell } from "@/components/stations-public/StationsShell";
import { Alert, EmptyState, PageHeader } from "@/components/ui";
import { addShanghaiDays, dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import { requireTenant } from "@/lib/guards";
import { isUuid } from "@/lib/ids";
import { listReceptionDays, listStationDistricts } from "@/lib/modules/stations";
import { titled } from "@/lib/page-title";

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titled("stationsPublic.calendar.title");

const DAYS = 60;
const MAX = 300;

/** 代表接待日: the next 60 days of reception days across the city (or one district), by date. */
export default async function StationsCalendar({ params, searchParams }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const raw = (await searchParams).district;
  const district = typeof raw === "string" && isUuid(raw) ? raw : undefined;
  const today = todayInShanghai();
  const to = dateToDay(addShanghaiDays(dayToDate(today), DAYS));
  const [t, districts, days] = await Promise.all([
    getTranslations("stationsPublic.calendar"),
    listStationDistricts(tenant.id),
    listReceptionDays(tenant.id, { from: today, to, districtId: district, limit: MAX + 1 }),
  ]);
  const shown = days.slice(0, MAX);
  return (
    <StationsShell tenant={tenant} active="calendar">
      <BackLink href={`/${tenant.slug}/stations`}>{t("back")}</BackLink>
      <PageHeader title={t("title")} description={t("description", { days: DAYS })} />
      <StationFilters
        action={`/${tenant.slug}/stations/calendar`}
        districts={districts}
        district={district}
        withKind={false}
      />
      {days.length > MAX && <Alert tone="info">{t("truncated", { count: MAX })}</Alert>}
      {shown.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="mt-4 max-w-3xl">
          <DayList tenantSlug={tenant.slug} days={shown} showStation headingLevel="h2" />
        </div>
      )}
    </StationsShell>
  );
}
