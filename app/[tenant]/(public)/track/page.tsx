import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { TrackForm } from "@/components/legislation-public/TrackForm";
import { PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { normaliseReceiptCode } from "@/lib/receipt";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ code?: string | string[] }> };

export async function generateMetadata() {
  const t = await getTranslations("legislationPublic.track");
  return { title: t("title"), robots: { index: false } };
}

/** Enter a receipt code; a well-formed one goes on to /track/{CODE}, anything else is asked for again. */
export default async function TrackPage({ params, searchParams }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const typed = (await searchParams).code;
  const raw = typeof typed === "string" ? typed.slice(0, 40) : undefined;
  const code = raw ? normaliseReceiptCode(raw) : null;
  if (code) redirect(`/${tenant.slug}/track/${code}`);
  const [t, m] = await Promise.all([
    getTranslations("legislationPublic.track"),
    getTranslations("citizenMessagesPublic.track"),
  ]);
  return (
    <PublicShell tenant={tenant} active="track">
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("title")} description={t("description")} />
        <TrackForm tenantSlug={tenant.slug} value={raw} error={raw !== undefined ? t("badCode") : undefined} />
        <p className="mt-4 text-sm text-gray-700">{m("messageHint")}</p>
      </div>
    </PublicShell>
  );
}
