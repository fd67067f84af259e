import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { dayDate, linkClasses } from "@/components/legislation/util";
import { Checklist } from "@/components/stations/Checklist";
import { DayList } from "@/components/stations/DayList";
import { GroupDeputies } from "@/components/stations/GroupDeputies";
import { ScheduleForm } from "@/components/stations/ScheduleForm";
import { ScheduleList } from "@/components/stations/ScheduleList";
import { StationForm } from "@/components/stations/StationForm";
import { Badge, buttonClasses, Card, CardBody, CardHeader, CardTitle, FactList, PageHeader } from "@/components/ui";
import { StationPublicLinks } from "@/components/stations-public/StationPublicLinks";
import { can } from "@/lib/authz";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { addCalendarDays } from "@/lib/modules/calendar";
import { deputiesByIds } from "@/lib/modules/deputies";
import {
  getStation,
  listSchedules,
  receptionDaysBetween,
  runsStation,
  seesStation,
  stationAreaChoices,
  stationChecklist,
  stationDeputies,
  stationStaff,
} from "@/lib/modules/stations";
import { objectTitle } from "@/lib/page-title";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  const { tenant, id } = await params;
  return objectTitle(tenant, "station.view", { section: "stations.list.title" }, async (tenantId, member) =>
    seesStation(member, id) ? (await getStation(tenantId, id))?.name : null,
  );
}

/** One station: its facts and staff, the checklist, the deputies grouped into it, reception schedules and days. */
export default async function StationPage({ params }: Params) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "station.view");
  if (!allowed) return <NoAccess />;
  // Station staff of another station learn nothing about this one: the same 404 as another city's id.
  const station = seesStation(member, id) ? await getStation(tenant.id, id) : null;
  if (!station) notFound();
  const today = todayInShanghai();
  const [t, kinds, format, staff, checklist, members, schedules, days] = await Promise.all([
    getTranslations("stations.detail"),
    getTranslations("stations.kind"),
    getFormatter(),
    stationStaff(tenant.id, id),
    stationChecklist(tenant.id, id),
    stationDeputies(tenant.id, id),
    listSchedules(tenant.id, id),
    receptionDaysBetween(tenant.id, addCalendarDays(today, -14), addCalendarDays(today, 92), { stationIds: [id] }),
  ]);
  const manage = can(member.roles, "station.manage");
  const runs = can(member.roles, "station.operate") && runsStation(member, id);
  const levels = await getTranslations("deputies.level");
  const others = await deputiesByIds(
    tenant.id,
    [...schedules, ...days].flatMap((s) => s.deputyIds),
  );
  const names: Record<string, string> = Object.fromEntries([...others.values()].map((d) => [d.id, d.name]));
  const offered = members.map((m) => ({ id: m.deputy.id, name: m.deputy.name }));
  const base = `/${tenant.slug}/console/stations/${id}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={station.name}
        description={[kinds(station.kind), station.areaPath].filter(Boolean).join(" · ")}
        actions={
          runs && (
            <Link href={`${base}/records/new`} className={buttonClasses("primary")}>
              {t("newRecord")}
            </Link>
          )
        }
      />
      <div className="-mt-4 flex flex-wrap items-center gap-3 text-sm">
        {station.active ? <Badge tone="success">{t("active")}</Badge> : <Badge>{t("inactive")}</Badge>}
        <Link href={`/${tenant.slug}/console/stations`} className={linkClasses}>
          {t("back")}
        </Link>
        <Link href={`${base}/records`} className={linkClasses}>
          {t("records")}
        </Link>
        <StationPublicLinks tenantSlug={tenant.slug} stationId={id} />
      </div>
      <Card>
        <CardBody>
          <FactList
            rows={[
              [t("address"), station.address],
              [t("openingHours"), station.openingHours],
              [t("phone"), station.phone],
              [
                t("establishedOn"),
                station.establishedOn ? format.dateTime(dayDate(station.establishedOn), "date") : null,
              ],
              [t("staff"), staff.length ? staff.map((u) => u.displayName).join("、") : t("noStaff")],
              [t("intro"), station.intro],
            ]}
          />
          <p className="mt-3 text-sm text-gray-600">{t("staffNote")}</p>
        </CardBody>
      </Card>
      <Card as="section" aria-labelledby="checklist">
        <CardHeader>
          <CardTitle id="checklist">{t("checklist", { name: checklist.name })}</CardTitle>
        </CardHeader>
        <CardBody>
          <Checklist tenantSlug={tenant.slug} stationId={id} checklist={checklist} editable={runs} />
        </CardBody>
      </Card>
      <Card as="section" aria-labelledby="deputies">
        <CardHeader>
          <CardTitle id="deputies">{t("deputies", { count: members.length })}</CardTitle>
        </CardHeader>
        <CardBody>
          <GroupDeputies
            tenantSlug={tenant.slug}
            stationId={id}
            editable={manage}
            members={members.map((m) => ({
              deputyId: m.deputy.id,
              name: m.deputy.name,
              role: m.role,
              detail: [levels(m.deputy.level), m.deputy.delegation].filter(Boolean).join(" · "),
            }))}
          />
        </CardBody>
      </Card>
      <Card as="section" aria-labelledby="days">
        <CardHeader>
          <CardTitle id="days">{t("days")}</CardTitle>
        </CardHeader>
        <CardBody>
          <DayList
            tenantSlug={tenant.slug}
            base={base}
            days={days}
            names={names}
            offered={offered}
            editable={runs}
            today={today}
          />
        </CardBody>
      </Card>
      <Card as="section" aria-labelledby="schedules">
        <CardHeader>
          <CardTitle id="schedules">{t("schedules")}</CardTitle>
        </CardHeader>
        <CardBody className="space-y-4">
          <ScheduleList
            tenantSlug={tenant.slug}
            stationId={id}
            schedules={schedules}
            names={names}
            offered={offered}
            editable={runs}
            today={today}
          />
          {runs && (
            <details>
              <summary className="cursor-pointer font-medium text-brand-700">{t("newSchedule")}</summary>
              <div className="pt-3">
                <ScheduleForm tenantSlug={tenant.slug} stationId={id} offered={offered} known={[]} today={today} />
              </div>
            </details>
          )}
        </CardBody>
      </Card>
      {manage && (
        <Card as="section" aria-labelledby="edit">
          <CardHeader>
            <CardTitle id="edit">{t("edit")}</CardTitle>
          </CardHeader>
          <CardBody>
            <StationForm
              tenantSlug={tenant.slug}
              areas={await stationAreaChoices(tenant.id)}
              today={today}
              station={{
                id: station.id,
                name: station.name,
                kind: station.kind,
                areaId: station.areaId,
                address: station.address,
                openingHours: station.openingHours,
                phone: station.phone,
                intro: station.intro,
                establishedOn: station.establishedOn,
                active: station.active,
              }}
            />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
