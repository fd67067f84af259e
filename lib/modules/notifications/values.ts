// A notification's text is a message key and values stored as JSON, rendered when read, in the reader's language
// (and in Chinese for the e-mail). Values are strings, numbers, or a Shanghai calendar day ({ day: "2026-12-08" })
// that the message formats as a date (2026年12月8日).
import { dayToDate } from "@/lib/dates";

export type NotificationValue = string | number | { day: string };
export type NotificationValues = Record<string, NotificationValue>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The values as a translator takes them; anything else stored (an older shape) is dropped, never thrown on. */
export function messageValues(stored: unknown): Record<string, string | number | Date> {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return {};
  const out: Record<string, string | number | Date> = {};
  for (const [key, v] of Object.entries(stored as Record<string, unknown>)) {
    if (typeof v === "string" || typeof v === "number") out[key] = v;
    else if (v && typeof v === "object" && typeof (v as { day?: unknown }).day === "string") {
      const day = (v as { day: string }).day;
      if (DAY.test(day)) out[key] = dayToDate(day);
    }
  }
  return out;
}

/** A path inside the city (/console/…), never another site: stored hrefs are joined to /{city} and NEXTAUTH_URL. */
export function isCityPath(href: string): boolean {
  return /^\/(?!\/)[^\s\\]*$/.test(href);
}
