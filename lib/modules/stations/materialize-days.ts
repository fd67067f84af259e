// A schedule's days as ReceptionDay rows, from today to HORIZON_MONTHS ahead, computed by occurrences() with the
// city's working calendar. "replace" (a schedule created or edited) first removes its future days that have no
// record — so a changed rule or time shows at once — and keeps those with one; "extend" (the monthly job) only
// adds the days not there yet, keeping each day's own edits (deputies swapped, a day cancelled).
import type { TenantTx } from "@/lib/db";
import { dateToDay, dayToDate } from "@/lib/dates";
import type { WorkingCalendar } from "@/lib/modules/calendar";
import { occurrences } from "./recurrence";
import { HORIZON_MONTHS } from "./workflow";

type ScheduleRow = {
  id: string;
  stationId: string;
  kind: "MONTHLY_DAY" | "MONTHLY_WEEKDAY" | "ONCE";
  dayOfMonth: number | null;
  weekOfMonth: number | null;
  weekday: number | null;
  everyMonths: number;
  startsOn: Date;
  endsOn: Date | null;
  startTime: string;
  endTime: string;
  onHoliday: "NEXT_WORKING_DAY" | "SKIP" | "KEEP";
  location: string;
  theme: string;
  deputyIds: string[];
  active: boolean;
};

/** The last day of the horizon: HORIZON_MONTHS months after `today` (clamped to the month's length). */
export function horizonEnd(today: string, months = HORIZON_MONTHS): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return dateToDay(target);
}

/** The schedule's days in the horizon (none for an inactive one). */
export function scheduleDays(s: ScheduleRow, cal: WorkingCalendar, today: string): string[] {
  if (!s.active) return [];
  const rule = {
    kind: s.kind,
    dayOfMonth: s.dayOfMonth,
    weekOfMonth: s.weekOfMonth,
    weekday: s.weekday,
    everyMonths: s.everyMonths,
    startsOn: dateToDay(s.startsOn),
    endsOn: s.endsOn ? dateToDay(s.endsOn) : null,
    onHoliday: s.onHoliday,
  };
  return occurrences(rule, cal, today, horizonEnd(today));
}

/** Writes the schedule's days; answers how many rows were added. */
export async function materializeSchedule(
  tx: TenantTx,
  tenantId: string,
  s: ScheduleRow,
  cal: WorkingCalendar,
  today: string,
  mode: "replace" | "extend",
): Promise<number> {
  if (mode === "replace") {
    const future = await tx.receptionDay.findMany({
      where: { scheduleId: s.id, day: { gte: dayToDate(today) } },
      select: { id: true },
    });
    const recorded = await tx.receptionRecord.findMany({
      where: { receptionDayId: { in: future.map((d) => d.id) } },
      select: { receptionDayId: true },
    });
    const keep = new Set(recorded.map((r) => r.receptionDayId));
    await tx.receptionDay.deleteMany({ where: { id: { in: future.filter((d) => !keep.has(d.id)).map((d) => d.id) } } });
  }
  const days = scheduleDays(s, cal, today);
  if (days.length === 0) return 0;
  const { count } = await tx.receptionDay.createMany({
    data: days.map((day) => ({
      tenantId,
      stationId: s.stationId,
      scheduleId: s.id,
      day: dayToDate(day),
      startTime: s.startTime,
      endTime: s.endTime,
      theme: s.theme,
      location: s.location,
      deputyIds: s.deputyIds,
    })),
    // A day already there (recorded, or kept by "extend") stays as it is.
    skipDuplicates: true,
  });
  return count;
}
