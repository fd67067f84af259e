import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { AssignmentsTable } from "@/components/contact-points/AssignmentsTable";
import { ContactPointForm } from "@/components/contact-points/ContactPointForm";
import { dayDate, linkClasses } from "@/components/legislation/util";
import { Badge, Card, CardBody, CardHeader, CardTitle, EmptyState, FactList, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { contactPointChoices, getContactPoint } from "@/lib/modules/contact-points";
import { objectTitle } from "@/lib/page-title";

export async function generateMetadata({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "contactPoint.view",
    { section: "contactPoints.registry.title" },
    async (tenantId) => (await getContactPoint(tenantId, id))?.point.name,
  );
}

/** One contact point: its registry entry, its record, the consultations handed to it; staff who manage edit it here. */
export default async function ContactPointPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "contactPoint.view");
  if (!allowed) return <NoAccess />;
  const data = await getContactPoint(tenant.id, id);
  if (!data) notFound();
  const { point, assignments } = data;
  const manage = can(member.roles, "contactPoint.manage");
  const [t, types, format, choices] = await Promise.all([
    getTranslations("contactPoints.detail"),
    getTranslations("contactPoints.type"),
    getFormatter(),
    manage ? contactPointChoices(tenant.id) : null,
  ]);
  const consoleConsultations = can(member.roles, "consultation.view") ? `/${tenant.slug}/console/consultations` : null;
  // A coordinator who has since lost the role still shows in the form, so saving does not silently unlink them.
  const coordinators =
    choices && point.coordinator && !choices.coordinators.some((c) => c.id === point.coordinator!.id)
      ? [...choices.coordinators, point.coordinator]
      : choices?.coordinators;
  return (
    <div className="space-y-6">
      <PageHeader title={point.name} description={[types(point.type), point.areaPath].filter(Boolean).join(" · ")} />
      <div className="-mt-4 flex flex-wrap items-center gap-3 text-sm">
        {point.active ? <Badge tone="success">{t("active")}</Badge> : <Badge>{t("inactive")}</Badge>}
        <Link href={`/${tenant.slug}/console/contact-points`} className={linkClasses}>
          {t("back")}
        </Link>
      </div>
      <Card>
        <CardBody className="space-y-3">
          <FactList
            rows={[
              [
                t("coordinator"),
                point.coordinator
                  ? t("coordinatorValue", { name: point.coordinator.displayName, username: point.coordinator.username })
                  : t("noCoordinator"),
              ],
              [t("address"), point.address],
              [t("establishedOn"), point.establishedOn ? format.dateTime(dayDate(point.establishedOn), "date") : null],
              [t("record"), t("recordValue", { ...point.stats })],
            ]}
          />
          <p className="text-sm text-gray-600">{t("adoptedNote")}</p>
        </CardBody>
      </Card>
      <section aria-labelledby="assignments" className="space-y-3">
        <h2 id="assignments" className="text-lg font-semibold text-gray-900">
          {t("assignments")}
        </h2>
        {assignments.length === 0 ? (
          <EmptyState title={t("noAssignments")} />
        ) : (
          <AssignmentsTable
            label={t("assignments")}
            today={todayInShanghai()}
            rows={assignments.map((a) => ({
              ...a,
              href: consoleConsultations && `${consoleConsultations}/${a.consultationId}`,
            }))}
          />
        )}
      </section>
      {choices && coordinators && (
        <Card as="section" aria-labelledby="edit">
          <CardHeader>
            <CardTitle id="edit">{t("edit")}</CardTitle>
          </CardHeader>
          <CardBody>
            <ContactPointForm
              tenantSlug={tenant.slug}
              point={formValues(point)}
              areas={choices.areas}
              coordinators={coordinators}
              today={todayInShanghai()}
            />
          </CardBody>
        </Card>
      )}
    </div>
  );
}

function formValues(p: NonNullable<Awaited<ReturnType<typeof getContactPoint>>>["point"]) {
  return {
    id: p.id,
    name: p.name,
    type: p.type,
    areaId: p.areaId,
    coordinatorId: p.coordinatorId,
    address: p.address,
    establishedOn: p.establishedOn,
    active: p.active,
  };
}
