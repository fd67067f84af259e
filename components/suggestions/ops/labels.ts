// How a deadline reads in the suggestions' lists (server and client components): the clock's name, the working
// days left, due today, or overdue by so many working days.
import type { SuggestionDeadline } from "@/lib/modules/suggestions/client";

type T = (key: string, values?: Record<string, string | number>) => string;

export function leftLabel(t: T, d: Pick<SuggestionDeadline, "workingDaysLeft" | "overdue">): string {
  if (d.overdue) return t("overdueDays", { days: Math.max(1, -d.workingDaysLeft) });
  if (d.workingDaysLeft <= 0) return t("dueToday");
  return t("daysLeft", { days: d.workingDaysLeft });
}

/** 〔2026〕第12号, or the "not numbered" mark. */
export function rowNumber(t: T, base: T, r: { year: number; number: number | null }): string {
  return r.number === null ? t("noNumber") : base("number", { year: r.year, number: r.number });
}
