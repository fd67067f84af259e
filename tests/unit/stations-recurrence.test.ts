// The days a reception schedule falls on (lib/modules/stations/recurrence.ts), pure: month ends (the 31st in
// February and April, a leap year), weekday rules (the first Tuesday, the last Friday), every three months keeping
// its phase, and days off — the 2026 National Day holidays with their 调休 make-up days — moved, skipped or kept.
import { describe, expect, test } from "vitest";
import { createWorkingCalendar } from "@/lib/modules/calendar/client";
import { horizonEnd } from "@/lib/modules/stations/materialize-days";
import { occurrences, type Rule } from "@/lib/modules/stations/recurrence";

// 国庆节 2026: 1–7 October off; Sunday 20 September and Saturday 10 October are working days (调休上班).
const calendar = createWorkingCalendar({
  holidays: ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"],
  workdays: ["2026-09-20", "2026-10-10"],
  confirmedYears: [2026],
});
const plain = createWorkingCalendar({ holidays: [], workdays: [], confirmedYears: [] });

const monthly = (dayOfMonth: number, extra: Partial<Rule> = {}): Rule => ({
  kind: "MONTHLY_DAY",
  dayOfMonth,
  startsOn: "2026-01-01",
  onHoliday: "KEEP",
  ...extra,
});
const weekday = (weekOfMonth: number, day: number, extra: Partial<Rule> = {}): Rule => ({
  kind: "MONTHLY_WEEKDAY",
  weekOfMonth,
  weekday: day,
  startsOn: "2026-01-01",
  onHoliday: "KEEP",
  ...extra,
});

describe("month ends", () => {
  test("the 31st falls on the last day of shorter months (28 February, 30 April)", () => {
    expect(occurrences(monthly(31), plain, "2026-01-01", "2026-06-30")).toEqual([
      "2026-01-31",
      "2026-02-28",
      "2026-03-31",
      "2026-04-30",
      "2026-05-31",
      "2026-06-30",
    ]);
  });

  test("in a leap year February's last day is the 29th (the 30th and 31st both land there)", () => {
    const rule = monthly(30, { startsOn: "2028-01-01" });
    expect(occurrences(rule, plain, "2028-01-01", "2028-03-31")).toEqual(["2028-01-30", "2028-02-29", "2028-03-30"]);
    expect(occurrences(monthly(31, { startsOn: "2028-02-01" }), plain, "2028-02-01", "2028-02-29")).toEqual([
      "2028-02-29",
    ]);
  });

  test("the 15th, from a start in the middle of a month, starts with the next 15th", () => {
    expect(occurrences(monthly(15, { startsOn: "2026-03-20" }), plain, "2026-01-01", "2026-05-31")).toEqual([
      "2026-04-15",
      "2026-05-15",
    ]);
  });

  test("the end date and the asked window both bound the days", () => {
    const rule = monthly(15, { endsOn: "2026-04-15" });
    expect(occurrences(rule, plain, "2026-02-01", "2026-12-31")).toEqual(["2026-02-15", "2026-03-15", "2026-04-15"]);
    expect(occurrences(rule, plain, "2026-05-01", "2026-12-31")).toEqual([]);
  });
});

describe("weekday rules", () => {
  test("the first Tuesday of each month", () => {
    expect(occurrences(weekday(1, 2), plain, "2026-01-01", "2026-03-31")).toEqual([
      "2026-01-06",
      "2026-02-03",
      "2026-03-03",
    ]);
  });

  test("the last Friday of each month (week -1)", () => {
    expect(occurrences(weekday(-1, 5), plain, "2026-01-01", "2026-05-31")).toEqual([
      "2026-01-30",
      "2026-02-27",
      "2026-03-27",
      "2026-04-24",
      "2026-05-29",
    ]);
  });
});

