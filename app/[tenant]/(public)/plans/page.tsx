import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { getDates, linkClasses } from "@/components/legislation-public/format";
import { Badge, Card, CardBody, EmptyState, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { loadPublicPlans } from "@/lib/modules/legislation";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata() {
  const t = await getTranslations("legislationPublic.plans");
  return { title: t("title") };
}

/** The published five-year and annual plans. */
export default async function PlansPage({ params }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const [t, tp, terms, dates, plans] = await Promise.all([
    getTranslations("legislationPublic.plans"),
    getTranslations("legislationPublic"),
    getTranslations("legislationTerms"),
    getDates(),
    loadPublicPlans(tenant.id),
  ]);
  return (
    <PublicShell tenant={tenant} active="plans">
      <PageHeader title={t("title")} description={t("description", { tenant: tenant.fullName })} />
      {plans.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="space-y-3">
          {plans.map((p) => (
            <li key={p.id}>
              <Card as="article">
                <CardBody className="space-y-2">
                  <p className="flex flex-wrap items-center gap-2 text-sm text-gray-700">
                    <Badge tone="info">{terms(`planKind.${p.kind}`)}</Badge>
                    <span>
                      {p.startYear === p.endYear
                        ? tp("year", { year: String(p.startYear) })
                        : tp("years", { start: String(p.startYear), end: String(p.endYear) })}
                    </span>
                    {p.term && <span>{p.term}</span>}
                  </p>
                  <h2 className="text-lg font-semibold leading-snug">
                    <Link href={`/${tenant.slug}/plans/${p.id}`} className={linkClasses}>
                      {p.title}
                    </Link>
                  </h2>
                  <p className="text-sm text-gray-700">
                    {t("itemCount", { count: p.itemCount })} ·{" "}
                    {t("publishedOn", { date: dates.instant(p.publishedAt) })}
                  </p>
                  {p.description && <p className="line-clamp-3 text-sm leading-6 text-gray-800">{p.description}</p>}
                </CardBody>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </PublicShell>
  );
}
