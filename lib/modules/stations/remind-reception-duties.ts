// The daily reminder of reception duties (job "stations.dutyReminders", 08:00 Shanghai): each deputy on duty at
// a reception day tomorrow hears about it through the account linked to them (Deputy.userId). The dedupe key is
// receptionDay:<id>:<day>:eve, so the scan may run any number of times and tells each deputy once; a day moved
// to another date reminds afresh.
import { forTenant } from "@/lib/db";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import { forEachCity, scanScope } from "@/lib/jobs";
import { addCalendarDays } from "@/lib/modules/calendar";
import { deputiesByIds } from "@/lib/modules/deputies";
import { notify } from "@/lib/modules/notifications";

export const DUTY_REMINDERS_JOB = "stations.dutyReminders";
export const DUTY_REMINDER_KIND = "stations.receptionDuty";

/** One scan of one city as of `now`; answers how many notifications it created. */
export async function remindReceptionDutiesIn(tenantId: string, now: Date = new Date()): Promise<number> {
  const db = forTenant(tenantId);
  const tomorrow = addCalendarDays(todayInShanghai(now), 1);
  const days = await db.receptionDay.findMany({
    where: { day: dayToDate(tomorrow), cancelled: false, NOT: { deputyIds: { isEmpty: true } } },
    select: { id: true, stationId: true, startTime: true, endTime: true, location: true, deputyIds: true },
  });
  if (days.length === 0) return 0;
  const [deputies, stations] = await Promise.all([
    deputiesByIds(
      tenantId,
      days.flatMap((d) => d.deputyIds),
    ),
    db.liaisonStation.findMany({
      where: { id: { in: [...new Set(days.map((d) => d.stationId))] } },
      select: { id: true, name: true, address: true },
    }),
  ]);
  const station = new Map(stations.map((s) => [s.id, s]));
  let created = 0;
  for (const d of days) {
    const userIds = d.deputyIds.flatMap((id) => {
      const deputy = deputies.get(id);
      return deputy?.userId && deputy.status === "IN_OFFICE" ? [deputy.userId] : [];
    });
    if (userIds.length === 0) continue;
    const s = station.get(d.stationId);
    const result = await db.$transaction((tx) =>
      notify(tx, tenantId, {
        userIds,
        kind: DUTY_REMINDER_KIND,
        messageKey: "stations.reminders.dutyTomorrow",
        values: {
          station: s?.name ?? "",
          day: { day: tomorrow },
          time: `${d.startTime}–${d.endTime}`,
          place: d.location || s?.address || "",
        },
        href: "/console/my-deputy",
        dedupeKey: `receptionDay:${d.id}:${tomorrow}:eve`,
      }),
    );
    created += result.created.length;
  }
  return created;
}

/** The job's handler: every active city (or the one in `data.tenantId`), as of now (or `data.now`). */
export async function remindReceptionDuties(data: Record<string, unknown>): Promise<void> {
  await forEachCity(await scanScope(data), DUTY_REMINDERS_JOB, remindReceptionDutiesIn);
}
