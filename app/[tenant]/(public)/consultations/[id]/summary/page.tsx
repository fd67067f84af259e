import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { DispositionSummary } from "@/components/consultation-public/DispositionSummary";
import { BackLink } from "@/components/legislation-public/BackLink";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { getPublicSummary } from "@/lib/modules/consultation";

type Props = { params: Promise<{ tenant: string; id: string }> };

const load = cache(async (slug: string, id: string) => getPublicSummary((await requireTenant(slug)).id, id));

export async function generateMetadata({ params }: Props) {
  const { tenant, id } = await params;
  const [s, t] = await Promise.all([load(tenant, id), getTranslations("consultationPublic.summary")]);
  return s ? { title: `${t("title")} · ${s.consultation.title}` } : {};
}

/** How the opinions were disposed, article by article: a 404 until the dispositions are published. */
export default async function SummaryPage({ params }: Props) {
  const { tenant: slug, id } = await params;
  const tenant = await requireTenant(slug);
  const summary = await load(slug, id);
  if (!summary) notFound();
  const [t, format] = await Promise.all([getTranslations("consultationPublic.summary"), getFormatter()]);
  return (
    <PublicShell tenant={tenant} active="consultations">
      <BackLink href={`/${tenant.slug}/consultations/${summary.consultation.id}`}>{t("back")}</BackLink>
      <PageHeader title={t("title")} description={summary.consultation.title} />
      <div className="max-w-3xl space-y-4">
        <p className="-mt-3 text-sm text-gray-700">
          {t("publishedOn", { date: format.dateTime(summary.consultation.publishedAt, "date") })}
        </p>
        <DispositionSummary summary={summary} />
      </div>
    </PublicShell>
  );
}
