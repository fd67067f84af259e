import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { linkClasses } from "@/components/legislation/util";
import { StationFilters } from "@/components/stations/StationFilters";
import { StationList } from "@/components/stations/StationList";
import { paginationLabels } from "@/components/common/pagination-labels";
import { buttonClasses, EmptyState, PageHeader, Pagination } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { cachedAreaIndex, listStations, STATION_PAGE_SIZE, stationFilter, STATION_KINDS } from "@/lib/modules/stations";
import type { StationKind } from "@/lib/modules/stations";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("stations.list.title");

type Search = { district?: string; kind?: string; active?: string; q?: string; incomplete?: string; page?: string };
const FILTER_KEYS = ["district", "kind", "active", "q", "incomplete"] as const;
const one = (v: unknown) => (typeof v === "string" ? v : undefined);

/** 代表联络站: the city's stations with filters, paged in SQL (a city may have 5,500); station staff see only
 *  their own. */
export default async function StationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "station.view");
  if (!allowed) return <NoAccess />;
  const raw = await searchParams;
  const s: Search = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, one(v)]));
  const kind = STATION_KINDS.includes(s.kind as StationKind) ? (s.kind as StationKind) : undefined;
  const active = s.active === "1" ? true : s.active === "0" ? false : undefined;
  const page = /^\d{1,6}$/.test(s.page ?? "") ? Math.max(1, Number(s.page)) : 1;
  const filters = { district: s.district, kind, active, q: s.q, incomplete: s.incomplete === "1" };
  const [t, list, areas] = await Promise.all([
    getTranslations("stations.list"),
    listStations(tenant.id, filters, stationFilter(member), {
      limit: STATION_PAGE_SIZE,
      offset: (page - 1) * STATION_PAGE_SIZE,
    }),
    cachedAreaIndex(tenant.id),
  ]);
  const base = `/${tenant.slug}/console/stations`;
  // The filter as the URL's query (without the page), for the pager's links.
  const query = FILTER_KEYS.flatMap((k) => (s[k] ? [[k, s[k]] as [string, string]] : []));
  const hrefFor = (p: number) => `${base}?${new URLSearchParams([...query, ["page", String(p)]])}`;
  const districts = [...areas.values()].filter((a) => a.level === "DISTRICT");
  const manage = can(member.roles, "station.manage");
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          manage && (
            <Link href={`${base}/new`} className={buttonClasses("primary")}>
              {t("new")}
            </Link>
          )
        }
      />
      <nav aria-label={t("more")} className="flex flex-wrap gap-4 text-sm">
        {/* City-wide figures: not for station staff, who see their own stations only. */}
        {stationFilter(member) === null && (
          <Link href={`${base}/coverage`} className={linkClasses}>
            {t("coverage")}
          </Link>
        )}
        <Link href={`${base}/standard`} className={linkClasses}>
          {t("standard")}
        </Link>
      </nav>
      <StationFilters action={base} districts={districts} value={s} />
      {s.incomplete === "1" && <p className="text-sm text-gray-700">{t("incompleteOnly")}</p>}
      <section aria-labelledby="stations" className="space-y-3">
        <h2 id="stations" className="text-lg font-semibold text-gray-900">
          {t("count", { count: list.total })}
        </h2>
        {list.rows.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <StationList rows={list.rows} base={base} total={list.standardTotal} />
        )}
        <Pagination
          page={page}
          pageCount={Math.ceil(list.total / STATION_PAGE_SIZE)}
          hrefFor={hrefFor}
          labels={await paginationLabels()}
        />
      </section>
    </div>
  );
}
