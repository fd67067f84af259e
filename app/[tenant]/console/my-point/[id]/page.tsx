import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { ConsultationStateBadge, SubmissionBadge } from "@/components/contact-points/AssignmentStatus";
import { PointOpinionsForm } from "@/components/contact-points/PointOpinionsForm";
import { SubmittedOpinions } from "@/components/contact-points/SubmittedOpinions";
import { dayDate, linkClasses } from "@/components/legislation/util";
import { Alert, Card, CardBody, CardHeader, CardTitle, FactList, PageHeader } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { getMyAssignment } from "@/lib/modules/contact-points";
import { objectTitle } from "@/lib/page-title";

export async function generateMetadata({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "contactPoint.submit",
    { section: "contactPoints.myPoint.title" },
    async (tenantId, member) => (await getMyAssignment(tenantId, member, id))?.consultation.title,
  );
}

/** One consultation handed to the coordinator's point: the draft article by article, the form, what was sent. */
export default async function MyAssignmentPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "contactPoint.submit");
  if (!allowed) return <NoAccess />;
  const data = await getMyAssignment(tenant.id, member, id);
  if (!data) notFound(); // another point's assignment looks the same as none
  const { assignment, point, consultation, draft, articles, opinions } = data;
  const [t, format] = await Promise.all([getTranslations("contactPoints.myAssignment"), getFormatter()]);
  const today = todayInShanghai();
  const open = consultation.state === "OPEN" && consultation.acceptsPoints;
  return (
    <div className="space-y-6">
      <PageHeader title={consultation.title} description={t("description", { point: point.name })} />
      <div className="-mt-4 flex flex-wrap items-center gap-3 text-sm">
        <ConsultationStateBadge state={consultation.state} />
        <SubmissionBadge dueOn={assignment.dueOn} submitted={!!assignment.submittedAt} today={today} />
        <Link href={`/${tenant.slug}/console/my-point`} className={linkClasses}>
          {t("back")}
        </Link>
      </div>
      <Card>
        <CardBody>
          <FactList
            rows={[
              [
                t("window"),
                t("windowValue", {
                  from: format.dateTime(consultation.startsAt, "dateTime"),
                  to: format.dateTime(consultation.endsAt, "dateTime"),
                }),
              ],
              [t("dueOn"), format.dateTime(dayDate(assignment.dueOn), "date")],
              [t("draft"), draft ? t("draftValue", { title: draft.title, label: draft.label }) : null],
              [
                t("submittedAt"),
                assignment.submittedAt ? format.dateTime(assignment.submittedAt, "dateTime") : t("notYet"),
              ],
            ]}
          />
          {consultation.introduction && (
            <p className="mt-3 max-w-prose whitespace-pre-line text-gray-800">{consultation.introduction}</p>
          )}
        </CardBody>
      </Card>
      <Card as="section" aria-labelledby="submit">
        <CardHeader>
          <CardTitle id="submit">{t("submitTitle")}</CardTitle>
        </CardHeader>
        <CardBody className="space-y-3">
          {open ? (
            <>
              <p className="text-sm text-gray-600">{t("submitHint")}</p>
              <PointOpinionsForm
                tenantSlug={tenant.slug}
                consultationId={consultation.id}
                contactPointId={point.id}
                articles={articles.map((a) => ({ id: a.id, label: a.label, text: a.text, clauses: a.clauses }))}
              />
            </>
          ) : (
            <Alert tone="info">
              {consultation.state === "SCHEDULED"
                ? t("notYetOpen", { date: format.dateTime(consultation.startsAt, "dateTime") })
                : !consultation.acceptsPoints
                  ? t("channelOff")
                  : t("closed")}
            </Alert>
          )}
        </CardBody>
      </Card>
      <section aria-labelledby="sent" className="space-y-3">
        <h2 id="sent" className="text-lg font-semibold text-gray-900">
          {t("sentTitle", { count: opinions.length })}
        </h2>
        <SubmittedOpinions opinions={opinions} />
      </section>
    </div>
  );
}
