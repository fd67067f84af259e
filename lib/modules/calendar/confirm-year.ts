import { defineAction } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { calendarRefusal } from "./calendar-errors";
import { FIRST_YEAR, LAST_YEAR } from "./constants";
import { confirmYearSchema } from "./schemas";
import { touchYears } from "./touch-years";

/**
 * Marks a year's holidays and make-up working days as confirmed, once the admin has entered them from the State
 * Council's notice (published each December). From then on deadlines in that year carry no warning.
 */
export const confirmCalendarYear = defineAction({
  name: "calendar.confirmYear",
  permission: "calendar.manage",
  schema: confirmYearSchema,
  async run({ tx, tenant, member, request }, input) {
    if (input.year < FIRST_YEAR || input.year > LAST_YEAR)
      throw await calendarRefusal(request.locale, "VALIDATION", {
        year: ["yearOutOfRange", { first: FIRST_YEAR, last: LAST_YEAR }],
      });
    const existing = await tx.calendarYear.findFirst({ where: { year: input.year }, select: { confirmed: true } });
    if (existing?.confirmed) throw await calendarRefusal(request.locale, "CONFLICT", { year: "alreadyConfirmed" });
    const row = (await touchYears(tx, tenant.id, [input.year])).get(input.year)!;
    const confirmedAt = new Date();
    await tx.calendarYear.update({
      where: { id: row.id },
      data: { confirmed: true, confirmedAt, confirmedById: member.id, note: input.note },
    });
    const [holidays, workdays] = await Promise.all(
      (["HOLIDAY", "WORKDAY"] as const).map((kind) =>
        tx.calendarDay.count({
          where: {
            kind,
            day: { gte: dayToDate(`${input.year}-01-01`), lte: dayToDate(`${input.year}-12-31`) },
          },
        }),
      ),
    );
    return {
      result: { year: input.year },
      audit: {
        action: "calendar.confirmYear",
        entityType: "CalendarYear",
        entityId: row.id,
        before: { confirmed: false },
        after: { confirmed: true, year: input.year, note: input.note, holidays, workdays },
      },
    };
  },
});
