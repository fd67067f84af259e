import { getTranslations } from "next-intl/server";
import { ConsultationCard } from "@/components/consultation-public/ConsultationCard";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { Alert, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { listPublicConsultations, type PublicConsultationSummary } from "@/lib/modules/consultation";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata() {
  const t = await getTranslations("consultationPublic");
  return { title: t("title") };
}

/** Drafts open for comment first (ending soonest first, with time left and figures so far), then upcoming and recent ones. */
export default async function ConsultationsPage({ params }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const [t, all] = await Promise.all([getTranslations("consultationPublic"), listPublicConsultations(tenant.id)]);
  const open = all.filter((c) => c.state === "OPEN");
  const upcoming = all.filter((c) => c.state === "SCHEDULED");
  const past = all.filter((c) => c.state === "CLOSED" || c.state === "PUBLISHED");
  const section = (id: string, title: string, items: PublicConsultationSummary[]) =>
    items.length > 0 && (
      <section aria-labelledby={id} className="space-y-3">
        <h2 id={id} className="text-lg font-semibold text-gray-900">
          {title}
        </h2>
        <ul className="space-y-3">
          {items.map((c) => (
            <li key={c.id}>
              <ConsultationCard tenantSlug={tenant.slug} c={c} />
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <PublicShell tenant={tenant} active="consultations">
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-8">
        {open.length === 0 ? <Alert tone="info">{t("noneOpen")}</Alert> : section("open", t("openTitle"), open)}
        {section("upcoming", t("upcomingTitle"), upcoming)}
        {section("past", t("pastTitle"), past)}
      </div>
      {all.some((c) => c.state !== "SCHEDULED") && <p className="mt-6 text-xs text-gray-600">{t("countsNote")}</p>}
    </PublicShell>
  );
}
