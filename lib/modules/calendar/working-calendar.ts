// The working-day arithmetic of a city's calendar (DESIGN §3 rule 10), pure: no database, no clock, so client
// components may use it with the data passed as props (`calendar.data`). Days are Asia/Shanghai calendar days
// written "YYYY-MM-DD" (lib/dates.ts), handled as whole day numbers so no time zone can shift them.
//
// A day is a working day when it is Monday–Friday and not a listed holiday, or when it is a listed make-up
// working day (调休上班, a Saturday or Sunday). A year whose arrangement is not confirmed (the State Council
// publishes the next year's each December) counts weekends only; every computation can say whether it touched
// such a year, so a deadline that may still move is shown with a warning.

/** The serialisable data a calendar is built from: listed days and the years whose arrangement is confirmed. */
export type CalendarData = {
  /** Days off on what would be working days, or festival days on a weekend (放假). */
  holidays: readonly string[];
  /** Make-up working days on a weekend (调休上班). */
  workdays: readonly string[];
  confirmedYears: readonly number[];
};

/** The result of a computation together with whether every year it touched is confirmed. */
export type Checked<T> = T & { confirmed: boolean; unconfirmedYears: number[] };

export type WorkingCalendar = {
  readonly data: CalendarData;
  /** Is `day` a working day? */
  isWorkingDay(day: string): boolean;
  /**
   * The working day `n` working days after `day` (n > 0; `day` itself is not counted, as a deadline of N working
   * days counts from the next day), or before it (n < 0, the |n|-th working day before `day`). n = 0 gives `day`
   * when it is a working day, else the next working day (a deadline falling on a day off moves to the next
   * working day). The result is always a working day.
   */
  addWorkingDays(day: string, n: number): string;
  /**
   * Working days after `from` up to and including `to`; negative when `to` is before `from` (then minus the
   * working days after `to` up to and including `from`). Additive: between(a, b) + between(b, c) = between(a, c),
   * and between(d, addWorkingDays(d, n)) = n for n > 0.
   */
  workingDaysBetween(from: string, to: string): number;
  /** Is the year's holiday arrangement confirmed (not just weekends)? */
  isConfirmed(year: number): boolean;
  /** The unconfirmed years from the earlier day's year to the later one's, in order. */
  unconfirmedYears(from: string, to: string): number[];
  /** addWorkingDays, and whether every year between `day` and the result is confirmed. */
  addWorkingDaysChecked(day: string, n: number): Checked<{ day: string }>;
  /** workingDaysBetween, and whether every year between the two days is confirmed. */
  workingDaysBetweenChecked(from: string, to: string): Checked<{ days: number }>;
};

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** |n| beyond this is a bug (about 400 years of working days), not a deadline. */
const MAX_STEPS = 100_000;

/** Is `value` a real calendar day written YYYY-MM-DD? */
export function isCalendarDay(value: string): boolean {
  return toDayNumber(value) !== null;
}

/** Days since 1970-01-01 (negative before), or null for anything but a real YYYY-MM-DD day. */
function toDayNumber(day: string): number | null {
  const m = DAY_PATTERN.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  date.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return Math.round(date.getTime() / 86_400_000);
}

function dayNumber(day: string): number {
  const n = toDayNumber(day);
  if (n === null) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return n;
}

function fromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** Monday–Friday days up to and including day number `n`, counted from a fixed Monday: only differences matter. */
function weekdaysThrough(n: number): number {
  const k = n + 4; // days from Monday 1969-12-29 (day −3) through n
  const weeks = Math.floor(k / 7);
  return weeks * 5 + Math.min(k - weeks * 7, 5);
}

/** 0 = Sunday … 6 = Saturday of a YYYY-MM-DD day. */
export function weekdayOfDay(day: string): number {
  return weekdayOf(dayNumber(day));
}

/** `day` plus `n` calendar days (n may be negative). */
export function addCalendarDays(day: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return fromDayNumber(dayNumber(day) + n);
}

/** Every day from `from` to `to`, both included (empty when `to` is before `from`). */
export function daysInRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from), end = dayNumber(to); n <= end; n++) out.push(fromDayNumber(n));
  return out;
}

