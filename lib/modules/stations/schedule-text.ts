// A schedule in words (每月15日 9:00–11:30; 每月第一个星期二 …), for the station page and the poster. Pure: the
// caller passes its translator for the stationsPublic namespace.

export type ScheduleWords = {
  kind: "MONTHLY_DAY" | "MONTHLY_WEEKDAY" | "ONCE";
  dayOfMonth: number | null;
  weekOfMonth: number | null;
  weekday: number | null;
  everyMonths: number;
  /** YYYY-MM-DD */
  startsOn: string;
  startTime: string;
  endTime: string;
};

type T = (key: string, values?: Record<string, string | number>) => string;

/** `t` resolves keys under stationsPublic.schedule. */
export function scheduleText(s: ScheduleWords, t: T): string {
  const time = t("time", { start: s.startTime, end: s.endTime });
  if (s.kind === "ONCE") {
    // Parts, not a formatted date: the message writes them as the language does (2026年12月3日; 2026-12-03).
    const [year, month, day] = s.startsOn.split("-");
    return t("once", { date: s.startsOn, year: year!, month: Number(month), day: Number(day), time });
  }
  const every = s.everyMonths > 1 ? t("everyMonths", { months: s.everyMonths }) : t("everyMonth");
  if (s.kind === "MONTHLY_DAY") return t("monthlyDay", { every, day: s.dayOfMonth ?? 1, time });
  const weekday = t(`weekday.${s.weekday ?? 1}`);
  if ((s.weekOfMonth ?? 1) < 0) return t("monthlyLastWeekday", { every, weekday, time });
  return t("monthlyWeekday", { every, week: t(`week.${s.weekOfMonth ?? 1}`), weekday, time });
}
