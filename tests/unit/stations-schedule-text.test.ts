// Schedules in words, as the station page and the poster print them, with the real message catalogues.
import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import { scheduleText, type ScheduleWords } from "@/lib/modules/stations/schedule-text";
import en from "@/messages/en/stationsPublic.json";
import zh from "@/messages/zh-CN/stationsPublic.json";

const base: ScheduleWords = {
  kind: "MONTHLY_DAY",
  dayOfMonth: 15,
  weekOfMonth: null,
  weekday: null,
  everyMonths: 1,
  startsOn: "2026-01-15",
  startTime: "09:00",
  endTime: "11:30",
};
const words = (locale: "zh-CN" | "en") => {
  const t = createTranslator({ locale, messages: { stationsPublic: locale === "en" ? en : zh } });
  return (key: string, values?: Record<string, string | number>) =>
    t(`stationsPublic.schedule.${key}` as never, values as never);
};

describe("scheduleText", () => {
  test("Jining's reception day, a first Tuesday, a last Friday, a quarter, and a one-off day in Chinese", () => {
    const zhT = words("zh-CN");
    expect(scheduleText(base, zhT)).toBe("每月15日 09:00–11:30");
    const firstTuesday = { ...base, kind: "MONTHLY_WEEKDAY" as const, weekOfMonth: 1, weekday: 2 };
    expect(scheduleText(firstTuesday, zhT)).toBe("每月第一个星期二 09:00–11:30");
    expect(scheduleText({ ...firstTuesday, weekOfMonth: -1, weekday: 5 }, zhT)).toBe("每月最后一个星期五 09:00–11:30");
    expect(scheduleText({ ...base, everyMonths: 3 }, zhT)).toBe("每3个月15日 09:00–11:30");
    expect(scheduleText({ ...base, kind: "ONCE", startsOn: "2026-12-03" }, zhT)).toBe("2026年12月3日 09:00–11:30");
  });

  test("the same in English", () => {
    const enT = words("en");
    expect(scheduleText(base, enT)).toBe("Every month on day 15, 09:00–11:30");
    const firstTuesday = { ...base, kind: "MONTHLY_WEEKDAY" as const, weekOfMonth: 1, weekday: 2 };
    expect(scheduleText(firstTuesday, enT)).toBe("Every month, the first Tuesday, 09:00–11:30");
    expect(scheduleText({ ...base, kind: "ONCE", startsOn: "2026-12-03" }, enT)).toBe("2026-12-03, 09:00–11:30");
  });
});
