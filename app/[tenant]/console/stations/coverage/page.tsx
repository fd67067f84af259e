import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { linkClasses } from "@/components/legislation/util";
import { CoverageView } from "@/components/stations/CoverageView";
import { PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { stationCoverage, stationFilter } from "@/lib/modules/stations";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("stations.coverage.title");

/** Coverage by district and street: streets without a station, stations without deputies, deputies in none. */
export default async function CoveragePage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "station.view");
  // City-wide figures: for those who see every station (station staff see their own stations only).
  if (!allowed || stationFilter(member) !== null) return <NoAccess />;
  const [t, coverage] = await Promise.all([getTranslations("stations.coverage"), stationCoverage(tenant.id)]);
  const base = `/${tenant.slug}/console/stations`;
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("description")} />
      <Link href={base} className={linkClasses}>
        {t("back")}
      </Link>
      <CoverageView coverage={coverage} base={base} />
    </div>
  );
}
