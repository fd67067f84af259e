import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { linkClasses } from "@/components/legislation/util";
import { StationForm } from "@/components/stations/StationForm";
import { Card, CardBody, PageHeader } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { stationAreaChoices } from "@/lib/modules/stations";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("stations.form.newTitle");

/** Sets up a station. */
export default async function NewStationPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, allowed } = await requireMember((await params).tenant, "station.manage");
  if (!allowed) return <NoAccess />;
  const [t, areas] = await Promise.all([getTranslations("stations.form"), stationAreaChoices(tenant.id)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Link href={`/${tenant.slug}/console/stations`} className={linkClasses}>
        {t("back")}
      </Link>
      <Card>
        <CardBody>
          <StationForm tenantSlug={tenant.slug} areas={areas} today={todayInShanghai()} />
        </CardBody>
      </Card>
    </div>
  );
}
