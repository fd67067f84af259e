// One filing: its facts (number, issuer, dates, the review's deadline — flagged when past), its text or file, the
// committee's finding and the issuer's response; and the form of the move the member may make now: assign (the
// office, or a committee's member to their own), the finding (the reviewing committee), the response (the
// issuer unit, or the office for an issuer without a unit). Another city's filing, or one not seen: 404.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { AssignFilingForm, RespondFilingForm, ReviewFilingForm } from "@/components/filings/FilingForms";
import { Alert, Badge, Card, CardBody, CardHeader, CardTitle, FactList, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import {
  canMove,
  filingChoices,
  getFiling,
  isFilingOffice,
  mayAssign,
  mayRespond,
  mayReview,
  reviewedOnTime,
} from "@/lib/modules/filings";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("filings.title");

export default async function FilingPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const p = await params;
  const { tenant, member, allowed } = await requireMember(p.tenant, "filing.view");
  if (!allowed) return <NoAccess />;
  const f = await getFiling(tenant.id, member, p.id);
  if (!f) notFound();
  const t = await getTranslations("filings");
  const manage = can(member.roles, "filing.manage");
  const committees = manage ? (await filingChoices(tenant.id)).committees.filter((c) => mayAssign(member, c.id)) : [];
  const showAssign = manage && canMove(f.status, "assign") && committees.length > 0;
  const showReview = manage && canMove(f.status, "review") && mayReview(member, f);
  const showRespond =
    canMove(f.status, "respond") &&
    mayRespond(member, f) &&
    (f.issuerUnitId ? can(member.roles, "filing.respond") : manage);
  const onTime = reviewedOnTime(f);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/${tenant.slug}/console/filings`} className="text-sm text-brand-700 hover:underline">
          {t("detail.back")}
        </Link>
      </p>
      <PageHeader title={f.title} description={`${f.issuer} · ${f.docNumber}`} />
      <div className="flex flex-wrap gap-2">
        <Badge tone={f.status === "CLOSED" ? "success" : "neutral"}>{t(`status.${f.status}`)}</Badge>
        {f.finding && (
          <Badge tone={f.finding === "NO_PROBLEM" ? "success" : "warning"}>{t(`finding.${f.finding}`)}</Badge>
        )}
        {onTime !== null && (
          <Badge tone={onTime ? "success" : "danger"}>{t(onTime ? "detail.onTime" : "detail.late")}</Badge>
        )}
      </div>
      {f.overdue && <Alert tone="error">{t("detail.overdue")}</Alert>}
      <Card as="section" aria-labelledby="facts">
        <CardHeader>
          <CardTitle id="facts">{t("detail.facts")}</CardTitle>
        </CardHeader>
        <CardBody>
          <FactList
            rows={[
              [t("fields.issuer"), f.issuerUnit ? `${f.issuer}（${f.issuerUnit}）` : f.issuer],
              [t("fields.docNumber"), f.docNumber],
              [t("fields.issuedOn"), f.issuedOn],
              [t("fields.filedOn"), f.filedOn],
              [t("fields.effectiveOn"), f.effectiveOn ?? "—"],
              [t("fields.dueOn"), f.dueOn],
              [t("fields.committee"), f.committee ?? "—"],
              ...(f.attachmentId
                ? [
                    [
                      t("fields.attachment"),
                      <a
                        key="file"
                        href={`/api/v1/${tenant.slug}/attachments/${f.attachmentId}`}
                        className="text-brand-700 hover:underline"
                      >
                        {t("detail.download")}
                      </a>,
                    ] as [string, React.ReactNode],
                  ]
                : []),
            ]}
          />
        </CardBody>
      </Card>
      <Card as="section" aria-labelledby="text">
        <CardHeader>
          <CardTitle id="text">{t("detail.text")}</CardTitle>
        </CardHeader>
        <CardBody>
          <p className="whitespace-pre-wrap text-sm text-gray-900 [overflow-wrap:anywhere]">
            {f.text || t("detail.noText")}
          </p>
        </CardBody>
      </Card>
      {f.finding && (
        <Card as="section" aria-labelledby="finding">
          <CardHeader>
            <CardTitle id="finding">{t("fields.finding")}</CardTitle>
          </CardHeader>
          <CardBody className="space-y-3">
            <FactList
              rows={[
                [t("fields.finding"), t(`finding.${f.finding}`)],
                [t("fields.reviewedOn"), f.reviewedOn ?? "—"],
                [t("fields.reviewedBy"), f.reviewedBy ?? "—"],
              ]}
            />
            <p className="whitespace-pre-wrap text-sm text-gray-900">{f.findingNote}</p>
            {f.responseBody !== null ? (
              <div className="rounded-md bg-gray-50 p-3 text-sm">
                <h3 className="font-semibold text-gray-900">
                  {t("fields.response")} · {f.respondedOn}
                </h3>
                <p className="whitespace-pre-wrap text-gray-900">{f.responseBody}</p>
              </div>
            ) : (
              f.status === "AWAITING_RESPONSE" && <p className="text-sm text-gray-700">{t("respond.waiting")}</p>
            )}
          </CardBody>
        </Card>
      )}
      {showAssign && (
        <Card as="section" aria-labelledby="assign">
          <CardHeader>
            <CardTitle id="assign">{t(f.committeeId ? "assign.reassign" : "assign.title")}</CardTitle>
          </CardHeader>
          <CardBody>
            <AssignFilingForm tenantSlug={tenant.slug} id={f.id} committees={committees} current={f.committeeId} />
          </CardBody>
        </Card>
      )}
      {showReview && (
        <Card as="section" aria-labelledby="review">
          <CardHeader>
            <CardTitle id="review">{t("review.title")}</CardTitle>
          </CardHeader>
          <CardBody>
            <ReviewFilingForm tenantSlug={tenant.slug} id={f.id} />
          </CardBody>
        </Card>
      )}
      {showRespond && (
        <Card as="section" aria-labelledby="respond">
          <CardHeader>
            <CardTitle id="respond">{t(f.issuerUnitId ? "respond.title" : "respond.recordTitle")}</CardTitle>
          </CardHeader>
          <CardBody>
            <RespondFilingForm
              tenantSlug={tenant.slug}
              id={f.id}
              asOffice={!f.issuerUnitId && isFilingOffice(member)}
            />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
