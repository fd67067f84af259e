// The city's areas with their paths ("武侯区 / 玉林街道") and the district each lies in, in the city's tree order.
import { cachedRead } from "@/lib/cache/data-cache";
import { getAreaTree, type AreaNode } from "@/lib/modules/tenancy";

export type AreaInfo = {
  id: string;
  name: string;
  level: string;
  path: string;
  districtId: string;
  order: number;
  depth: number;
};

export async function areaIndex(tenantId: string): Promise<Map<string, AreaInfo>> {
  const out = new Map<string, AreaInfo>();
  const walk = (nodes: AreaNode[], parent: AreaInfo | null) => {
    for (const n of nodes) {
      const info = {
        id: n.id,
        name: n.name,
        level: n.level,
        path: parent ? `${parent.path} / ${n.name}` : n.name,
        districtId: parent?.districtId ?? n.id,
        order: out.size,
        depth: parent ? parent.depth + 1 : 0,
      };
      out.set(n.id, info);
      walk(n.children, info);
    }
  };
  walk(await getAreaTree(tenantId), null);
  return out;
}

/** The areas a station may serve, for its form, in tree order: districts (online stations only), streets and
 *  townships, and the communities and villages in them (a community station's own). */
export async function stationAreaChoices(tenantId: string): Promise<{ id: string; name: string; depth: number }[]> {
  const areas = await areaIndex(tenantId);
  return [...areas.values()].map(({ id, name, depth }) => ({ id, name, depth }));
}

/**
 * The same index kept for a few minutes (until the next action): the stations list reads it on every request, and
 * walking a city's thousands of areas was most of a page's cost. Callers must not change the map.
 */
export const cachedAreaIndex = cachedRead("stations.areas", 300, areaIndex);
