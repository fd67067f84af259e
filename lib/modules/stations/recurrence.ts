// The days a reception schedule falls on, pure: no database, no clock. Days are Shanghai calendar days
// "YYYY-MM-DD". A monthly rule on the 31st falls on the last day of a shorter month (30 April, 28 or 29
// February), as offices post it; "the last Friday" is week -1. A day that is not a working day in the city's
// calendar (a holiday, or a weekend that is not a 调休 make-up day) moves to the next working day, is skipped,
// or is kept, as the schedule says — a station that receives on Saturdays keeps its day with KEEP.
import type { WorkingCalendar } from "@/lib/modules/calendar/client";
import type { HolidayRule, RecurrenceKind } from "./workflow";

export type Rule = {
  kind: RecurrenceKind;
  dayOfMonth?: number | null;
  weekOfMonth?: number | null;
  weekday?: number | null;
  everyMonths?: number;
  startsOn: string;
  endsOn?: string | null;
  onHoliday: HolidayRule;
};

const pad = (n: number) => String(n).padStart(2, "0");
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** ISO weekday (1 Monday … 7 Sunday) of a day. */
const isoWeekday = (y: number, m: number, d: number) => ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;

/** The rule's nominal day in month y-m (before the holiday rule), or null when the month has none. */
function nominal(rule: Rule, y: number, m: number): string | null {
  const last = daysIn(y, m);
  if (rule.kind === "MONTHLY_DAY") return `${y}-${pad(m)}-${pad(Math.min(rule.dayOfMonth ?? 1, last))}`;
  if (rule.kind !== "MONTHLY_WEEKDAY" || !rule.weekday || !rule.weekOfMonth) return null;
  if (rule.weekOfMonth === -1) {
    const back = (isoWeekday(y, m, last) - rule.weekday + 7) % 7;
    return `${y}-${pad(m)}-${pad(last - back)}`;
  }
  const first = (rule.weekday - isoWeekday(y, m, 1) + 7) % 7;
  const d = 1 + first + (rule.weekOfMonth - 1) * 7;
  return d <= last ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function apply(rule: Rule, cal: WorkingCalendar, day: string): string | null {
  if (rule.onHoliday === "KEEP" || cal.isWorkingDay(day)) return day;
  return rule.onHoliday === "SKIP" ? null : cal.addWorkingDays(day, 0);
}

/** The schedule's days from `from` to `to` (inclusive), within its own start and end, in order, distinct. */
export function occurrences(rule: Rule, cal: WorkingCalendar, from: string, to: string): string[] {
  const lo = from > rule.startsOn ? from : rule.startsOn;
  const hi = rule.endsOn && rule.endsOn < to ? rule.endsOn : to;
  if (lo > hi) return [];
  if (rule.kind === "ONCE") {
    const day = apply(rule, cal, rule.startsOn);
    return day && day >= lo && day <= hi ? [day] : [];
  }
  const every = Math.max(1, rule.everyMonths ?? 1);
  const [sy, sm] = rule.startsOn.split("-").map(Number) as [number, number];
  const out: string[] = [];
  // Step months from the schedule's first month so "every three months" keeps its phase; stop a month past
  // `hi` (a day moved forward by a holiday may land in the next month).
  const [hy, hm] = hi.split("-").map(Number) as [number, number];
  for (let i = 0; ; i += every) {
    const y = sy + Math.floor((sm - 1 + i) / 12);
    const m = ((sm - 1 + i) % 12) + 1;
    if (y * 12 + m > hy * 12 + hm + 1) break;
    const n = nominal(rule, y, m);
    if (!n || n < rule.startsOn) continue;
    const day = apply(rule, cal, n);
    if (day && day >= lo && day <= hi && out[out.length - 1] !== day) out.push(day);
  }
  return out;
}
