// Checks the calendar's actions share: the days lie in years the calendar keeps, and none is listed already.
import type { TenantTx } from "@/lib/db";
import { dateToDay, dayToDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { calendarRefusal } from "./calendar-errors";
import { FIRST_YEAR, LAST_YEAR } from "./constants";
import { yearOfDay } from "./working-calendar";

/** Refuses days outside FIRST_YEAR–LAST_YEAR, naming `field`. */
export async function checkYears(locale: Locale, days: string[], field: string): Promise<void> {
  if (days.some((d) => yearOfDay(d) < FIRST_YEAR || yearOfDay(d) > LAST_YEAR))
    throw await calendarRefusal(locale, "VALIDATION", {
      [field]: ["yearOutOfRange", { first: FIRST_YEAR, last: LAST_YEAR }],
    });
}

/** Refuses when any of `days` is listed already (a holiday or a make-up working day), naming those days. */
export async function checkDaysFree(tx: TenantTx, locale: Locale, days: string[], field: string): Promise<void> {
  const taken = await tx.calendarDay.findMany({
    where: { day: { in: days.map(dayToDate) } },
    select: { day: true, name: true },
    orderBy: { day: "asc" },
  });
  if (taken.length === 0) return;
  const list = taken.map((t) => `${dateToDay(t.day)}（${t.name}）`).join("、");
  throw await calendarRefusal(locale, "CONFLICT", { [field]: ["dayTaken", { days: list }] });
}
