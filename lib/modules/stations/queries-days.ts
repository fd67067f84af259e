// Read side of reception days: a station's schedules, its coming (and recent) days, one day, and the days of
// the deputies on duty. All through the tenant guard.
import { forTenant } from "@/lib/db";
import { dateToDay, dayToDate } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import type { HolidayRule, RecurrenceKind } from "./workflow";

export type ScheduleRow = {
  id: string;
  stationId: string;
  title: string;
  kind: RecurrenceKind;
  dayOfMonth: number | null;
  weekOfMonth: number | null;
  weekday: number | null;
  everyMonths: number;
  startsOn: string;
  endsOn: string | null;
  startTime: string;
  endTime: string;
  onHoliday: HolidayRule;
  location: string;
  theme: string;
  deputyIds: string[];
  active: boolean;
};

/** A station's schedules, active first, then by title. */
export async function listSchedules(tenantId: string, stationId: string): Promise<ScheduleRow[]> {
  if (!isUuid(stationId)) return [];
  const rows = await forTenant(tenantId).receptionSchedule.findMany({
    where: { stationId },
    orderBy: [{ active: "desc" }, { title: "asc" }],
    omit: { tenantId: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, startsOn: dateToDay(r.startsOn), endsOn: r.endsOn ? dateToDay(r.endsOn) : null }));
}

export type ReceptionDayRow = {
  id: string;
  stationId: string;
  scheduleId: string | null;
  day: string;
  startTime: string;
  endTime: string;
  theme: string;
  location: string;
  deputyIds: string[];
  cancelled: boolean;
  recordId: string | null;
};

const DAY_SELECT = {
  id: true,
  stationId: true,
  scheduleId: true,
  day: true,
  startTime: true,
  endTime: true,
  theme: true,
  location: true,
  deputyIds: true,
  cancelled: true,
} as const;

/** Reception days from `from` to `to` (inclusive) at the given stations (all when null), with their record. */
export async function receptionDaysBetween(
  tenantId: string,
  from: string,
  to: string,
  opts: { stationIds?: string[] | null; deputyId?: string; limit?: number } = {},
): Promise<ReceptionDayRow[]> {
  const db = forTenant(tenantId);
  const rows = await db.receptionDay.findMany({
    where: {
      day: { gte: dayToDate(from), lte: dayToDate(to) },
      ...(opts.stationIds ? { stationId: { in: opts.stationIds.filter(isUuid) } } : {}),
      ...(opts.deputyId ? { deputyIds: { has: opts.deputyId } } : {}),
    },
    select: DAY_SELECT,
    orderBy: [{ day: "asc" }, { startTime: "asc" }],
    take: opts.limit ?? 500,
  });
  const records = await db.receptionRecord.findMany({
    where: { receptionDayId: { in: rows.map((r) => r.id) } },
    select: { id: true, receptionDayId: true },
  });
  const recordOf = new Map(records.map((r) => [r.receptionDayId, r.id]));
  return rows.map((r) => ({ ...r, day: dateToDay(r.day), recordId: recordOf.get(r.id) ?? null }));
}

/** One reception day of the city, or null. */
export async function getReceptionDay(tenantId: string, id: string): Promise<ReceptionDayRow | null> {
  if (!isUuid(id)) return null;
  const row = await forTenant(tenantId).receptionDay.findFirst({ where: { id }, select: DAY_SELECT });
  if (!row) return null;
  const record = await forTenant(tenantId).receptionRecord.findFirst({
    where: { receptionDayId: id },
    select: { id: true },
  });
  return { ...row, day: dateToDay(row.day), recordId: record?.id ?? null };
}
