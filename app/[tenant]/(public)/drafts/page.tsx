import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { RegulationList } from "@/components/legislation-public/RegulationList";
import { linkClasses } from "@/components/legislation-public/format";
import { EmptyState, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import type { RegulationStage } from "@/lib/modules/legislation";
import { loadPublicRegulations } from "@/lib/modules/legislation";

type Props = { params: Promise<{ tenant: string }> };

// Stages in which a text is being drafted or deliberated (and may have published drafts to read).
const DRAFT_STAGES = new Set<RegulationStage>([
  "DRAFTING",
  "ARGUMENTATION",
  "SUBMITTED",
  "FIRST_READING",
  "SECOND_READING",
  "THIRD_READING",
]);

export async function generateMetadata() {
  const t = await getTranslations("legislationPublic.drafts");
  return { title: t("title") };
}

/** Drafts in the making: the regulations being drafted or deliberated; each page lists its published texts. */
export default async function DraftsPage({ params }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const [t, result] = await Promise.all([
    getTranslations("legislationPublic.drafts"),
    // The public list is ordered by latest move, so the projects under way come first.
    loadPublicRegulations(tenant.id, { limit: 100, offset: 0 }),
  ]);
  const active = result.regulations.filter((r) => DRAFT_STAGES.has(r.stage));
  return (
    <PublicShell tenant={tenant} active="drafts">
      <PageHeader title={t("title")} description={t("description")} />
      {active.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <RegulationList tenantSlug={tenant.slug} regulations={active} label={t("title")} anchor="drafts" />
      )}
      <p className="mt-6 text-sm">
        <Link href={`/${tenant.slug}/regulations`} className={linkClasses}>
          {t("allRegulations")}
        </Link>
      </p>
    </PublicShell>
  );
}
