import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { DispositionSummary } from "@/components/consultation-public/DispositionSummary";
import { BackLink } from "@/components/legislation-public/BackLink";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import {
  consultationState,
  getPublicConsultationWindow,
  getPublicSummary,
  resultsExpectedBy,
} from "@/lib/modules/consultation";

type Props = { params: Promise<{ tenant: string; id: string }> };

const load = cache(async (slug: string, id: string) => getPublicSummary((await requireTenant(slug)).id, id));

export async function generateMetadata({ params }: Props) {
  const { tenant, id } = await params;
  const [s, t] = await Promise.all([load(tenant, id), getTranslations("consultationPublic.summary")]);
  return s ? { title: `${t("title")} · ${s.consultation.title}` } : { title: t("title") };
}

/** How the opinions were disposed, article by article. Before the dispositions are published it says so, and
 *  when they are expected (a citizen's receipt links here); an unknown or another city's id is 404. */
export default async function SummaryPage({ params }: Props) {
  const { tenant: slug, id } = await params;
  const tenant = await requireTenant(slug);
  const summary = await load(slug, id);
  const [t, format] = await Promise.all([getTranslations("consultationPublic.summary"), getFormatter()]);
  if (!summary) {
    const c = await getPublicConsultationWindow(tenant.id, id);
    if (!c) notFound();
    const state = consultationState(c);
    const by = resultsExpectedBy(c);
    const date = (d: Date) => format.dateTime(d, "date");
    return (
      <PublicShell tenant={tenant} active="consultations">
        <BackLink href={`/${tenant.slug}/consultations/${c.id}`}>{t("back")}</BackLink>
        <PageHeader title={t("title")} description={c.title} />
        <div role="status" className="max-w-3xl space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <p className="font-medium text-amber-950">{t("notYet")}</p>
          <p className="text-amber-950">
            {state === "OPEN" || state === "SCHEDULED"
              ? t("notYetOpen", { end: date(c.endsAt) })
              : by
                ? t("notYetExpected", { end: date(c.endsAt), by: date(by) })
                : t("notYetSoon", { end: date(c.endsAt) })}
          </p>
          <p className="text-sm text-amber-950">{t("notYetTrack")}</p>
        </div>
      </PublicShell>
    );
  }
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
