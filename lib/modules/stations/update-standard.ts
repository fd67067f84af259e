import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { ensureStandard } from "./ensure-standard";
import { standardSchema } from "./schemas";

/**
 * Renames the city's standard and edits its items, in the order given: new items (no id) are added, listed ones
 * renamed and reordered; an item marked inactive — or left out — is retired, keeping the evidence given for it.
 */
export const updateStandard = defineAction({
  name: "station.updateStandard",
  permission: "station.manage",
  schema: standardSchema,
  async run({ tx, tenant }, input) {
    await ensureStandard(tx, tenant.id);
    const existing = await tx.stationStandardItem.findMany({
      select: { id: true, label: true, active: true, standard: true },
    });
    const known = new Set(existing.map((i) => i.id));
    if (input.items.some((i) => i.id && !known.has(i.id))) throw new AppError("NOT_FOUND");
    const before = { name: existing[0]?.standard ?? "", items: existing.filter((i) => i.active).map((i) => i.label) };
    const listed = new Set(input.items.map((i) => i.id).filter(Boolean));
    // Left out: retired, after the listed ones.
    await tx.stationStandardItem.updateMany({
      where: { id: { notIn: [...listed] as string[] } },
      data: { active: false, sortOrder: 1000 },
    });
    for (const [sortOrder, item] of input.items.entries()) {
      const data = { label: item.label, guidance: item.guidance, active: item.active, sortOrder };
      if (item.id) await tx.stationStandardItem.update({ where: { id: item.id }, data });
      else await tx.stationStandardItem.create({ data: { ...data, tenantId: tenant.id, standard: input.name } });
    }
    // The name is the city's, the same on every item (retired ones too, so the standard reads as one).
    await tx.stationStandardItem.updateMany({ data: { standard: input.name } });
    const after = { name: input.name, items: input.items.filter((i) => i.active).map((i) => i.label) };
    return {
      result: { name: input.name },
      audit: { action: "station.updateStandard", entityType: "StationStandardItem", before, after },
    };
  },
});
