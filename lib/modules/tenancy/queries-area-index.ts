// The city's areas in the city's tree order, each with its path ("杏花岭区 / 鼓楼街道"), level, depth and the
// district it lies in: what the contact points', deputies' and stations' lists, filters and forms read.
import { cachedRead } from "@/lib/cache/data-cache";
import { getAreaTree, type AreaNode } from "./queries";

export type AreaInfo = {
  id: string;
  name: string;
  level: string;
  path: string;
  districtId: string;
  /** The area's place in tree order (0 for the first district). */
  order: number;
  depth: number;
};

async function areaList(tenantId: string): Promise<AreaInfo[]> {
  const out: AreaInfo[] = [];
  const walk = (nodes: AreaNode[], parent: AreaInfo | null) => {
    for (const n of nodes) {
      const info = {
        id: n.id,
        name: n.name,
        level: n.level,
        path: parent ? `${parent.path} / ${n.name}` : n.name,
        districtId: parent?.districtId ?? n.id,
        order: out.length,
        depth: parent ? parent.depth + 1 : 0,
      };
      out.push(info);
      walk(n.children, info);
    }
  };
  walk(await getAreaTree(tenantId), null);
  return out;
}

// Lists read the tree on every request; it changes only through an action (which bumps the version the cache
// keys on), so it is kept for a few minutes rather than read and walked each time. Kept as a list (the cache
// sizes its entries by their JSON), handed out as a fresh map.
const cachedAreaList = cachedRead("tenancy.areas", 300, areaList);

/** Every area of the city by id, in tree order, read now. */
export async function areaIndex(tenantId: string): Promise<Map<string, AreaInfo>> {
  return new Map((await areaList(tenantId)).map((a) => [a.id, a]));
}

/** The same, kept until the next action (or five minutes): for pages that read it on every request. */
export async function cachedAreaIndex(tenantId: string): Promise<Map<string, AreaInfo>> {
  return new Map((await cachedAreaList(tenantId)).map((a) => [a.id, a]));
}
