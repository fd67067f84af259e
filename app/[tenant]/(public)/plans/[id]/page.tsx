import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { BackLink } from "@/components/legislation-public/BackLink";
import { PlanItemCard } from "@/components/legislation-public/PlanItemCard";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { getDates } from "@/components/legislation-public/format";
import { Badge, EmptyState, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { loadPublicPlan } from "@/lib/modules/legislation";

type Props = { params: Promise<{ tenant: string; id: string }> };

const CATEGORIES = ["DELIBERATION", "RESEARCH", "RESERVE"] as const;
// Metadata and page read the same plan once per request.
const load = cache(async (slug: string, id: string) => loadPublicPlan((await requireTenant(slug)).id, id));

export async function generateMetadata({ params }: Props) {
  const { tenant, id } = await params;
  const plan = await load(tenant, id);
  return plan ? { title: plan.title } : {};
}

/** One published plan: its items by category, each with who drafts and leads it and where it stands now. */
export default async function PlanPage({ params }: Props) {
  const { tenant: slug, id } = await params;
  const tenant = await requireTenant(slug);
  const plan = await load(slug, id);
  if (!plan) notFound();
  const [t, tp, terms, dates] = await Promise.all([
    getTranslations("legislationPublic.plan"),
    getTranslations("legislationPublic"),
    getTranslations("legislationTerms"),
    getDates(),
  ]);
  const years =
    plan.startYear === plan.endYear
      ? tp("year", { year: String(plan.startYear) })
      : tp("years", { start: String(plan.startYear), end: String(plan.endYear) });
  return (
    <PublicShell tenant={tenant} active="plans">
      <BackLink href={`/${tenant.slug}/plans`}>{t("back")}</BackLink>
      <PageHeader title={plan.title} />
      <div className="-mt-3 mb-6 space-y-3">
        <p className="flex flex-wrap items-center gap-2 text-sm text-gray-700">
          <Badge tone="info">{terms(`planKind.${plan.kind}`)}</Badge>
          <span>{years}</span>
          {plan.term && <span>{plan.term}</span>}
          <span>{tp("plans.publishedOn", { date: dates.instant(plan.publishedAt) })}</span>
        </p>
        {plan.description && (
          <p className="max-w-3xl whitespace-pre-line leading-7 text-gray-800">{plan.description}</p>
        )}
      </div>
      {plan.items.length === 0 && <EmptyState title={t("noItems")} />}
      {CATEGORIES.map((category) => {
        const items = plan.items.filter((i) => i.category === category);
        if (items.length === 0) return null;
        return (
          <section key={category} aria-labelledby={`cat-${category}`} className="mb-8">
            <h2 id={`cat-${category}`} className="mb-3 flex items-baseline gap-2 text-xl font-semibold text-gray-900">
              {terms(`category.${category}`)}
              <span className="text-sm font-normal text-gray-600">{t("categoryCount", { count: items.length })}</span>
            </h2>
            <ol className="space-y-3">
              {items.map((item, i) => (
                <li key={item.id}>
                  <PlanItemCard tenantSlug={tenant.slug} item={item} index={i + 1} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </PublicShell>
  );
}
