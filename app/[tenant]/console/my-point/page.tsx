import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { AnnualPlans } from "@/components/contact-points/AnnualPlans";
import { AssignmentsTable } from "@/components/contact-points/AssignmentsTable";
import { Badge, Card, CardBody, CardHeader, CardTitle, EmptyState, PageHeader } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { listMyPoints, publishedAnnualPlans } from "@/lib/modules/contact-points";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("contactPoints.myPoint.title");

/** 我的联系点: the coordinator's point(s), the consultations handed to them with due dates, and the city's annual plans. */
export default async function MyPointPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "contactPoint.submit");
  if (!allowed) return <NoAccess />;
  const [t, types, points, plans] = await Promise.all([
    getTranslations("contactPoints.myPoint"),
    getTranslations("contactPoints.type"),
    listMyPoints(tenant.id, member),
    publishedAnnualPlans(tenant.id),
  ]);
  const today = todayInShanghai();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {points.length === 0 && <EmptyState title={t("noPoint")} description={t("noPointBody")} />}
      {points.map((p) => (
        <Card as="section" key={p.id} aria-labelledby={`point-${p.id}`}>
          <CardHeader>
            <CardTitle id={`point-${p.id}`}>{p.name}</CardTitle>
            {!p.active && <Badge>{t("inactive")}</Badge>}
          </CardHeader>
          <CardBody className="space-y-4">
            <p className="text-sm text-gray-700">
              {[types(p.type), p.areaPath, p.address].filter(Boolean).join(" · ")}
            </p>
            <h3 className="font-semibold text-gray-900">{t("assignments")}</h3>
            {p.assignments.length === 0 ? (
              <p className="text-gray-600">{t("noAssignments")}</p>
            ) : (
              <AssignmentsTable
                label={t("assignmentsOf", { name: p.name })}
                today={today}
                rows={p.assignments.map((a) => ({ ...a, href: `/${tenant.slug}/console/my-point/${a.id}` }))}
              />
            )}
          </CardBody>
        </Card>
      ))}
      <Card as="section" aria-labelledby="plans">
        <CardHeader>
          <CardTitle id="plans">{t("plans")}</CardTitle>
        </CardHeader>
        <CardBody className="space-y-3">
          <p className="text-sm text-gray-600">{t("plansDescription")}</p>
          <AnnualPlans plans={plans} tenantSlug={tenant.slug} />
        </CardBody>
      </Card>
    </div>
  );
}
