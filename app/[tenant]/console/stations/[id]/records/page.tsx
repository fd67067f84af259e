import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { linkClasses } from "@/components/legislation/util";
import { RecordList } from "@/components/stations/RecordList";
import { buttonClasses, EmptyState, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { getStation, listReceptionRecords, runsStation, seesStation } from "@/lib/modules/stations";
import { objectTitle } from "@/lib/page-title";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  const { tenant, id } = await params;
  return objectTitle(tenant, "station.view", { section: "stations.records.title" }, async (tenantId, member) =>
    seesStation(member, id) ? (await getStation(tenantId, id))?.name : null,
  );
}

/** A station's reception records, newest first. */
export default async function StationRecordsPage({ params }: Params) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "station.view");
  if (!allowed) return <NoAccess />;
  const station = seesStation(member, id) ? await getStation(tenant.id, id) : null;
  if (!station) notFound();
  const [t, rows] = await Promise.all([getTranslations("stations.records"), listReceptionRecords(tenant.id, id)]);
  const base = `/${tenant.slug}/console/stations/${id}`;
  const runs = can(member.roles, "station.operate") && runsStation(member, id);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={station.name}
        actions={
          runs && (
            <Link href={`${base}/records/new`} className={buttonClasses("primary")}>
              {t("new")}
            </Link>
          )
        }
      />
      <Link href={base} className={linkClasses}>
        {t("back", { name: station.name })}
      </Link>
      {rows.length === 0 ? <EmptyState title={t("empty")} /> : <RecordList rows={rows} base={`${base}/records`} />}
    </div>
  );
}
