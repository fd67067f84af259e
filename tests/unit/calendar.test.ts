// The working-day arithmetic (lib/modules/calendar/working-calendar.ts) on the chinese-days package's own data:
// Spring Festival and National Day of 2025 and 2026 with their 调休 Saturdays and Sundays, negative counts,
// ranges both ways, a year the package does not know (2027, unconfirmed: weekends only, flagged), and every day
// of 2020–2026 against the package's own answers.
import { isWorkday as packageIsWorkday, findWorkday as packageFindWorkday } from "chinese-days";
import { describe, expect, test } from "vitest";
import { PACKAGE_YEARS, packageEntries } from "@/lib/modules/calendar/package-data";
import {
  addCalendarDays,
  createWorkingCalendar,
  daysInRange,
  isCalendarDay,
  weekdayOfDay,
  type CalendarData,
} from "@/lib/modules/calendar/working-calendar";

/** A city's calendar as the seeder copies it: the package's days of 2020–2026, those years confirmed. */
function packageCalendarData(): CalendarData {
  const entries = [2020, 2021, 2022, 2023, 2024, 2025, 2026].flatMap(packageEntries);
  return {
    holidays: entries.filter((e) => e.kind === "HOLIDAY").map((e) => e.day),
    workdays: entries.filter((e) => e.kind === "WORKDAY").map((e) => e.day),
    confirmedYears: [2020, 2021, 2022, 2023, 2024, 2025, 2026],
  };
}
const cal = createWorkingCalendar(packageCalendarData());

describe("the package's data, as copied", () => {
  test("knows 2020–2026 and not 2027", () => {
    for (const y of [2020, 2021, 2022, 2023, 2024, 2025, 2026]) expect(PACKAGE_YEARS.has(y), String(y)).toBe(true);
    expect(PACKAGE_YEARS.has(2027)).toBe(false);
    expect(packageEntries(2027)).toEqual([]);
  });

  test("the make-up working days the brief names are in it, on the weekend, under their festival", () => {
    const workdays = new Map(
      [2025, 2026].flatMap(packageEntries).flatMap((e) => (e.kind === "WORKDAY" ? [[e.day, e.name] as const] : [])),
    );
    expect(Object.fromEntries(workdays)).toEqual({
      "2025-01-26": "春节",
      "2025-02-08": "春节",
      "2025-04-27": "劳动节",
      "2025-09-28": "国庆节",
      "2025-10-11": "国庆节",
      "2026-01-04": "元旦",
      "2026-02-14": "春节",
      "2026-02-28": "春节",
      "2026-05-09": "劳动节",
      "2026-09-20": "国庆节",
      "2026-10-10": "国庆节",
    });
    for (const day of workdays.keys()) expect([0, 6], day).toContain(weekdayOfDay(day));
  });

  test("every day of 2020–2026 is a working day exactly when the package says so", () => {
    const days = daysInRange("2020-01-01", "2026-12-31");
    expect(days).toHaveLength(2557);
    const disagree = days.filter((d) => cal.isWorkingDay(d) !== packageIsWorkday(d));
    expect(disagree).toEqual([]);
  });

  test("addWorkingDays agrees with the package's findWorkday across 2025, forwards and backwards", () => {
    const disagree: string[] = [];
    for (const day of daysInRange("2025-01-01", "2025-12-31")) {
      for (const n of [-22, -10, -3, -1, 0, 1, 3, 10, 22]) {
        if (cal.addWorkingDays(day, n) !== packageFindWorkday(n, day)) disagree.push(`${day} ${n}`);
      }
    }
    expect(disagree).toEqual([]);
  });

  test("working days per year: 2025 and 2026 have 248 each", () => {
    expect(cal.workingDaysBetween("2024-12-31", "2025-12-31")).toBe(248);
    expect(cal.workingDaysBetween("2025-12-31", "2026-12-31")).toBe(248);
  });
});

