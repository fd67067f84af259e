import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { linkClasses } from "@/components/legislation/util";
import { StationFilters } from "@/components/stations/StationFilters";
import { StationList } from "@/components/stations/StationList";
import { buttonClasses, EmptyState, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { areaIndex, completionByStation, listStations, stationFilter, STATION_KINDS } from "@/lib/modules/stations";
import type { StationKind } from "@/lib/modules/stations";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("stations.list.title");

type Search = { district?: string; kind?: string; active?: string; q?: string; incomplete?: string };
const one = (v: unknown) => (typeof v === "string" ? v : undefined);

/** 代表联络站: the city's stations with filters; station staff see only their own. */
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
  const [t, rows, areas, completion] = await Promise.all([
    getTranslations("stations.list"),
    listStations(tenant.id, { district: s.district, kind, active, q: s.q }, stationFilter(member)),
    areaIndex(tenant.id),
    completionByStation(tenant.id),
  ]);
  const base = `/${tenant.slug}/console/stations`;
  const withMet = rows
    .map((r) => ({ ...r, met: completion.met.get(r.id) ?? 0 }))
    .filter((r) => s.incomplete !== "1" || r.met < completion.total);
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
          {t("count", { count: withMet.length })}
        </h2>
        {withMet.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <StationList rows={withMet} base={base} total={completion.total} />
        )}
      </section>
    </div>
  );
}
