// Test data for the working-day calendar: listed days and year rows of one city. Like ./index.ts, rows are
// written through `unsafePrisma` with an explicit tenantId, never through the actions under test.
import { unsafePrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import type { CalendarDayKind } from "@/lib/generated/prisma/enums";

type TenantRef = { id: string };

/** A listed day (a day off unless told), with its year's row (unconfirmed unless the row exists already). */
export async function createCalendarDay(
  tenant: TenantRef,
  day: string,
  opts: { kind?: CalendarDayKind; name?: string } = {},
) {
  const year = Number(day.slice(0, 4));
  const existing = await unsafePrisma.calendarYear.findFirst({ where: { tenantId: tenant.id, year } });
  if (!existing) await createCalendarYear(tenant, year);
  return unsafePrisma.calendarDay.create({
    data: { tenantId: tenant.id, day: dayToDate(day), kind: opts.kind ?? "HOLIDAY", name: opts.name ?? "测试节" },
  });
}

/** A year row of the city's calendar. */
export function createCalendarYear(tenant: TenantRef, year: number, opts: { confirmed?: boolean } = {}) {
  return unsafePrisma.calendarYear.create({
    data: {
      tenantId: tenant.id,
      year,
      source: "manual",
      confirmed: opts.confirmed ?? false,
      confirmedAt: opts.confirmed ? new Date() : null,
    },
  });
}