describe("Spring Festival 2025 (1月28日至2月4日放假，1月26日（周日）、2月8日（周六）上班)", () => {
  test("which days work", () => {
    expect(cal.isWorkingDay("2025-01-25")).toBe(false); // Saturday
    expect(cal.isWorkingDay("2025-01-26")).toBe(true); // Sunday, made up
    expect(cal.isWorkingDay("2025-01-27")).toBe(true);
    for (const d of daysInRange("2025-01-28", "2025-02-04")) expect(cal.isWorkingDay(d), d).toBe(false);
    expect(cal.isWorkingDay("2025-02-05")).toBe(true);
    expect(cal.isWorkingDay("2025-02-08")).toBe(true); // Saturday, made up
    expect(cal.isWorkingDay("2025-02-09")).toBe(false); // Sunday
  });

  test("counting forwards from the next day, over the make-up Sunday and the holiday", () => {
    expect(cal.addWorkingDays("2025-01-24", 1)).toBe("2025-01-26");
    expect(cal.addWorkingDays("2025-01-26", 1)).toBe("2025-01-27");
    expect(cal.addWorkingDays("2025-01-27", 1)).toBe("2025-02-05");
    expect(cal.addWorkingDays("2025-01-27", 4)).toBe("2025-02-08");
    expect(cal.addWorkingDays("2025-01-27", 5)).toBe("2025-02-10");
  });

  test("counting backwards (n < 0): the |n|-th working day before", () => {
    expect(cal.addWorkingDays("2025-02-05", -1)).toBe("2025-01-27");
    expect(cal.addWorkingDays("2025-02-05", -2)).toBe("2025-01-26");
    expect(cal.addWorkingDays("2025-02-05", -3)).toBe("2025-01-24");
    expect(cal.addWorkingDays("2025-02-01", -1)).toBe("2025-01-27"); // from inside the holiday
  });

  test("n = 0: a working day stays, a day off moves to the next working day", () => {
    expect(cal.addWorkingDays("2025-01-27", 0)).toBe("2025-01-27");
    expect(cal.addWorkingDays("2025-01-28", 0)).toBe("2025-02-05");
    expect(cal.addWorkingDays("2025-01-25", 0)).toBe("2025-01-26");
  });

  test("ranges: after `from`, up to and including `to`; negative the other way", () => {
    expect(cal.workingDaysBetween("2025-01-24", "2025-02-10")).toBe(7);
    expect(cal.workingDaysBetween("2025-02-10", "2025-01-24")).toBe(-7);
    expect(cal.workingDaysBetween("2025-01-27", "2025-02-04")).toBe(0);
    expect(cal.workingDaysBetween("2025-01-25", "2025-01-26")).toBe(1);
    expect(cal.workingDaysBetween("2025-02-05", "2025-02-05")).toBe(0);
  });
});

describe("National Day 2025 (10月1日至8日放假，9月28日（周日）、10月11日（周六）上班)", () => {
  test("days and counts", () => {
    expect(cal.isWorkingDay("2025-09-28")).toBe(true);
    expect(cal.isWorkingDay("2025-10-06")).toBe(false); // 中秋, inside the week
    expect(cal.isWorkingDay("2025-10-08")).toBe(false);
    expect(cal.isWorkingDay("2025-10-11")).toBe(true);
    expect(cal.addWorkingDays("2025-09-30", 1)).toBe("2025-10-09");
    expect(cal.addWorkingDays("2025-10-09", 2)).toBe("2025-10-11");
    expect(cal.addWorkingDays("2025-10-09", -1)).toBe("2025-09-30");
    expect(cal.addWorkingDays("2025-10-09", -4)).toBe("2025-09-26");
    expect(cal.workingDaysBetween("2025-09-26", "2025-10-12")).toBe(6);
  });
});

describe("Spring Festival and National Day 2026", () => {
  test("2月15日至23日放假，2月14日（周六）、2月28日（周六）上班", () => {
    expect(cal.isWorkingDay("2026-02-14")).toBe(true);
    expect(cal.isWorkingDay("2026-02-23")).toBe(false); // Monday
    expect(cal.isWorkingDay("2026-02-24")).toBe(true);
    expect(cal.isWorkingDay("2026-02-28")).toBe(true);
    expect(cal.addWorkingDays("2026-02-13", 1)).toBe("2026-02-14");
    expect(cal.addWorkingDays("2026-02-14", 1)).toBe("2026-02-24");
    expect(cal.addWorkingDays("2026-02-24", -1)).toBe("2026-02-14");
    expect(cal.addWorkingDays("2026-02-24", 4)).toBe("2026-02-28");
    expect(cal.workingDaysBetween("2026-02-13", "2026-02-28")).toBe(6);
  });

  test("10月1日至7日放假，9月20日（周日）、10月10日（周六）上班", () => {
    expect(cal.isWorkingDay("2026-09-20")).toBe(true);
    expect(cal.isWorkingDay("2026-10-07")).toBe(false);
    expect(cal.isWorkingDay("2026-10-10")).toBe(true);
    expect(cal.addWorkingDays("2026-09-30", 1)).toBe("2026-10-08");
    expect(cal.addWorkingDays("2026-10-09", 1)).toBe("2026-10-10");
    expect(cal.addWorkingDays("2026-10-12", -2)).toBe("2026-10-09");
    expect(cal.workingDaysBetween("2026-09-18", "2026-10-12")).toBe(12);
  });
});

