import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { deputiesByIds } from "@/lib/modules/deputies";
import { groupDeputySchema } from "./schemas";

/** Groups a deputy of any level into a station (混合编组) as 进站代表 or 联络员; again with another role changes it. */
export const groupDeputy = defineAction({
  name: "station.groupDeputy",
  permission: "station.manage",
  schema: groupDeputySchema,
  async run({ tx, tenant }, input) {
    const station = await tx.liaisonStation.findFirst({ where: { id: input.stationId }, select: { id: true } });
    const deputy = (await deputiesByIds(tenant.id, [input.deputyId])).get(input.deputyId);
    if (!station || !deputy) throw new AppError("NOT_FOUND");
    const key = { tenantId_stationId_deputyId: { tenantId: tenant.id, stationId: station.id, deputyId: deputy.id } };
    const previous = await tx.stationDeputy.findUnique({ where: key, select: { role: true } });
    const link = await tx.stationDeputy.upsert({
      where: key,
      create: { tenantId: tenant.id, stationId: station.id, deputyId: deputy.id, role: input.role },
      update: { role: input.role },
    });
    return {
      result: { id: link.id },
      audit: {
        action: "station.groupDeputy",
        entityType: "LiaisonStation",
        entityId: station.id,
        before: previous ? { deputyId: deputy.id, role: previous.role } : undefined,
        after: { deputyId: deputy.id, role: input.role },
      },
    };
  },
});
