import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { paginationLabels } from "@/components/common/pagination-labels";
import { DeputyFilters } from "@/components/deputies/DeputyFilters";
import { DeputyTable } from "@/components/deputies/DeputyTable";
import { buttonClasses, EmptyState, PageHeader, Pagination } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import {
  DEPUTY_PAGE_SIZE,
  deputyAreas,
  deputyFilterChoices,
  deputyListFilterSchema,
  listDeputies,
} from "@/lib/modules/deputies";
import { titled } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[]>> };

export const generateMetadata = titled("deputies.list.title");

/** The filter as the URL's query (without the page), for the pages' links and the export. */
function filterQuery(filter: Record<string, unknown>): URLSearchParams {
  return new URLSearchParams(
    Object.entries(filter).filter((e): e is [string, string] => e[0] !== "page" && typeof e[1] === "string" && !!e[1]),
  );
}

/** 人大代表名册: the city's deputies, filtered and paged in SQL (a city may list 50,000). */
export default async function DeputiesPage({ params, searchParams }: Props) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "deputy.view");
  if (!allowed) return <NoAccess />;
  const filter = deputyListFilterSchema.parse(await searchParams);
  const areas = await deputyAreas(tenant.id);
  const [t, choices, { rows, total }] = await Promise.all([
    getTranslations("deputies.list"),
    deputyFilterChoices(tenant.id),
    listDeputies(tenant.id, filter, { limit: DEPUTY_PAGE_SIZE, offset: (filter.page - 1) * DEPUTY_PAGE_SIZE }, areas),
  ]);
  const base = `/${tenant.slug}/console/deputies`;
  const query = filterQuery(filter);
  const hrefFor = (p: number) => `${base}?${new URLSearchParams([...query, ["page", String(p)]])}`;
  const manage = can(member.roles, "deputy.manage");
  const districts = [...areas.values()].filter((a) => a.depth === 0).map((a) => ({ id: a.id, name: a.name }));
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex flex-wrap gap-2">
            {manage && (
              <Link href={`${base}/new`} className={buttonClasses("primary")}>
                {t("new")}
              </Link>
            )}
            {manage && (
              <Link href={`${base}/import`} className={buttonClasses("secondary")}>
                {t("import")}
              </Link>
            )}
            <a href={`${base}/export?${query}`} className={buttonClasses("secondary")} download>
              {t("export")}
            </a>
          </div>
        }
      />
      <DeputyFilters
        action={base}
        filter={filter}
        districts={districts}
        terms={choices.terms}
        delegations={choices.delegations}
      />
      <p className="text-sm text-gray-700" aria-live="polite">
        {t("total", { count: total })}
      </p>
      {rows.length === 0 ? <EmptyState title={t("empty")} /> : <DeputyTable rows={rows} base={base} />}
      <Pagination
        page={filter.page}
        pageCount={Math.ceil(total / DEPUTY_PAGE_SIZE)}
        hrefFor={hrefFor}
        labels={await paginationLabels()}
      />
    </div>
  );
}