describe("properties", () => {
  const days = daysInRange("2024-12-01", "2026-12-31").filter((_, i) => i % 5 === 0);

  test("between(d, addWorkingDays(d, n)) = n for n > 0, and the result is always a working day", () => {
    for (const d of days) {
      for (const n of [1, 2, 7, 15, 66]) {
        const due = cal.addWorkingDays(d, n);
        expect(cal.workingDaysBetween(d, due), `${d} + ${n}`).toBe(n);
        expect(cal.isWorkingDay(due)).toBe(true);
      }
      for (const n of [-1, -5, 0]) expect(cal.isWorkingDay(cal.addWorkingDays(d, n))).toBe(true);
    }
  });

  test("from a working day, backwards undoes forwards", () => {
    for (const d of days.filter((x) => cal.isWorkingDay(x))) {
      for (const n of [1, 3, 20]) expect(cal.addWorkingDays(cal.addWorkingDays(d, n), -n), `${d} ${n}`).toBe(d);
    }
  });

  test("ranges add up and flip sign", () => {
    const [a, b, c] = ["2025-01-10", "2025-10-20", "2026-03-03"];
    expect(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c)).toBe(cal.workingDaysBetween(a, c));
    expect(cal.workingDaysBetween(c, a)).toBe(-cal.workingDaysBetween(a, c));
  });

  test("a long range counts the same as day by day", () => {
    const all = daysInRange("2020-01-02", "2026-12-31");
    expect(cal.workingDaysBetween("2020-01-01", "2026-12-31")).toBe(all.filter((d) => cal.isWorkingDay(d)).length);
  });

  test("bad input is refused loudly, never silently miscounted", () => {
    expect(() => cal.isWorkingDay("2025-02-30")).toThrow(RangeError);
    expect(() => cal.isWorkingDay("2025/02/03")).toThrow(RangeError);
    expect(() => cal.addWorkingDays("2025-02-03", 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays("2025-02-03", 1e9)).toThrow(RangeError);
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2025-02-29")).toBe(false);
  });

  test("calendar-day helpers", () => {
    expect(addCalendarDays("2025-12-30", 3)).toBe("2026-01-02");
    expect(addCalendarDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(weekdayOfDay("2025-01-26")).toBe(0);
    expect(weekdayOfDay("2026-02-14")).toBe(6);
    expect(daysInRange("2025-01-02", "2025-01-01")).toEqual([]);
  });
});

describe("a year without confirmed data (2027: weekends only, flagged)", () => {
  test("Monday to Friday work, weekends do not, and the year is not confirmed", () => {
    expect(cal.isConfirmed(2026)).toBe(true);
    expect(cal.isConfirmed(2027)).toBe(false);
    expect(cal.isWorkingDay("2027-01-01")).toBe(true); // New Year's Day is not known yet
    expect(cal.isWorkingDay("2027-01-02")).toBe(false);
  });

  test("a deadline reaching into 2027 is flagged; one inside 2026 is not", () => {
    expect(cal.addWorkingDaysChecked("2026-12-30", 3)).toEqual({
      day: "2027-01-04",
      confirmed: false,
      unconfirmedYears: [2027],
    });
    expect(cal.addWorkingDaysChecked("2026-12-01", 5)).toEqual({
      day: "2026-12-08",
      confirmed: true,
      unconfirmedYears: [],
    });
    // Counting back from 2027 into 2026 touches 2027 too.
    expect(cal.addWorkingDaysChecked("2027-01-04", -2).confirmed).toBe(false);
  });

  test("a range touching an unconfirmed year says which years", () => {
    expect(cal.workingDaysBetweenChecked("2026-12-25", "2027-01-08")).toEqual({
      days: 10,
      confirmed: false,
      unconfirmedYears: [2027],
    });
    expect(cal.unconfirmedYears("2019-06-01", "2028-01-01")).toEqual([2019, 2027, 2028]);
    expect(cal.workingDaysBetweenChecked("2025-01-01", "2026-12-31").confirmed).toBe(true);
  });

  test("once an admin enters and confirms 2027, its days count and nothing is flagged", () => {
    const data = packageCalendarData();
    const entered = createWorkingCalendar({
      holidays: [...data.holidays, "2027-01-01"],
      workdays: [...data.workdays],
      confirmedYears: [...data.confirmedYears, 2027],
    });
    expect(entered.isWorkingDay("2027-01-01")).toBe(false);
    expect(entered.addWorkingDaysChecked("2026-12-30", 3)).toEqual({
      day: "2027-01-05",
      confirmed: true,
      unconfirmedYears: [],
    });
  });

  test("the data round-trips through props", () => {
    const again = createWorkingCalendar(JSON.parse(JSON.stringify(cal.data)) as CalendarData);
    expect(again.addWorkingDays("2025-01-24", 10)).toBe(cal.addWorkingDays("2025-01-24", 10));
    expect(again.isConfirmed(2025)).toBe(true);
  });
});