export function yearOfDay(day: string): number {
  dayNumber(day);
  return Number(day.slice(0, 4));
}

function checkSteps(n: number) {
  if (!Number.isInteger(n) || Math.abs(n) > MAX_STEPS) throw new RangeError(`Not a usable number of days: ${n}`);
}

/** Builds the calendar from its data (the server's workingCalendar(tenantId) reads the city's rows into it). */
export function createWorkingCalendar(data: CalendarData): WorkingCalendar {
  // A listed day overrides the weekday rule: true = working. A day listed both ways (never from the database,
  // whose key is the day) counts as working, as the chinese-days package does.
  const override = new Map<number, boolean>();
  for (const day of data.holidays) override.set(dayNumber(day), false);
  for (const day of data.workdays) override.set(dayNumber(day), true);
  const confirmed = new Set(data.confirmedYears);

  // What each listed day changes against Monday–Friday, sorted, with running sums: a count over any range is then
  // two binary searches, however long the range.
  const changes = [...override]
    .map(([n, working]) => {
      const weekend = weekdayOf(n) === 0 || weekdayOf(n) === 6;
      return { n, delta: working && weekend ? 1 : !working && !weekend ? -1 : 0 };
    })
    .filter((c) => c.delta !== 0)
    .sort((a, b) => a.n - b.n);
  const running: number[] = [];
  changes.reduce((sum, c) => (running.push(sum + c.delta), sum + c.delta), 0);

  /** The sum of changes on days up to and including `n`. */
  const changesThrough = (n: number): number => {
    let lo = 0;
    let hi = changes.length; // first index with changes[i].n > n
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (changes[mid]!.n <= n) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : running[lo - 1]!;
  };
  const workingThrough = (n: number) => weekdaysThrough(n) + changesThrough(n);
  const isWorking = (n: number) => {
    const listed = override.get(n);
    if (listed !== undefined) return listed;
    const wd = weekdayOf(n);
    return wd !== 0 && wd !== 6;
  };

  const step = (start: number, n: number): number => {
    checkSteps(n);
    let x = start;
    if (n === 0) {
      while (!isWorking(x)) x++;
      return x;
    }
    const dir = n > 0 ? 1 : -1;
    for (let left = Math.abs(n); left > 0;) {
      x += dir;
      if (isWorking(x)) left--;
    }
    return x;
  };

  const unconfirmedBetween = (a: number, b: number): number[] => {
    const [first, last] = [fromDayNumber(Math.min(a, b)), fromDayNumber(Math.max(a, b))].map((d) =>
      Number(d.slice(0, 4)),
    ) as [number, number];
    const out: number[] = [];
    for (let y = first; y <= last; y++) if (!confirmed.has(y)) out.push(y);
    return out;
  };
  const checked = <T extends object>(value: T, a: number, b: number): Checked<T> => {
    const unconfirmedYears = unconfirmedBetween(a, b);
    return { ...value, confirmed: unconfirmedYears.length === 0, unconfirmedYears };
  };

  return {
    data: {
      holidays: [...data.holidays],
      workdays: [...data.workdays],
      confirmedYears: [...confirmed].sort((a, b) => a - b),
    },
    isWorkingDay: (day) => isWorking(dayNumber(day)),
    addWorkingDays: (day, n) => fromDayNumber(step(dayNumber(day), n)),
    workingDaysBetween: (from, to) => workingThrough(dayNumber(to)) - workingThrough(dayNumber(from)),
    isConfirmed: (year) => confirmed.has(year),
    unconfirmedYears: (from, to) => unconfirmedBetween(dayNumber(from), dayNumber(to)),
    addWorkingDaysChecked(day, n) {
      const start = dayNumber(day);
      const end = step(start, n);
      return checked({ day: fromDayNumber(end) }, start, end);
    },
    workingDaysBetweenChecked(from, to) {
      const [a, b] = [dayNumber(from), dayNumber(to)];
      return checked({ days: workingThrough(b) - workingThrough(a) }, a, b);
    },
  };
}
