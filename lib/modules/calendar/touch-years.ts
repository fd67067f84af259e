// Every change to a city's calendar goes through the year rows it concerns: a year without a row gets one
// (unconfirmed: entering days does not confirm a year), and each touched year's revision goes up, which is what
// the per-process calendars (queries-calendar.ts) check to know they are stale.
import type { TenantTx } from "@/lib/db";

export type YearRow = { id: string; year: number; confirmed: boolean };

/** The rows of `years` after touching them, by year; an admin's edit makes a year's source "manual". */
export async function touchYears(
  tx: TenantTx,
  tenantId: string,
  years: Iterable<number>,
): Promise<Map<number, YearRow>> {
  const out = new Map<number, YearRow>();
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const found = await tx.calendarYear.findFirst({ where: { year }, select: { id: true } });
    const row = found
      ? await tx.calendarYear.update({
          where: { id: found.id },
          data: { source: "manual", revision: { increment: 1 } },
          select: { id: true, year: true, confirmed: true },
        })
      : await tx.calendarYear.create({
          data: { tenantId, year, source: "manual", revision: 1 },
          select: { id: true, year: true, confirmed: true },
        });
    out.set(year, row);
  }
  return out;
}
