import { getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/legislation-public/PageLinks";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { RegulationFilters } from "@/components/legislation-public/RegulationFilters";
import { RegulationList } from "@/components/legislation-public/RegulationList";
import { EmptyState, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { STAGES, type RegulationStage } from "@/lib/modules/legislation";
import { loadPublicRegulations } from "@/lib/modules/legislation";

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PER_PAGE = 20;

export async function generateMetadata() {
  const t = await getTranslations("legislationPublic.regulations");
  return { title: t("title") };
}

// A hand-edited or stale link never errors: what cannot be read is simply not applied.
function readFilters(query: Record<string, string | string[] | undefined>) {
  const one = (k: string) => (typeof query[k] === "string" ? query[k].trim() : "");
  const stage = (STAGES as readonly string[]).includes(one("stage")) ? (one("stage") as RegulationStage) : undefined;
  const year =
    /^\d{4}$/.test(one("year")) && Number(one("year")) >= 1980 && Number(one("year")) <= 2100
      ? Number(one("year"))
      : undefined;
  const page = /^\d{1,4}$/.test(one("page")) ? Math.max(1, Number(one("page"))) : 1;
  return { stage, year, page };
}

/** The regulations the public may see, newest move first, filtered by stage and year. */
export default async function RegulationsPage({ params, searchParams }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const { stage, year, page } = readFilters(await searchParams);
  const [t, result] = await Promise.all([
    getTranslations("legislationPublic.regulations"),
    loadPublicRegulations(tenant.id, { stage, year, limit: PER_PAGE, offset: (page - 1) * PER_PAGE }),
  ]);
  const base = `/${tenant.slug}/regulations`;
  const hrefFor = (p: number) => {
    const q = new URLSearchParams({
      ...(stage ? { stage } : {}),
      ...(year ? { year: String(year) } : {}),
      ...(p > 1 ? { page: String(p) } : {}),
    }).toString();
    return q ? `${base}?${q}` : base;
  };
  const filtered = Boolean(stage || year);
  return (
    <PublicShell tenant={tenant} active="regulations">
      <PageHeader title={t("title")} description={t("description")} />
      <RegulationFilters action={base} stage={stage} year={year} filtered={filtered} />
      {result.regulations.length === 0 ? (
        <EmptyState title={filtered || page > 1 ? t("emptyFiltered") : t("empty")} />
      ) : (
        <RegulationList tenantSlug={tenant.slug} regulations={result.regulations} label={t("resultsLabel")} />
      )}
      <PageLinks page={page} hasMore={result.hasMore} hrefFor={hrefFor} />
    </PublicShell>
  );
}
