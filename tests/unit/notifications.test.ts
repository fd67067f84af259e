// The pure parts of notifications and reminders: stored values as the translator takes them, the paths a
// notification may lead to, and which reminder level a deadline is at on a given day (working days).
import { describe, expect, test } from "vitest";
import { createWorkingCalendar } from "@/lib/modules/calendar/working-calendar";
import { dueLevel } from "@/lib/modules/contact-points/remind-due-assignments";
import { isCityPath, messageValues } from "@/lib/modules/notifications/values";

describe("messageValues", () => {
  test("strings and numbers pass; a { day } becomes that Shanghai day; anything else is dropped", () => {
    expect(
      messageValues({ title: "《条例》", days: 3, dueOn: { day: "2026-12-14" }, bad: { day: "soon" }, x: [1] }),
    ).toEqual({
      title: "《条例》",
      days: 3,
      dueOn: new Date("2026-12-14T00:00:00.000Z"),
    });
    expect(messageValues(null)).toEqual({});
    expect(messageValues([1, 2])).toEqual({});
  });
});

describe("isCityPath", () => {
  test("a path inside the city, never another site", () => {
    expect(isCityPath("/console/my-point/0190a000-0000-7000-8000-000000000001")).toBe(true);
    expect(isCityPath("/console/consultations/x/opinions?status=RECEIVED")).toBe(true);
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "console", "/a b", ""]) {
      expect(isCityPath(bad), bad).toBe(false);
    }
  });
});

describe("dueLevel", () => {
  // 2026-12-10 (Thursday) a holiday; 2026-12-12 (Saturday) a make-up working day.
  const cal = createWorkingCalendar({ holidays: ["2026-12-10"], workdays: ["2026-12-12"], confirmedYears: [2026] });
  const today = "2026-12-09"; // Wednesday

  test("by working days: three out, one out (or the day itself), overdue, and nothing further out", () => {
    expect(dueLevel(cal, today, "2026-12-14")).toEqual({ level: "d3", left: 3 }); // Fri, Sat (make-up), Mon
    expect(dueLevel(cal, today, "2026-12-11")).toEqual({ level: "d1", left: 1 });
    expect(dueLevel(cal, today, today)).toEqual({ level: "d1", left: 0 });
    expect(dueLevel(cal, today, "2026-12-08")).toEqual({ level: "overdue", left: -1 });
    expect(dueLevel(cal, today, "2026-12-15")).toBeNull();
  });

  test("a due date on a day off counts as the next working day", () => {
    // The Thursday holiday moves to Friday: one working day left, not "overdue" or "today".
    expect(dueLevel(cal, today, "2026-12-10")).toEqual({ level: "d1", left: 1 });
    // A Sunday moves to Monday.
    expect(dueLevel(cal, today, "2026-12-13")).toEqual({ level: "d3", left: 3 });
  });
});
