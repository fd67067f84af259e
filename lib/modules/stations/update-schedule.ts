import { defineAction } from "@/lib/action";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { workingCalendar } from "@/lib/modules/calendar";
import { checkSchedule, scheduleData } from "./check-schedule";
import { materializeSchedule } from "./materialize-days";
import { runsStation } from "./policy";
import { updateScheduleSchema } from "./schemas";

/** Edits a schedule: its future days without a record are replaced by the new rule's; recorded days stay. */
export const updateSchedule = defineAction({
  name: "station.updateSchedule",
  permission: "station.operate",
  schema: updateScheduleSchema,
  async run({ tx, tenant, member, request }, { id, stationId: _station, ...input }) {
    const schedule = await tx.receptionSchedule.findFirst({ where: { id } });
    if (!schedule) throw new AppError("NOT_FOUND");
    if (!runsStation(member, schedule.stationId)) throw new AppError("FORBIDDEN");
    await checkSchedule(tenant.id, request.locale, input);
    // The station a schedule belongs to does not change (the form's stationId is its own).
    const updated = await tx.receptionSchedule.update({ where: { id }, data: scheduleData(input) });
    const days = await materializeSchedule(
      tx,
      tenant.id,
      updated,
      await workingCalendar(tenant.id),
      todayInShanghai(),
      "replace",
    );
    const before = {
      title: schedule.title,
      kind: schedule.kind,
      dayOfMonth: schedule.dayOfMonth,
      weekOfMonth: schedule.weekOfMonth,
      weekday: schedule.weekday,
      everyMonths: schedule.everyMonths,
      startsOn: dateToDay(schedule.startsOn),
      endsOn: schedule.endsOn ? dateToDay(schedule.endsOn) : null,
      startTime: schedule.startTime,
      endTime: schedule.endTime,
      onHoliday: schedule.onHoliday,
      location: schedule.location,
      theme: schedule.theme,
      deputyIds: schedule.deputyIds,
      active: schedule.active,
    };
    return {
      result: { id, days },
      audit: { action: "station.updateSchedule", entityType: "ReceptionSchedule", entityId: id, before, after: input },
    };
  },
});
