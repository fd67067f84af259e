import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { DisposeForm } from "@/components/consultation/DisposeForm";
import { OpinionFilters } from "@/components/consultation/OpinionFilters";
import { OpinionTable } from "@/components/consultation/OpinionTable";
import { linkClasses } from "@/components/legislation/util";
import { Alert, buttonClasses, Card, CardBody, CardHeader, CardTitle, EmptyState, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import {
  canDispose,
  countTriageOpinions,
  describeOpinions,
  draftArticles,
  getCampaign,
  getConsultation,
  listDistricts,
  listLaterArticles,
  listTriageOpinions,
  OPINION_COUNT_CAP,
  triageFilterSchema,
  type TriageFilter,
} from "@/lib/modules/consultation";
import { objectTitle } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<Record<string, string>> };
const FORM_ID = "dispose-form";

/** The filter without its page position, as URL parameters (for the keyset links and the reset). */
function filterQuery(f: TriageFilter, extra: Record<string, string> = {}): string {
  const kept = Object.entries(f).filter(([k, v]) => v !== undefined && k !== "after" && k !== "before" && k !== "page");
  return new URLSearchParams([...kept.map(([k, v]) => [k, String(v)]), ...Object.entries(extra)]).toString();
}

export async function generateMetadata({ params }: Props) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "consultation.view",
    { page: "consultation.opinions.title" },
    async (tenantId) => (await getConsultation(tenantId, id))?.title,
  );
}

/** Triage: the opinions of one consultation, filtered, a page at a time (keyset), disposed one by one or in bulk. */
export default async function OpinionsPage({ params, searchParams }: Props) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "consultation.view");
  if (!allowed) return <NoAccess />;
  const c = await getConsultation(tenant.id, id);
  if (!c) notFound();
  const filter = triageFilterSchema.parse(await searchParams);
  const scope = { tenantId: tenant.id, consultationId: c.id, draftVersionId: c.draftVersionId };
  const disposable = can(member.roles, "consultation.dispose") && canDispose(c);
  const [t, td, page, count, articles, districts, campaign, later] = await Promise.all([
    getTranslations("consultation.opinions"),
    getTranslations("consultation.dispose"),
    listTriageOpinions(scope, filter),
    countTriageOpinions(scope, filter),
    draftArticles(tenant.id, c.draftVersionId),
    listDistricts(tenant.id),
    filter.hash ? getCampaign(tenant.id, c.id, filter.hash) : null,
    disposable ? listLaterArticles(tenant.id, c) : [],
  ]);
  const described = await describeOpinions(tenant.id, c.id, page.rows);
  const byIdentity = new Map(articles.map((a) => [a.identity, a.label]));
  const base = `/${tenant.slug}/console/consultations/${c.id}`;
  const laterVersions = later.map((v) => ({
    id: v.id,
    label: v.label,
    articles: v.articles.map((a) => ({ id: a.id, label: a.label })),
  }));
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={
          <Link href={base} className={linkClasses}>
            {c.title}
          </Link>
        }
      />
      <OpinionFilters
        filter={filter}
        articles={articles.map((a) => ({ id: a.id, label: a.label }))}
        districts={districts}
        resetHref={`${base}/opinions`}
      />
      {campaign && (
        <Card as="section" aria-labelledby="campaign">
          <CardHeader>
            <CardTitle id="campaign">
              {campaign.campaign
                ? t("campaignTitle", { size: campaign.size })
                : t("campaignSingle", { size: campaign.size })}
            </CardTitle>
          </CardHeader>
          <CardBody className="space-y-4">
            <p className="max-w-3xl whitespace-pre-line text-gray-900">{campaign.content}</p>
            {disposable && (
              <DisposeForm
                tenantSlug={tenant.slug}
                consultationId={c.id}
                formId="campaign-form"
                target={{ kind: "campaign", contentHash: campaign.contentHash, size: campaign.size }}
                laterVersions={laterVersions}
              />
            )}
          </CardBody>
        </Card>
      )}
      {!canDispose(c) && <Alert tone="info">{t("locked")}</Alert>}
      <p className="text-sm text-gray-700" aria-live="polite">
        {count.capped ? t("countCapped", { count: OPINION_COUNT_CAP }) : t("count", { count: count.count })}
      </p>
      {disposable && page.rows.length > 0 && (
        <Card as="section" aria-labelledby="dispose">
          <CardHeader>
            <CardTitle id="dispose">{td("title")}</CardTitle>
          </CardHeader>
          <CardBody>
            <DisposeForm
              tenantSlug={tenant.slug}
              consultationId={c.id}
              formId={FORM_ID}
              target={{ kind: "selected" }}
              laterVersions={laterVersions}
            />
          </CardBody>
        </Card>
      )}
      {page.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <OpinionTable
          rows={page.rows}
          formId={disposable ? FORM_ID : null}
          names={{ ...described, article: (identity) => (identity ? (byIdentity.get(identity) ?? "—") : t("whole")) }}
        />
      )}
      {(page.prev || page.next) && (
        <nav aria-label={t("pagination")} className="flex justify-between gap-2">
          {page.prev ? (
            <Link
              href={`${base}/opinions?${filterQuery(filter, { before: page.prev })}`}
              rel="prev"
              className={buttonClasses("secondary")}
            >
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          {page.next ? (
            <Link
              href={`${base}/opinions?${filterQuery(filter, { after: page.next })}`}
              rel="next"
              className={buttonClasses("secondary")}
            >
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
