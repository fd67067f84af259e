// The city's areas as a station's form offers them (the index itself is the tenancy module's).
import { areaIndex } from "@/lib/modules/tenancy";

export { areaIndex, cachedAreaIndex, type AreaInfo } from "@/lib/modules/tenancy";

/** The areas a station may serve, for its form, in tree order: districts (online stations only), streets and
 *  townships, and the communities and villages in them (a community station's own). */
export async function stationAreaChoices(tenantId: string): Promise<{ id: string; name: string; depth: number }[]> {
  const areas = await areaIndex(tenantId);
  return [...areas.values()].map(({ id, name, depth }) => ({ id, name, depth }));
}
