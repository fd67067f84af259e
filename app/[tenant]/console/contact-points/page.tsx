import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { CoverageTable, RegistryTable } from "@/components/contact-points/PointTables";
import {
  buttonClasses,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  EmptyState,
  FactList,
  PageHeader,
} from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { coverageByDistrict, listContactPoints } from "@/lib/modules/contact-points";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("contactPoints.registry.title");

/** 基层立法联系点: the registry with each point's record, and which districts still have none. */
export default async function ContactPointsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "contactPoint.view");
  if (!allowed) return <NoAccess />;
  const [t, points, coverage] = await Promise.all([
    getTranslations("contactPoints.registry"),
    listContactPoints(tenant.id),
    coverageByDistrict(tenant.id),
  ]);
  const base = `/${tenant.slug}/console/contact-points`;
  const active = points.filter((p) => p.active);
  const sum = (k: "opinions" | "adopted") => points.reduce((n, p) => n + p.stats[k], 0);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(member.roles, "contactPoint.manage") && (
            <Link href={`${base}/new`} className={buttonClasses("primary")}>
              {t("new")}
            </Link>
          )
        }
      />
      <Card>
        <CardBody>
          <FactList
            compact
            rows={[
              [t("summary.points"), t("summary.pointsValue", { active: active.length, all: points.length })],
              [
                t("summary.coverage"),
                t("summary.coverageValue", { covered: coverage.covered, all: coverage.districts.length }),
              ],
              [
                t("summary.opinions"),
                t("summary.opinionsValue", { opinions: sum("opinions"), adopted: sum("adopted") }),
              ],
            ]}
          />
          <p className="mt-3 text-sm text-gray-600">{t("adoptedNote")}</p>
        </CardBody>
      </Card>
      <section aria-labelledby="registry" className="space-y-3">
        <h2 id="registry" className="text-lg font-semibold text-gray-900">
          {t("listTitle")}
        </h2>
        {points.length === 0 ? <EmptyState title={t("empty")} /> : <RegistryTable rows={points} base={base} />}
      </section>
      <Card as="section" aria-labelledby="coverage">
        <CardHeader>
          <CardTitle id="coverage">{t("coverageTitle")}</CardTitle>
        </CardHeader>
        <CardBody className="space-y-3">
          <p className="text-sm text-gray-600">{t("coverageDescription")}</p>
          {coverage.districts.length === 0 ? (
            <EmptyState title={t("noDistricts")} />
          ) : (
            <CoverageTable districts={coverage.districts} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
