// A city's own copy of the chinese-days package's holidays and make-up working days (package-data.ts), from
// FIRST_PACKAGE_YEAR through the given year. Years the package knows are stored confirmed; a year it does not
// know yet (next year, before the State Council's December notice reaches a package release) gets an unconfirmed
// row and no days, so only weekends count in it and deadlines falling in it are flagged until an admin enters
// and confirms it. Called by the demo seeder and when a platform operator opens a new city, inside their
// transactions; idempotent: years already there are left as the city's admin made them.
import { dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import type { SeedTx } from "@/lib/seed/seed-tx";
import { PACKAGE_SOURCE, PACKAGE_VERSION, PACKAGE_YEARS, packageEntries } from "./package-data";

/** The first year each city's calendar holds. */
export const FIRST_PACKAGE_YEAR = 2020;

/** Next year in Shanghai: how far a new city's calendar reaches. */
export function nextYear(now: Date = new Date()): number {
  return Number(todayInShanghai(now).slice(0, 4)) + 1;
}

/**
 * Copies the package's data for FIRST_PACKAGE_YEAR…`throughYear` into the city's calendar; returns the years it
 * added or filled. A year already present is filled in only when it is an untouched placeholder (unconfirmed,
 * still the package's, no days) and the package now knows it — after a package upgrade, say.
 */
export async function copyPackageCalendar(
  tx: SeedTx,
  tenantId: string,
  throughYear: number = nextYear(),
): Promise<number[]> {
  const existing = await tx.calendarYear.findMany({
    where: { tenantId },
    select: { id: true, year: true, confirmed: true, source: true },
  });
  const byYear = new Map(existing.map((y) => [y.year, y]));
  const listed = new Set(
    (await tx.calendarDay.findMany({ where: { tenantId }, select: { day: true } })).map((d) =>
      dateToDay(d.day).slice(0, 4),
    ),
  );
  const note = `${PACKAGE_SOURCE} ${PACKAGE_VERSION}`;
  const done: number[] = [];
  for (let year = FIRST_PACKAGE_YEAR; year <= throughYear; year++) {
    const known = PACKAGE_YEARS.has(year);
    const row = byYear.get(year);
    const placeholder = row && !row.confirmed && row.source === PACKAGE_SOURCE && !listed.has(String(year));
    if (row && !(placeholder && known)) continue;
    if (known) {
      await tx.calendarDay.createMany({
        data: packageEntries(year).map((e) => ({ tenantId, day: dayToDate(e.day), kind: e.kind, name: e.name })),
        skipDuplicates: true,
      });
    }
    const state = { confirmed: known, confirmedAt: known ? new Date() : null, note };
    if (row)
      await tx.calendarYear.update({ where: { id: row.id, tenantId }, data: { ...state, revision: { increment: 1 } } });
    else await tx.calendarYear.create({ data: { tenantId, year, source: PACKAGE_SOURCE, ...state } });
    done.push(year);
  }
  return done;
}
