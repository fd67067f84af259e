// Names of a message's category and state, for server components (a city's own category is shown as it is).
import { isDefaultCategory } from "@/lib/modules/citizen-messages/client";

type T = (key: string) => string;

export function categoryLabel(categories: T, code: string): string {
  return isDefaultCategory(code) ? categories(code) : code;
}

/** How the clock reads: days left, due today, or days overdue (null when no clock runs). */
export function clockLabel(t: (key: string, values?: Record<string, number>) => string, left: number | null) {
  if (left === null) return null;
  if (left > 0) return t("daysLeft", { days: left });
  if (left === 0) return t("dueToday");
  return t("overdueDays", { days: -left });
}
