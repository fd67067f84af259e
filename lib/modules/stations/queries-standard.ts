// The city's standard (its items, retired ones after) and one station's checklist against it, with the
// completion figure: met items over the active ones. A city that has not used its standard yet reads 六有.
import { forTenant } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { getAttachment, type AttachmentMeta } from "@/lib/modules/attachments";
import { DEFAULT_STANDARD } from "./workflow";

export type StandardItem = { id: string; label: string; guidance: string; active: boolean };
export type Standard = { name: string; items: StandardItem[]; isDefault: boolean };

/** The city's standard; before its items are first written, the default one (items without ids). */
export async function getStandard(tenantId: string): Promise<Standard> {
  const rows = await forTenant(tenantId).stationStandardItem.findMany({
    select: { id: true, label: true, guidance: true, active: true, standard: true },
    orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { createdAt: "asc" }],
  });
  if (rows.length === 0)
    return {
      name: DEFAULT_STANDARD.name,
      items: DEFAULT_STANDARD.items.map((label) => ({ id: "", label, guidance: "", active: true })),
      isDefault: true,
    };
  return { name: rows[0]!.standard, items: rows.map(({ standard: _s, ...i }) => i), isDefault: false };
}

export type ChecklistRow = StandardItem & {
  met: boolean;
  note: string;
  attachment: AttachmentMeta | null;
  updatedAt: Date | null;
};
export type Checklist = { name: string; rows: ChecklistRow[]; met: number; total: number };

/** A station's checklist: every active item with its evidence, then retired items that have evidence. */
export async function stationChecklist(tenantId: string, stationId: string): Promise<Checklist> {
  const standard = await getStandard(tenantId);
  const evidence = isUuid(stationId)
    ? await forTenant(tenantId).stationEvidence.findMany({
        where: { stationId },
        select: { itemId: true, met: true, note: true, attachmentId: true, updatedAt: true },
      })
    : [];
  const byItem = new Map(evidence.map((e) => [e.itemId, e]));
  const attachments = await Promise.all(
    evidence.map(
      async (e) => [e.itemId, e.attachmentId ? await getAttachment(tenantId, e.attachmentId) : null] as const,
    ),
  );
  const files = new Map(attachments);
  const rows = standard.items
    .filter((i) => i.id && (i.active || byItem.has(i.id)))
    .map((i) => {
      const e = byItem.get(i.id);
      return {
        ...i,
        met: e?.met ?? false,
        note: e?.note ?? "",
        attachment: files.get(i.id) ?? null,
        updatedAt: e?.updatedAt ?? null,
      };
    });
  const active = rows.filter((r) => r.active);
  return { name: standard.name, rows, met: active.filter((r) => r.met).length, total: active.length };
}

/** Met items per station (active items only), for the list and the workbench. */
export async function completionByStation(tenantId: string): Promise<{ total: number; met: Map<string, number> }> {
  const db = forTenant(tenantId);
  const items = await db.stationStandardItem.findMany({ where: { active: true }, select: { id: true } });
  const rows = await db.stationEvidence.groupBy({
    by: ["stationId"],
    where: { met: true, itemId: { in: items.map((i) => i.id) } },
    _count: { _all: true },
  });
  return { total: items.length, met: new Map(rows.map((r) => [r.stationId, r._count._all])) };
}
