import { getFormatter } from "next-intl/server";

/** Date formatting for the public pages (2026年11月22日 in Chinese), server components only. */
export async function getDates() {
  const f = await getFormatter();
  return {
    /** A calendar day "YYYY-MM-DD" (Asia/Shanghai): its Shanghai midnight, so every server shows the same day. */
    day: (day: string) => f.dateTime(new Date(`${day}T00:00:00+08:00`), "date"),
    /** An ISO instant, shown as its Shanghai day. */
    instant: (iso: string) => f.dateTime(new Date(iso), "date"),
  };
}

/** The one link style of the public pages. */
export const linkClasses = "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800";
