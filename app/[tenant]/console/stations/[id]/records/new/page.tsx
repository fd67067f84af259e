import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { linkClasses } from "@/components/legislation/util";
import { RecordForm } from "@/components/stations/RecordForm";
import { Card, CardBody, PageHeader } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { deputiesByIds } from "@/lib/modules/deputies";
import { getReceptionDay, getStation, runsStation, stationDeputies } from "@/lib/modules/stations";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("stations.recordForm.title");

/** Records a reception held at the station (?day=<reception day> fills in its date and deputies on duty). */
export default async function NewRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string; id: string }>;
  searchParams: Promise<{ day?: string | string[] }>;
}) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "station.operate");
  if (!allowed) return <NoAccess />;
  const station = runsStation(member, id) ? await getStation(tenant.id, id) : null;
  if (!station) notFound();
  const dayId = (await searchParams).day;
  const found = typeof dayId === "string" ? await getReceptionDay(tenant.id, dayId) : null;
  const receptionDay = found && found.stationId === id ? found : null;
  const [t, members, onDuty] = await Promise.all([
    getTranslations("stations.recordForm"),
    stationDeputies(tenant.id, id),
    deputiesByIds(tenant.id, receptionDay?.deputyIds ?? []),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={station.name} />
      <Link href={`/${tenant.slug}/console/stations/${id}`} className={linkClasses}>
        {t("back", { name: station.name })}
      </Link>
      <Card>
        <CardBody>
          <RecordForm
            tenantSlug={tenant.slug}
            stationId={id}
            receptionDay={
              receptionDay && { id: receptionDay.id, day: receptionDay.day, deputyIds: receptionDay.deputyIds }
            }
            offered={members.map((m) => ({ id: m.deputy.id, name: m.deputy.name }))}
            known={[...onDuty.values()].map((d) => ({ id: d.id, name: d.name }))}
            today={todayInShanghai()}
          />
        </CardBody>
      </Card>
    </div>
  );
}
