import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { linkClasses } from "@/components/legislation-public/format";
import { StationFilters } from "@/components/stations-public/StationFilters";
import { StationsShell } from "@/components/stations-public/StationsShell";
import { Badge, EmptyState, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { isUuid } from "@/lib/ids";
import {
  countPublicStationsByDistrict,
  listPublicStations,
  listStationDistricts,
  STATION_KINDS,
  type StationKind,
} from "@/lib/modules/stations";
import { titled } from "@/lib/page-title";

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titled("stationsPublic.directory.title");

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
/** Over this many, a city's unfiltered directory lists its districts first (Taiyuan's 546 stations would be
 *  nearly 1 MB of HTML on a phone), counted in SQL without reading the stations. A district's own list is whole
 *  (some dozens of stations, 55 on average in a city of 5,500). */
const OVERVIEW_OVER = 150;

/** 代表联络站: the city's stations by district and street (a list: no map service on an intranet). */
export default async function StationsDirectory({ params, searchParams }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const sp = await searchParams;
  // Unknown filter values are ignored rather than refused: the form only offers valid ones.
  const district = isUuid(one(sp.district)) ? one(sp.district) : undefined;
  const kindParam = one(sp.kind);
  const kind = STATION_KINDS.includes(kindParam as StationKind) ? (kindParam as StationKind) : undefined;
  const [t, kinds, districts, counts] = await Promise.all([
    getTranslations("stationsPublic.directory"),
    getTranslations("stationsPublic.kind"),
    listStationDistricts(tenant.id),
    countPublicStationsByDistrict(tenant.id, { districtId: district, kind }),
  ]);
  const total = counts.reduce((n, c) => n + c.count, 0);
  const overview = !district && total > OVERVIEW_OVER;
  const stations = overview ? [] : await listPublicStations(tenant.id, { districtId: district, kind });
  // District → street → stations, in the order the query gave (the areas' own order).
  const groups = new Map<string, { district: string; streets: Map<string, typeof stations> }>();
  for (const s of stations) {
    const dk = s.districtId ?? "";
    let g = groups.get(dk);
    if (!g) groups.set(dk, (g = { district: s.district ?? t("noDistrict"), streets: new Map() }));
    const sk = s.street ?? "";
    g.streets.set(sk, [...(g.streets.get(sk) ?? []), s]);
  }
  const base = `/${tenant.slug}/stations`;
  return (
    <StationsShell tenant={tenant} active="stations">
      <PageHeader title={t("title")} description={t("description", { tenant: tenant.fullName })} />
      <StationFilters action={base} districts={districts} district={district} kind={kind} />
      <p className="mb-4 text-sm text-gray-700" aria-live="polite">
        {t("count", { count: total })} ·{" "}
        <Link href={`${base}/calendar`} className={linkClasses}>
          {t("calendarLink")}
        </Link>
      </p>
      {total === 0 ? (
        <EmptyState title={t("empty")} />
      ) : overview ? (
        <section aria-labelledby="overview" className="space-y-3">
          <h2 id="overview" className="text-xl font-semibold text-gray-900">
            {t("overview")}
          </h2>
          <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {counts.map((c) => (
              <li key={c.districtId ?? ""} className="rounded-lg border border-gray-200 bg-white p-3">
                {c.districtId ? (
                  <Link
                    href={`${base}?${new URLSearchParams({ district: c.districtId, ...(kind ? { kind } : {}) })}`}
                    className={linkClasses}
                  >
                    {c.district}
                  </Link>
                ) : (
                  t("noDistrict")
                )}
                <span className="block text-sm text-gray-700">{t("count", { count: c.count })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <div className="space-y-8">
          {[...groups.entries()].map(([dk, g]) => (
            <section key={dk} aria-labelledby={`d-${dk || "none"}`} className="space-y-4">
              <h2 id={`d-${dk || "none"}`} className="text-xl font-semibold text-gray-900">
                {g.district}
              </h2>
              {[...g.streets.entries()].map(([sk, list]) => (
                <div key={sk} className="space-y-2">
                  <h3 className="font-semibold text-gray-800">{sk || t("districtWide")}</h3>
                  <ul className="space-y-2">
                    {list.map((s) => (
                      <li key={s.id} className="rounded-lg border border-gray-200 bg-white p-3">
                        <p className="flex flex-wrap items-center gap-2">
                          <Link href={`${base}/${s.id}`} prefetch={false} className={linkClasses}>
                            {s.name}
                          </Link>
                          <Badge tone="info">{kinds(s.kind)}</Badge>
                        </p>
                        {s.address && <p className="mt-1 text-sm text-gray-700">{s.address}</p>}
                        <p className="mt-1 text-sm text-gray-600">{t("deputies", { count: s.deputies })}</p>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </div>
      )}
    </StationsShell>
  );
}
