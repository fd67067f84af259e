import type { Formats } from "next-intl";

// zh-CN renders `date` as 2026年11月22日 and `dateTime` as 2026年11月22日 14:05.
export const formats = {
  dateTime: {
    date: { year: "numeric", month: "long", day: "numeric" },
    dateTime: { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  },
} satisfies Formats;
