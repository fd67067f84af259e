// A tenant's areas as the demo seeders of deputies and stations walk them: each district with its streets and
// townships, each of those with its communities and villages, in the order the city lists them.
import type { SeedTx } from "./seed-tx";

export type AreaNode = { id: string; name: string; path: string; children: AreaNode[] };

export async function areaTree(tx: SeedTx, tenantId: string): Promise<AreaNode[]> {
  const rows = await tx.area.findMany({
    where: { tenantId },
    select: { id: true, parentId: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  const nodes = new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, path: r.name, children: [] as AreaNode[] }]));
  const roots: AreaNode[] = [];
  for (const r of rows) {
    const parent = r.parentId ? nodes.get(r.parentId) : undefined;
    (parent ? parent.children : roots).push(nodes.get(r.id)!);
  }
  const setPaths = (list: AreaNode[], prefix: string) => {
    for (const n of list) {
      n.path = prefix ? `${prefix}/${n.name}` : n.name;
      setPaths(n.children, n.path);
    }
  };
  setPaths(roots, "");
  return roots;
}

/** A district's streets and townships; a district the city lists without any stands for itself. */
export const streetsOf = (district: AreaNode): AreaNode[] =>
  district.children.length ? district.children : [district];

/** 镇 and 乡 elect township deputies (乡镇人大); 街道 do not. */
export const isTownship = (area: AreaNode): boolean => /[镇乡]$/.test(area.name);
