// Read side of a city's working-day calendar: the calendar object every deadline is computed with, the years and
// their status, one year's listed days, and single rows for the cross-tenant sweep.
import { forTenant } from "@/lib/db";
import { dateToDay, dayToDate } from "@/lib/dates";
import type { CalendarDayKind } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/ids";
import { FIRST_YEAR, LAST_YEAR } from "./constants";
import { createWorkingCalendar, type CalendarData, type WorkingCalendar } from "./working-calendar";

// One calendar per city and process, valid while the city's year rows are unchanged: every change to a year or
// its days raises that year's revision in the same transaction, so the sum and count of revisions (one indexed
// aggregate) tell whether the copy here is current, on every replica, however their clocks disagree.
const kept = new Map<string, { version: string; calendar: WorkingCalendar }>();

async function calendarVersion(tenantId: string): Promise<string> {
  const agg = await forTenant(tenantId).calendarYear.aggregate({ _count: { _all: true }, _sum: { revision: true } });
  return `${agg._count._all}:${agg._sum.revision ?? 0}`;
}

/** The city's listed days and confirmed years, as the pure calendar takes them (and client components as props). */
export async function calendarData(tenantId: string): Promise<CalendarData> {
  const db = forTenant(tenantId);
  const [days, years] = await Promise.all([
    db.calendarDay.findMany({ select: { day: true, kind: true }, orderBy: { day: "asc" } }),
    db.calendarYear.findMany({ where: { confirmed: true }, select: { year: true }, orderBy: { year: "asc" } }),
  ]);
  return {
    holidays: days.filter((d) => d.kind === "HOLIDAY").map((d) => dateToDay(d.day)),
    workdays: days.filter((d) => d.kind === "WORKDAY").map((d) => dateToDay(d.day)),
    confirmedYears: years.map((y) => y.year),
  };
}

/** The city's working-day calendar (Asia/Shanghai days): isWorkingDay, addWorkingDays, workingDaysBetween … */
export async function workingCalendar(tenantId: string): Promise<WorkingCalendar> {
  const version = await calendarVersion(tenantId);
  const hit = kept.get(tenantId);
  if (hit && hit.version === version) return hit.calendar;
  const calendar = createWorkingCalendar(await calendarData(tenantId));
  // Read before the data: a change landing in between leaves an older version on a newer calendar, which only
  // costs one more read next time.
  kept.set(tenantId, { version, calendar });
  return calendar;
}

export type CalendarYearSummary = {
  year: number;
  /** Null for a year the city has no row for (nothing entered: weekends only). */
  id: string | null;
  confirmed: boolean;
  source: string | null;
  confirmedAt: Date | null;
  confirmedBy: string | null;
  note: string;
  holidays: number;
  workdays: number;
  workingDays: number;
};

async function userNames(tenantId: string, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const users = await forTenant(tenantId).user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, displayName: true },
  });
  return new Map(users.map((u) => [u.id, u.displayName]));
}

function workingDaysIn(calendar: WorkingCalendar, year: number): number {
  return calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`);
}

/** Every year the city has, plus this year and next (shown even before they have a row), newest first. */
export async function listCalendarYears(tenantId: string, today: string): Promise<CalendarYearSummary[]> {
  const db = forTenant(tenantId);
  const [years, counts, calendar] = await Promise.all([
    db.calendarYear.findMany({ orderBy: { year: "desc" } }),
    db.calendarDay.findMany({ select: { day: true, kind: true } }),
    workingCalendar(tenantId),
  ]);
  const names = await userNames(
    tenantId,
    years.map((y) => y.confirmedById),
  );
  const tally = new Map<string, number>();
  for (const d of counts) {
    const key = `${d.day.getUTCFullYear()}:${d.kind}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const thisYear = Number(today.slice(0, 4));
  const all = [...new Set([...years.map((y) => y.year), thisYear, thisYear + 1])].sort((a, b) => b - a);
  const byYear = new Map(years.map((y) => [y.year, y]));
  return all.map((year) => {
    const row = byYear.get(year);
    return {
      year,
      id: row?.id ?? null,
      confirmed: row?.confirmed ?? false,
      source: row?.source ?? null,
      confirmedAt: row?.confirmedAt ?? null,
      confirmedBy: row?.confirmedById ? (names.get(row.confirmedById) ?? null) : null,
      note: row?.note ?? "",
      holidays: tally.get(`${year}:HOLIDAY`) ?? 0,
      workdays: tally.get(`${year}:WORKDAY`) ?? 0,
      workingDays: workingDaysIn(calendar, year),
    };
  });
}

export type CalendarEntryRow = { id: string; day: string; kind: CalendarDayKind; name: string };

/** One year: its status, its listed days in order, and how many working days it has. */
export async function getCalendarYear(tenantId: string, year: number) {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  const db = forTenant(tenantId);
  const [row, days, calendar] = await Promise.all([
    db.calendarYear.findFirst({ where: { year } }),
    db.calendarDay.findMany({
      where: { day: { gte: dayToDate(`${year}-01-01`), lte: dayToDate(`${year}-12-31`) } },
      select: { id: true, day: true, kind: true, name: true },
      orderBy: { day: "asc" },
    }),
    workingCalendar(tenantId),
  ]);
  const names = await userNames(tenantId, [row?.confirmedById ?? null]);
  const entries: CalendarEntryRow[] = days.map((d) => ({ ...d, day: dateToDay(d.day) }));
  return {
    year,
    id: row?.id ?? null,
    confirmed: row?.confirmed ?? false,
    source: row?.source ?? null,
    confirmedAt: row?.confirmedAt ?? null,
    confirmedBy: row?.confirmedById ? (names.get(row.confirmedById) ?? null) : null,
    note: row?.note ?? "",
    entries,
    workingDays: workingDaysIn(calendar, year),
  };
}
export type CalendarYearDetail = NonNullable<Awaited<ReturnType<typeof getCalendarYear>>>;

/** One listed day; null for an unknown id or another city's. */
export async function getCalendarEntry(tenantId: string, id: string): Promise<CalendarEntryRow | null> {
  if (!isUuid(id)) return null;
  const row = await forTenant(tenantId).calendarDay.findFirst({
    where: { id },
    select: { id: true, day: true, kind: true, name: true },
  });
  return row ? { ...row, day: dateToDay(row.day) } : null;
}

/** One year row by id; null for an unknown id or another city's. */
export async function getCalendarYearById(tenantId: string, id: string) {
  if (!isUuid(id)) return null;
  return forTenant(tenantId).calendarYear.findFirst({ where: { id } });
}

/** Years by row id (the audit log names them). */
export function calendarYearsByIds(tenantId: string, ids: string[]) {
  return forTenant(tenantId).calendarYear.findMany({
    where: { id: { in: ids } },
    select: { id: true, year: true },
  });
}
