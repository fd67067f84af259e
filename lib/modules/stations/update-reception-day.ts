import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { checkDeputies } from "./check-schedule";
import { runsStation } from "./policy";
import { updateReceptionDaySchema } from "./schemas";
import { refuseIf, type StationErrorKey } from "./station-errors";

/** Edits one reception day (deputies on duty, theme, time, place) or cancels it; its schedule stays as it is. */
export const updateReceptionDay = defineAction({
  name: "station.updateReceptionDay",
  permission: "station.operate",
  schema: updateReceptionDaySchema,
  async run({ tx, tenant, member, request }, { id, ...input }) {
    const day = await tx.receptionDay.findFirst({ where: { id } });
    if (!day) throw new AppError("NOT_FOUND");
    if (!runsStation(member, day.stationId)) throw new AppError("FORBIDDEN");
    const problems: Record<string, StationErrorKey> = {};
    if (input.endTime <= input.startTime) problems.endTime = "timeOrder";
    await checkDeputies(tenant.id, input.deputyIds, problems);
    await refuseIf(request.locale, problems);
    const data = { ...input, deputyIds: [...new Set(input.deputyIds)] };
    await tx.receptionDay.update({ where: { id }, data });
    const before = {
      startTime: day.startTime,
      endTime: day.endTime,
      theme: day.theme,
      location: day.location,
      deputyIds: day.deputyIds,
      cancelled: day.cancelled,
    };
    return {
      result: { id },
      audit: { action: "station.updateReceptionDay", entityType: "ReceptionDay", entityId: id, before, after: data },
    };
  },
});
