// Time left in a consultation, as the NPC site shows it ("还剩 5 天 3 小时"): whole days and hours, rendered on
// the server. A page is at most a reload old, so no ticking client script is worth its bytes on a phone.
export type TimeLeft = { days: number; hours: number };

/** Whole days and hours until `endsAt` (rounded down); null once it has passed. */
export function timeLeft(endsAt: Date, now: Date = new Date()): TimeLeft | null {
  const ms = endsAt.getTime() - now.getTime();
  if (ms <= 0) return null;
  const hours = Math.floor(ms / 3_600_000);
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}

type Translate = (
  key: "remaining" | "remainingHours" | "remainingUnderHour" | "ended",
  values?: Record<string, number>,
) => string;

/** The countdown's words: "还剩 5 天 3 小时", "还剩 3 小时", "不足 1 小时", "已截止". */
export function countdownText(t: Translate, endsAt: Date, now: Date = new Date()): string {
  const left = timeLeft(endsAt, now);
  if (!left) return t("ended");
  if (left.days > 0) return t("remaining", { days: left.days, hours: left.hours });
  if (left.hours > 0) return t("remainingHours", { hours: left.hours });
  return t("remainingUnderHour");
}
