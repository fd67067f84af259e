import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { ungroupDeputySchema } from "./schemas";

/** Takes a deputy out of a station's group (records of receptions they attended stay as they are). */
export const ungroupDeputy = defineAction({
  name: "station.ungroupDeputy",
  permission: "station.manage",
  schema: ungroupDeputySchema,
  async run({ tx }, input) {
    const link = await tx.stationDeputy.findFirst({
      where: { stationId: input.stationId, deputyId: input.deputyId },
      select: { id: true, role: true },
    });
    if (!link) throw new AppError("NOT_FOUND");
    await tx.stationDeputy.delete({ where: { id: link.id } });
    return {
      result: { id: link.id },
      audit: {
        action: "station.ungroupDeputy",
        entityType: "LiaisonStation",
        entityId: input.stationId,
        before: { deputyId: input.deputyId, role: link.role },
      },
    };
  },
});
