import { defineAction } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { calendarRefusal } from "./calendar-errors";
import { checkDaysFree, checkYears } from "./check-days";
import { addWorkdaySchema } from "./schemas";
import { touchYears } from "./touch-years";
import { weekdayOfDay, yearOfDay } from "./working-calendar";

/**
 * Lists a make-up working day (调休上班): a Saturday or Sunday worked to make up for a festival's extra day off.
 * Monday to Friday are working days already, so a weekday is refused rather than stored as a no-op.
 */
export const addWorkday = defineAction({
  name: "calendar.addWorkday",
  permission: "calendar.manage",
  schema: addWorkdaySchema,
  async run({ tx, tenant, request }, input) {
    const weekday = weekdayOfDay(input.day);
    if (weekday !== 0 && weekday !== 6)
      throw await calendarRefusal(request.locale, "VALIDATION", { day: "notWeekend" });
    await checkYears(request.locale, [input.day], "day");
    await checkDaysFree(tx, request.locale, [input.day], "day");
    const year = yearOfDay(input.day);
    const years = await touchYears(tx, tenant.id, [year]);
    const row = await tx.calendarDay.create({
      data: { tenantId: tenant.id, day: dayToDate(input.day), kind: "WORKDAY", name: input.name },
      select: { id: true },
    });
    return {
      result: { id: row.id },
      audit: {
        action: "calendar.addWorkday",
        entityType: "CalendarYear",
        entityId: years.get(year)!.id,
        after: { name: input.name, kind: "WORKDAY", days: [input.day], id: row.id },
      },
    };
  },
});
