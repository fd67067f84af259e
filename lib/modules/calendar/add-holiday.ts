import { defineAction } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { calendarRefusal } from "./calendar-errors";
import { checkDaysFree, checkYears } from "./check-days";
import { MAX_HOLIDAY_DAYS } from "./constants";
import { addHolidaySchema } from "./schemas";
import { touchYears } from "./touch-years";
import { addCalendarDays, daysInRange, yearOfDay } from "./working-calendar";

/**
 * Lists days off (放假) from `from` to `to`, both included, under one name (春节), as the State Council's notice
 * gives them; weekend days inside the range are listed too, as the notice counts them. A range may cross New
 * Year (元旦 2022-12-31 → 2023-01-02). Days already listed are refused, never overwritten.
 */
export const addHoliday = defineAction({
  name: "calendar.addHoliday",
  permission: "calendar.manage",
  schema: addHolidaySchema,
  async run({ tx, tenant, request }, input) {
    // The span is checked before the days are listed: a range of centuries would be millions of them.
    if (addCalendarDays(input.from, MAX_HOLIDAY_DAYS - 1) < input.to)
      throw await calendarRefusal(request.locale, "VALIDATION", { to: ["rangeTooLong", { max: MAX_HOLIDAY_DAYS }] });
    const days = daysInRange(input.from, input.to);
    await checkYears(request.locale, days, "from");
    await checkDaysFree(tx, request.locale, days, "from");
    const years = await touchYears(tx, tenant.id, days.map(yearOfDay));
    await tx.calendarDay.createMany({
      data: days.map((day) => ({
        tenantId: tenant.id,
        day: dayToDate(day),
        kind: "HOLIDAY" as const,
        name: input.name,
      })),
    });
    return {
      result: { days: days.length },
      audit: [...years.values()].map((y) => ({
        action: "calendar.addHoliday",
        entityType: "CalendarYear",
        entityId: y.id,
        after: { name: input.name, kind: "HOLIDAY", days: days.filter((d) => yearOfDay(d) === y.year) },
      })),
    };
  },
});
