import { defineAction } from "@/lib/action";
import { dateToDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { removeCalendarDaySchema } from "./schemas";
import { touchYears } from "./touch-years";

/** Takes one listed day off the city's calendar: it counts by its weekday again. */
export const removeCalendarDay = defineAction({
  name: "calendar.removeDay",
  permission: "calendar.manage",
  schema: removeCalendarDaySchema,
  async run({ tx, tenant }, input) {
    const row = await tx.calendarDay.findFirst({ where: { id: input.id } });
    // Another city's day is indistinguishable from one that does not exist.
    if (!row) throw new AppError("NOT_FOUND");
    const { count } = await tx.calendarDay.deleteMany({ where: { id: row.id } });
    if (count === 0) throw new AppError("NOT_FOUND"); // removed meanwhile (a second click)
    const day = dateToDay(row.day);
    const year = Number(day.slice(0, 4));
    const years = await touchYears(tx, tenant.id, [year]);
    return {
      result: { removed: true },
      audit: {
        action: "calendar.removeDay",
        entityType: "CalendarYear",
        entityId: years.get(year)!.id,
        before: { id: row.id, day, kind: row.kind, name: row.name },
      },
    };
  },
});