describe("every N months", () => {
  test("quarterly keeps the phase of its first month, whatever window is asked", () => {
    const rule = monthly(15, { startsOn: "2026-02-01", everyMonths: 3 });
    expect(occurrences(rule, plain, "2026-01-01", "2026-12-31")).toEqual([
      "2026-02-15",
      "2026-05-15",
      "2026-08-15",
      "2026-11-15",
    ]);
    expect(occurrences(rule, plain, "2026-06-01", "2027-03-31")).toEqual(["2026-08-15", "2026-11-15", "2027-02-15"]);
  });

  test("every two months on the first Tuesday", () => {
    const rule = weekday(1, 2, { everyMonths: 2 });
    expect(occurrences(rule, plain, "2026-01-01", "2026-06-30")).toEqual(["2026-01-06", "2026-03-03", "2026-05-05"]);
  });
});

describe("days off and 调休", () => {
  test("NEXT_WORKING_DAY: 1 October (National Day) moves past the holidays to Thursday 8 October", () => {
    const rule = monthly(1, { onHoliday: "NEXT_WORKING_DAY" });
    expect(occurrences(rule, calendar, "2026-09-01", "2026-11-30")).toEqual(["2026-09-01", "2026-10-08", "2026-11-02"]);
  });

  test("a make-up working day (调休, Saturday 10 October) is a working day: the day stays", () => {
    const rule = monthly(10, { onHoliday: "NEXT_WORKING_DAY" });
    expect(occurrences(rule, calendar, "2026-10-01", "2026-10-31")).toEqual(["2026-10-10"]);
    // Without the make-up day, a Saturday moves to Monday.
    expect(occurrences(rule, plain, "2026-10-01", "2026-10-31")).toEqual(["2026-10-12"]);
  });

  test("an ordinary weekend moves to Monday; the 31st of January (a Saturday) lands in February", () => {
    const rule = monthly(31, { onHoliday: "NEXT_WORKING_DAY" });
    // 31 January and 28 February 2026 are Saturdays: each moves to the Monday after, in the next month.
    expect(occurrences(rule, calendar, "2026-01-01", "2026-03-31")).toEqual(["2026-02-02", "2026-03-02", "2026-03-31"]);
    // Asked up to 31 January only, the moved day is outside the window.
    expect(occurrences(rule, calendar, "2026-01-01", "2026-01-31")).toEqual([]);
  });

  test("SKIP drops the day that falls on a holiday; KEEP keeps it", () => {
    // 1 October is National Day; 1 November 2026 is a Sunday: both are skipped.
    expect(occurrences(monthly(1, { onHoliday: "SKIP" }), calendar, "2026-09-01", "2026-11-30")).toEqual([
      "2026-09-01",
    ]);
    expect(occurrences(monthly(1, { onHoliday: "KEEP" }), calendar, "2026-09-01", "2026-11-30")).toEqual([
      "2026-09-01",
      "2026-10-01",
      "2026-11-01",
    ]);
  });

  test("the first Tuesday of October 2026 (the 6th, a holiday) moves to the 8th", () => {
    const rule = weekday(1, 2, { onHoliday: "NEXT_WORKING_DAY", startsOn: "2026-09-01" });
    expect(occurrences(rule, calendar, "2026-09-01", "2026-10-31")).toEqual(["2026-09-01", "2026-10-08"]);
  });

  test("a one-off day (a mobile station at the harbour) is that day, moved or skipped like any other", () => {
    const once: Rule = { kind: "ONCE", startsOn: "2026-10-03", onHoliday: "KEEP" };
    expect(occurrences(once, calendar, "2026-09-01", "2026-12-31")).toEqual(["2026-10-03"]);
    expect(occurrences({ ...once, onHoliday: "SKIP" }, calendar, "2026-09-01", "2026-12-31")).toEqual([]);
    expect(occurrences({ ...once, onHoliday: "NEXT_WORKING_DAY" }, calendar, "2026-09-01", "2026-12-31")).toEqual([
      "2026-10-08",
    ]);
    expect(occurrences(once, calendar, "2026-11-01", "2026-12-31")).toEqual([]);
  });
});

test("the horizon is twelve months ahead, clamped to the month's length", () => {
  expect(horizonEnd("2026-12-02")).toBe("2027-12-02");
  expect(horizonEnd("2027-03-31", 11)).toBe("2028-02-29");
});
