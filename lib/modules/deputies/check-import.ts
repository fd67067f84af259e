// What the import's row check needs from the database: the city's area paths and the deputies already listed
// under the names in the file. Used twice: by the upload's check (a read) and again inside the import's
// transaction, so what is stored is checked against the registry as it is at that moment.
import type { TenantTx } from "@/lib/db";
import { duplicateKey, validateImportRows, type ImportContext, type RawImportRow } from "./import-rows";

type Db = Pick<TenantTx, "area" | "deputy">;

/** Every area's path from its district down ("杏花岭区/鼓楼街道/…") → id. */
export async function areaPaths(db: Db): Promise<Map<string, string>> {
  const rows = await db.area.findMany({ select: { id: true, parentId: true, name: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const paths = new Map<string, string>();
  const pathOf = (id: string, depth = 0): string => {
    const a = byId.get(id)!;
    const parent = a.parentId && depth < 10 ? byId.get(a.parentId) : undefined;
    return parent ? `${pathOf(parent.id, depth + 1)}/${a.name}` : a.name;
  };
  for (const r of rows) paths.set(pathOf(r.id), r.id);
  return paths;
}

export async function importContext(db: Db, rows: readonly RawImportRow[]): Promise<ImportContext> {
  const names = [...new Set(rows.map((r) => (r.cells.name ?? "").trim()).filter(Boolean))];
  const [areaByPath, existing] = await Promise.all([
    areaPaths(db),
    names.length
      ? db.deputy.findMany({
          where: { name: { in: names } },
          select: { level: true, term: true, name: true, birthYear: true },
        })
      : [],
  ]);
  return { areaByPath, existing: new Set(existing.map(duplicateKey)), currentYear: new Date().getFullYear() };
}

export async function checkImportRows(db: Db, rows: readonly RawImportRow[]) {
  return validateImportRows(rows, await importContext(db, rows));
}
