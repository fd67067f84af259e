// What the public may see of the registry: deputies in office with their level, term, delegation and
// constituency — never a phone, a work unit or anything else private. One shape for the portal page and the
// JSON API. The stations a deputy is grouped into belong to the stations module: the caller passes its face's
// lookup in (`stationsOf`), so this module reads no station table and the two faces do not import each other.
import type { RequestContext } from "@/lib/action";
import { forTenant } from "@/lib/db";
import { executePublicRead } from "@/lib/public-read";
import { withoutEmpty } from "@/lib/query";
import { countDeputies, deputyAreas, deputyWhere } from "./queries-deputies";
import { publicDeputyQuerySchema, type PublicDeputyQuery } from "./schemas";
import type { DeputyLevel } from "./workflow";

export type StationRef = { id: string; name: string };
export type StationsOf = (tenantId: string, deputyIds: string[]) => Promise<Map<string, StationRef[]>>;
export type PublicDeputy = {
  id: string;
  name: string;
  level: DeputyLevel;
  term: string;
  delegation: string;
  constituency: { id: string; path: string } | null;
  stations: StationRef[];
};
export type PublicDeputyPage = { deputies: PublicDeputy[]; total: number; limit: number; offset: number };

export async function loadPublicDeputies(
  tenantId: string,
  q: PublicDeputyQuery,
  stationsOf: StationsOf,
): Promise<PublicDeputyPage> {
  const db = forTenant(tenantId);
  const areas = await deputyAreas(tenantId);
  const where = { ...deputyWhere(q, areas), status: "IN_OFFICE" as const };
  const [rows, total] = await Promise.all([
    db.deputy.findMany({
      where,
      select: { id: true, name: true, level: true, term: true, delegation: true, constituencyId: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: q.limit,
      skip: q.offset,
    }),
    countDeputies(tenantId, where),
  ]);
  const stations = rows.length
    ? await stationsOf(
        tenantId,
        rows.map((r) => r.id),
      )
    : new Map<string, StationRef[]>();
  return {
    total,
    limit: q.limit,
    offset: q.offset,
    deputies: rows.map(({ constituencyId, ...r }) => {
      const area = constituencyId ? areas.get(constituencyId) : undefined;
      return {
        ...r,
        constituency: area ? { id: area.id, path: area.path } : null,
        stations: stations.get(r.id) ?? [],
      };
    }),
  };
}

/** GET /api/v1/{tenant}/deputies: the tenant from the URL (unknown → 404), bad parameters → 422 naming them. */
export const listDeputiesForApi = (
  slug: string,
  query: Record<string, string>,
  ctx: RequestContext,
  stationsOf: StationsOf,
) =>
  executePublicRead(slug, ctx, (tenant, parse) =>
    loadPublicDeputies(tenant.id, parse(publicDeputyQuerySchema, withoutEmpty(query)), stationsOf),
  );
