import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { BackLink } from "@/components/legislation-public/BackLink";
import { DraftText } from "@/components/legislation-public/DraftText";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { getDates } from "@/components/legislation-public/format";
import { Badge, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { loadPublicDraft } from "@/lib/modules/legislation";

type Props = { params: Promise<{ tenant: string; id: string }> };

const load = cache(async (slug: string, id: string) => loadPublicDraft((await requireTenant(slug)).id, id));

export async function generateMetadata({ params }: Props) {
  const { tenant, id } = await params;
  const draft = await load(tenant, id);
  return draft ? { title: `${draft.title}（${draft.label}）` } : {};
}

/** A published draft, article by article; every article is an anchor (#article-<ordinal>) a WeChat link can open at. */
export default async function DraftPage({ params }: Props) {
  const { tenant: slug, id } = await params;
  const tenant = await requireTenant(slug);
  const draft = await load(slug, id);
  if (!draft) notFound();
  const [t, dates] = await Promise.all([getTranslations("legislationPublic.draft"), getDates()]);
  return (
    <PublicShell tenant={tenant} active="drafts">
      <BackLink href={`/${tenant.slug}/regulations/${draft.regulation.id}`}>
        {t("back", { title: draft.regulation.title })}
      </BackLink>
      <PageHeader title={draft.title} />
      <div className="-mt-3 mb-6 space-y-2">
        <p className="flex flex-wrap items-center gap-2 text-sm text-gray-700">
          <Badge tone="info">{draft.label}</Badge>
          <span>{t("publishedOn", { date: dates.instant(draft.publishedAt) })}</span>
          {draft.articles.length > 0 && <span>{t("articleCount", { count: draft.articles.length })}</span>}
        </p>
        {draft.articles.length > 0 && <p className="text-sm text-gray-600">{t("shareHint")}</p>}
      </div>
      <DraftText draft={draft} />
    </PublicShell>
  );
}
