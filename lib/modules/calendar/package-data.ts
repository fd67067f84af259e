// The statutory holidays and 调休 make-up working days the chinese-days npm package knows, read from its data
// file (dist/chinese-days.json: day → "English name,中文名,days"), which is what its own functions use. Read as
// data rather than through its functions: those treat a year they do not know as plain Monday–Friday without a
// word, and they read days in the server's local time zone. Each city copies this into its own table
// (copy-package-calendar.ts), so a year the package does not know yet can be entered by the city's admin.
import data from "chinese-days/dist/chinese-days.json";
import pkg from "chinese-days/package.json";
import type { CalendarDayKind } from "@/lib/generated/prisma/enums";

export const PACKAGE_SOURCE = "chinese-days";
export const PACKAGE_VERSION: string = pkg.version;

export type PackageEntry = { day: string; kind: CalendarDayKind; name: string };

const raw = data as { holidays: Record<string, string>; workdays: Record<string, string> };

/** "Spring Festival,春节,4" → 春节 (the English name when there is no Chinese one). */
function chineseName(value: string): string {
  const [en, zh] = value.split(",");
  return (zh || en || "").trim();
}

const ENTRIES: PackageEntry[] = [
  ...Object.entries(raw.holidays).map(([day, v]) => ({ day, kind: "HOLIDAY" as const, name: chineseName(v) })),
  ...Object.entries(raw.workdays).map(([day, v]) => ({ day, kind: "WORKDAY" as const, name: chineseName(v) })),
].sort((a, b) => a.day.localeCompare(b.day));

/** The years the package has an arrangement for: those with at least one listed holiday. */
export const PACKAGE_YEARS: ReadonlySet<number> = new Set(
  ENTRIES.filter((e) => e.kind === "HOLIDAY").map((e) => Number(e.day.slice(0, 4))),
);

/** The package's listed days of `year` (empty for a year it does not know). */
export function packageEntries(year: number): PackageEntry[] {
  const prefix = `${year}-`;
  return ENTRIES.filter((e) => e.day.startsWith(prefix));
}
