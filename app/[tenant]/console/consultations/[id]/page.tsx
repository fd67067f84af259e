import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { UnconfirmedYearNote } from "@/components/calendar/UnconfirmedYearNote";
import { AssignPointsForm } from "@/components/contact-points/AssignPointsForm";
import { ArticleCounts } from "@/components/consultation/ArticleCounts";
import { CampaignTable } from "@/components/consultation/CampaignTable";
import { ConsultationStateBadge } from "@/components/consultation/ConsultationStateBadge";
import { PublishDispositionsButton } from "@/components/consultation/PublishDispositionsButton";
import { linkClasses } from "@/components/legislation/util";
import { Alert, buttonClasses, Card, CardBody, CardHeader, CardTitle, FactList, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { workingCalendar } from "@/lib/modules/calendar";
import { CAMPAIGN_MIN_SIZE, consultationOverview, getConsultation, listCampaigns } from "@/lib/modules/consultation";
import { listAssignablePoints, listAssignmentsForConsultation } from "@/lib/modules/contact-points";
import { objectTitle } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<Record<string, string>> };

export async function generateMetadata({ params }: Props) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "consultation.view",
    { section: "consultation.list.title" },
    async (tenantId) => (await getConsultation(tenantId, id))?.title,
  );
}

/** One consultation: its facts, opinions counted per article (most commented first), campaigns, publication. */
export default async function ConsultationPage({ params, searchParams }: Props) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "consultation.view");
  if (!allowed) return <NoAccess />;
  const c = await getConsultation(tenant.id, id);
  if (!c) notFound();
  const manage = can(member.roles, "consultation.manage");
  const assigning = manage && (c.state === "SCHEDULED" || c.state === "OPEN") && c.channels.includes("CONTACT_POINT");
  const [t, terms, format, overview, campaigns, query, points, assignments, calendar] = await Promise.all([
    getTranslations("consultation.overview"),
    getTranslations("consultationTerms"),
    getFormatter(),
    consultationOverview(tenant.id, c),
    listCampaigns(tenant.id, c.id),
    searchParams,
    assigning ? listAssignablePoints(tenant.id) : [],
    assigning ? listAssignmentsForConsultation(tenant.id, c.id) : [],
    assigning ? workingCalendar(tenant.id) : null,
  ]);
  // Points' opinions are due three working days before the consultation closes (not before today), so staff have
  // time to consolidate them; flagged when that falls in a year whose holidays are not confirmed yet.
  const today = todayInShanghai();
  const pointsDue = calendar?.addWorkingDaysChecked(todayInShanghai(c.endsAt), -3);
  const tp = await getTranslations("consultation.publish");
  const base = `/${tenant.slug}/console/consultations/${c.id}`;
  const period = `${format.dateTime(c.startsAt, "dateTime")} – ${format.dateTime(c.endsAt, "dateTime")}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={c.title}
        description={<ConsultationStateBadge state={c.state} />}
        actions={
          <>
            <Link href={`${base}/opinions`} className={buttonClasses("primary")}>
              {t("opinions")}
            </Link>
            <Link href={`${base}/summary`} className={buttonClasses("secondary")}>
              {t("summary")}
            </Link>
            <a href={`${base}/export?format=xlsx`} className={buttonClasses("ghost")} download>
              {t("exportXlsx")}
            </a>
            <a href={`${base}/export?format=docx`} className={buttonClasses("ghost")} download>
              {t("exportDocx")}
            </a>
          </>
        }
      />
      {query.created && <Alert tone="success">{t("created")}</Alert>}
      <Card as="section" aria-labelledby="facts">
        <CardHeader>
          <CardTitle id="facts">{t("facts")}</CardTitle>
        </CardHeader>
        <CardBody>
          <FactList
            rows={[
              [
                t("draft"),
                <Link
                  key="d"
                  href={`/${tenant.slug}/console/legislation/drafts/${c.draft.id}`}
                  className={linkClasses}
                >{`《${c.regulation.title}》${c.draft.label}`}</Link>,
              ],
              [t("window"), period],
              [t("channels"), c.channels.map((ch) => terms(`channel.${ch}`)).join(" · ")],
              [
                t("publishedAt"),
                c.dispositionsPublishedAt ? format.dateTime(c.dispositionsPublishedAt, "dateTime") : null,
              ],
            ]}
          />
          {(c.introduction || c.explanation) && (
            <div className="mt-4 space-y-2">
              {c.introduction && (
                <details>
                  <summary className="cursor-pointer font-medium text-brand-700">{t("introduction")}</summary>
                  <p className="mt-2 max-w-3xl whitespace-pre-line text-gray-800">{c.introduction}</p>
                </details>
              )}
              {c.explanation && (
                <details>
                  <summary className="cursor-pointer font-medium text-brand-700">{t("explanation")}</summary>
                  <p className="mt-2 max-w-3xl whitespace-pre-line text-gray-800">{c.explanation}</p>
                </details>
              )}
            </div>
          )}
        </CardBody>
      </Card>
      <Card as="section" aria-labelledby="stats">
        <CardHeader>
          <CardTitle id="stats">{t("stats")}</CardTitle>
        </CardHeader>
        <CardBody>
          <FactList
            compact
            rows={[
              [t("total"), format.number(overview.total)],
              [t("pending"), format.number(overview.pending)],
              [t("disposed"), format.number(overview.disposed)],
              [t("campaigns"), t("campaignsValue", { campaigns: campaigns.campaigns, opinions: campaigns.opinions })],
            ]}
          />
          {manage && c.state === "CLOSED" && (
            <div className="mt-4 space-y-2">
              <p className="max-w-3xl text-sm text-gray-700">{tp("hint")}</p>
              {overview.pending > 0 && (
                <Alert tone="warning">{tp("pendingWarning", { count: overview.pending })}</Alert>
              )}
              <PublishDispositionsButton tenantSlug={tenant.slug} consultationId={c.id} pending={overview.pending} />
            </div>
          )}
          {manage && (c.state === "SCHEDULED" || c.state === "OPEN") && (
            <p className="mt-4 text-sm text-gray-700">{tp("notYet")}</p>
          )}
          {c.dispositionsPublishedAt && (
            <p className="mt-4 text-sm text-gray-700">
              {tp("published", { at: format.dateTime(c.dispositionsPublishedAt, "dateTime") })}
            </p>
          )}
        </CardBody>
      </Card>
      <section aria-labelledby="by-article" className="space-y-2">
        <h2 id="by-article" className="text-xl font-semibold text-gray-900">
          {t("byArticle")}
        </h2>
        <p className="text-sm text-gray-700">
          {t("byArticleHint", { articles: overview.articleCount, withOpinions: overview.articlesWithOpinions })}
        </p>
        <ArticleCounts
          rows={overview.rows}
          total={overview.total}
          opinionsHref={(article) => `${base}/opinions?article=${article}`}
        />
      </section>
      <section aria-labelledby="campaigns" className="space-y-2">
        <h2 id="campaigns" className="text-xl font-semibold text-gray-900">
          {t("campaignList")}
        </h2>
        <p className="text-sm text-gray-700">{t("campaignHint", { min: CAMPAIGN_MIN_SIZE })}</p>
        <CampaignTable rows={campaigns.rows} hrefFor={(hash) => `${base}/opinions?hash=${hash}`} />
      </section>
      {/* Contact points (基层立法联系点): the assignment form is owned by the contact-point module; shown while
          points can still be consulted and this consultation takes their channel. */}
      {assigning && (
        <section aria-labelledby="contact-points" className="space-y-2">
          <h2 id="contact-points" className="text-xl font-semibold text-gray-900">
            {t("contactPoints")}
          </h2>
          <AssignPointsForm
            tenantSlug={tenant.slug}
            consultationId={c.id}
            points={points}
            assignments={assignments}
            defaultDueOn={pointsDue && pointsDue.day > today ? pointsDue.day : today}
          />
          {pointsDue && pointsDue.day > today && (
            <UnconfirmedYearNote years={pointsDue.unconfirmedYears} calendarHref={`/${tenant.slug}/console/calendar`} />
          )}
        </section>
      )}
    </div>
  );
}
