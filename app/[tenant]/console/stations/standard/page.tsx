import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { linkClasses } from "@/components/legislation/util";
import { StandardForm } from "@/components/stations/StandardForm";
import { Badge, Card, CardBody, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { getStandard } from "@/lib/modules/stations";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("stations.standard.title");

/** The city's construction standard for its stations (六有 by default); the deputy-affairs office edits it. */
export default async function StandardPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "station.view");
  if (!allowed) return <NoAccess />;
  const [t, standard] = await Promise.all([getTranslations("stations.standard"), getStandard(tenant.id)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("description")} />
      <Link href={`/${tenant.slug}/console/stations`} className={linkClasses}>
        {t("back")}
      </Link>
      <Card>
        <CardBody>
          {can(member.roles, "station.manage") ? (
            <StandardForm tenantSlug={tenant.slug} standard={standard} />
          ) : (
            <div className="space-y-2">
              <h2 className="text-lg font-semibold text-gray-900">{standard.name}</h2>
              <ol className="list-decimal space-y-1 ps-6">
                {standard.items.map((i) => (
                  <li key={i.id || i.label}>
                    {i.label} {!i.active && <Badge>{t("retired")}</Badge>}
                  </li>
                ))}
              </ol>
            </div>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
