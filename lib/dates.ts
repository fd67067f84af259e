// Calendar days (PostgreSQL DATE) are Asia/Shanghai days written YYYY-MM-DD; Prisma maps DATE to a Date at UTC
// midnight, so convert at this one place.
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date in Shanghai (UTC+8, no daylight saving). */
export function todayInShanghai(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The same Shanghai wall-clock time `days` calendar days later (negative: earlier). Shanghai keeps no daylight
 *  saving, so a calendar day there is always 24 hours. Working days come from the city's calendar instead
 *  (workingCalendar in lib/modules/calendar). */
export function addShanghaiDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * 86_400_000);
}
