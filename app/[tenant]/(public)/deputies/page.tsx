import { getTranslations } from "next-intl/server";
import { paginationLabels } from "@/components/common/pagination-labels";
import { DeputiesPublicShell } from "@/components/deputies/DeputiesPublicShell";
import { PublicDeputyList } from "@/components/deputies/PublicDeputyList";
import { Button, EmptyState, Field, FilterSelect, Input, PageHeader, Pagination } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import {
  DEPUTY_LEVELS,
  deputyDistricts,
  deputyFilterChoices,
  deputyListFilterSchema,
  loadPublicDeputies,
} from "@/lib/modules/deputies";
import { stationNamesByDeputy } from "@/lib/modules/stations";
import { titled } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[]>> };

export const generateMetadata = titled("deputies.public.title");

const PAGE_SIZE = 20;

/** 人大代表: the deputies in office by district, level and delegation, with the stations they receive people at. */
export default async function PublicDeputiesPage({ params, searchParams }: Props) {
  const tenant = await requireTenant((await params).tenant);
  // Bad filter values are ignored rather than refused: the form only offers valid ones.
  const filter = deputyListFilterSchema.parse(await searchParams);
  const query = { q: filter.q, district: filter.district, level: filter.level, delegation: filter.delegation };
  const [t, levels, districts, choices, page] = await Promise.all([
    getTranslations("deputies.public"),
    getTranslations("deputies.level"),
    deputyDistricts(tenant.id),
    deputyFilterChoices(tenant.id),
    loadPublicDeputies(
      tenant.id,
      { ...query, limit: PAGE_SIZE, offset: (filter.page - 1) * PAGE_SIZE },
      stationNamesByDeputy,
    ),
  ]);
  const base = `/${tenant.slug}/deputies`;
  const hrefFor = (p: number) => {
    const qs = new URLSearchParams(
      Object.entries({ ...query, page: String(p) }).filter((e): e is [string, string] => !!e[1]),
    );
    return `${base}?${qs}`;
  };
  return (
    <DeputiesPublicShell tenant={tenant}>
      <PageHeader title={t("title")} description={t("description", { tenant: tenant.fullName })} />
      <form
        action={base}
        role="search"
        aria-label={t("filter")}
        className="mb-4 grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
      >
        <Field label={t("q")}>
          <Input name="q" defaultValue={filter.q} maxLength={50} autoComplete="off" />
        </Field>
        <FilterSelect
          label={t("district")}
          name="district"
          value={filter.district ?? ""}
          all={t("allDistricts")}
          options={districts.map((d) => ({ value: d.id, label: d.name }))}
        />
        <FilterSelect
          label={t("level")}
          name="level"
          value={filter.level ?? ""}
          all={t("allLevels")}
          options={DEPUTY_LEVELS.map((l) => ({ value: l, label: levels(l) }))}
        />
        <FilterSelect
          label={t("delegation")}
          name="delegation"
          value={filter.delegation ?? ""}
          all="—"
          options={choices.delegations.map((d) => ({ value: d, label: d }))}
        />
        <Button type="submit">{t("apply")}</Button>
      </form>
      <p className="mb-3 text-sm text-gray-700" aria-live="polite">
        {t("total", { count: page.total })}
      </p>
      {page.deputies.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <PublicDeputyList deputies={page.deputies} tenantSlug={tenant.slug} />
      )}
      <Pagination
        page={filter.page}
        pageCount={Math.ceil(page.total / PAGE_SIZE)}
        hrefFor={hrefFor}
        labels={await paginationLabels()}
      />
    </DeputiesPublicShell>
  );
}
