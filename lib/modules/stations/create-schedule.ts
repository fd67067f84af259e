import { defineAction } from "@/lib/action";
import { todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { workingCalendar } from "@/lib/modules/calendar";
import { checkSchedule, scheduleData } from "./check-schedule";
import { materializeSchedule } from "./materialize-days";
import { runsStation } from "./policy";
import { scheduleSchema } from "./schemas";

/** A reception schedule (代表接待日) of a station, by those who run it; its days are written a year ahead. */
export const createSchedule = defineAction({
  name: "station.createSchedule",
  permission: "station.operate",
  schema: scheduleSchema,
  async run({ tx, tenant, member, request }, { stationId, ...input }) {
    const station = await tx.liaisonStation.findFirst({ where: { id: stationId }, select: { id: true } });
    if (!station) throw new AppError("NOT_FOUND");
    if (!runsStation(member, station.id)) throw new AppError("FORBIDDEN");
    await checkSchedule(tenant.id, request.locale, input);
    const schedule = await tx.receptionSchedule.create({
      data: { tenantId: tenant.id, stationId: station.id, ...scheduleData(input) },
    });
    const days = await materializeSchedule(
      tx,
      tenant.id,
      schedule,
      await workingCalendar(tenant.id),
      todayInShanghai(),
      "replace",
    );
    return {
      result: { id: schedule.id, days },
      audit: {
        action: "station.createSchedule",
        entityType: "ReceptionSchedule",
        entityId: schedule.id,
        after: { stationId, ...input },
      },
    };
  },
});
