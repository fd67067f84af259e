import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { StageBadge } from "@/components/legislation/StageBadge";
import { BackLink } from "@/components/legislation-public/BackLink";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { PublicTimeline } from "@/components/legislation-public/PublicTimeline";
import { getDates, linkClasses } from "@/components/legislation-public/format";
import { Badge, Card, CardBody, PageHeader, FactList } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { inLocale } from "@/lib/i18n/local-name";
import { loadPublicRegulation } from "@/lib/modules/legislation";

type Props = { params: Promise<{ tenant: string; id: string }> };

const load = cache(async (slug: string, id: string) => loadPublicRegulation((await requireTenant(slug)).id, id));

export async function generateMetadata({ params }: Props) {
  const { tenant, id } = await params;
  const r = await load(tenant, id);
  return r ? { title: r.title } : {};
}

/** One regulation project in public: where it stands, its timeline (stage, day, meeting, draft), its drafts. */
export default async function RegulationPage({ params }: Props) {
  const { tenant: slug, id } = await params;
  const tenant = await requireTenant(slug);
  const r = await load(slug, id);
  if (!r) notFound();
  const [t, tp, terms, dates, locale] = await Promise.all([
    getTranslations("legislationPublic.regulation"),
    getTranslations("legislationPublic"),
    getTranslations("legislationTerms"),
    getDates(),
    getLocale(),
  ]);
  const base = `/${tenant.slug}`;
  const targetLink = r.target ? (
    <Link href={`${base}/regulations/${r.target.id}`} className={linkClasses}>
      {r.target.title}
    </Link>
  ) : null;
  return (
    <PublicShell tenant={tenant} active="regulations">
      <BackLink href={`${base}/regulations`}>{t("back")}</BackLink>
      <PageHeader title={r.title} />
      <div className="-mt-3 mb-6 space-y-4">
        <p className="flex flex-wrap items-center gap-2 text-sm text-gray-700">
          <span>{t("currentStage")}</span>
          <StageBadge stage={r.stage} />
          <span>{t("since", { date: dates.day(r.stageChangedOn) })}</span>
          {r.kind !== "NEW" && <Badge>{terms(`regulationKind.${r.kind}`)}</Badge>}
        </p>
        <FactList
          compact
          rows={[
            [t("year"), tp("year", { year: String(r.year) })],
            [t("committee"), r.committee && inLocale(r.committee, r.committeeEn, locale)],
            [r.kind === "REPEAL" ? t("repeals") : t("amends"), targetLink],
            [t("promulgatedOn"), r.promulgatedOn ? dates.day(r.promulgatedOn) : null],
            [t("effectiveOn"), r.effectiveOn ? dates.day(r.effectiveOn) : null],
            [t("repealedOn"), r.repealedOn ? dates.day(r.repealedOn) : null],
          ]}
        />
        {r.summary && (
          <section aria-labelledby="summary">
            <h2 id="summary" className="sr-only">
              {t("summaryTitle")}
            </h2>
            <p className="max-w-3xl whitespace-pre-line leading-7 text-gray-800">{r.summary}</p>
          </section>
        )}
      </div>

      <section aria-labelledby="timeline" className="mb-8">
        <h2 id="timeline" className="mb-3 text-xl font-semibold text-gray-900">
          {t("timelineTitle")}
        </h2>
        <PublicTimeline tenantSlug={tenant.slug} events={r.timeline} drafts={r.drafts} />
      </section>

      <section id="drafts" aria-labelledby="drafts-title" className="mb-8 scroll-mt-4">
        <h2 id="drafts-title" className="mb-3 text-xl font-semibold text-gray-900">
          {t("draftsTitle")}
        </h2>
        {r.drafts.length === 0 ? (
          <p className="text-gray-700">{t("noDrafts")}</p>
        ) : (
          <ul className="space-y-3">
            {[...r.drafts].reverse().map((d) => (
              <li key={d.id}>
                <Card>
                  <CardBody className="space-y-1">
                    <p className="flex flex-wrap items-center gap-2">
                      <Badge tone="info">{d.label}</Badge>
                      <span className="text-sm text-gray-700">
                        {t("draftPublishedOn", { date: dates.instant(d.publishedAt) })}
                      </span>
                    </p>
                    <p className="font-semibold">
                      <Link href={`${base}/drafts/${d.id}`} className={linkClasses}>
                        {d.title}
                      </Link>
                    </p>
                  </CardBody>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      {r.changedBy.length > 0 && (
        <section aria-labelledby="changed-by" className="mb-8">
          <h2 id="changed-by" className="mb-3 text-xl font-semibold text-gray-900">
            {t("changedByTitle")}
          </h2>
          <ul className="space-y-2">
            {r.changedBy.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-2">
                <span className="text-sm text-gray-700">
                  {t("kindPrefix", { kind: terms(`regulationKind.${c.kind}`) })}
                </span>
                <Link href={`${base}/regulations/${c.id}`} className={linkClasses}>
                  {c.title}
                </Link>
                <StageBadge stage={c.stage} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </PublicShell>
  );
}
