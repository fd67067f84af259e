// The monthly job "stations.extendSchedules": every active schedule's days are kept materialised HORIZON_MONTHS
// ahead. Only missing days are added ("extend"), so a day edited or cancelled by hand stays as it was, and a
// second run adds nothing.
import { forTenant } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { forEachCity, scanScope } from "@/lib/jobs";
import { workingCalendar } from "@/lib/modules/calendar";
import { materializeSchedule } from "./materialize-days";

export const EXTEND_SCHEDULES_JOB = "stations.extendSchedules";

/** One city as of `now`; answers how many days were added. */
export async function extendSchedulesIn(tenantId: string, now: Date = new Date()): Promise<number> {
  const db = forTenant(tenantId);
  const schedules = await db.receptionSchedule.findMany({ where: { active: true, kind: { not: "ONCE" } } });
  if (schedules.length === 0) return 0;
  const cal = await workingCalendar(tenantId);
  const today = todayInShanghai(now);
  let added = 0;
  for (const s of schedules)
    added += await db.$transaction((tx) => materializeSchedule(tx, tenantId, s, cal, today, "extend"));
  return added;
}

export async function extendSchedules(data: Record<string, unknown>): Promise<void> {
  await forEachCity(await scanScope(data), EXTEND_SCHEDULES_JOB, extendSchedulesIn);
}
