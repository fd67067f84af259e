// The units' oversight clocks (job "oversight.deadlineReminders", daily): a unit's users hear 30, 7 and 1 working
// days before the deadline of each rectification task it owes (OPEN, RETURNED, REOPENED) and of each report back
// on deliberation opinions not yet made (OversightUnitReport), and once the day has passed, that it is overdue.
// Working days come from the city's calendar. The dedupe keys rectification:<id>:<dueOn>:<level> and
// unitReport:<id>:<dueOn>:<level> make every re-run tell each person once; a new deadline starts afresh.
import { forTenant } from "@/lib/db";
import { dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import { forEachCity, scanScope } from "@/lib/jobs";
import { addCalendarDays, workingCalendar } from "@/lib/modules/calendar";
import { notify } from "@/lib/modules/notifications";
import { OVERSIGHT_REMINDER_WORKING_DAYS, TASK_CLOCK_STATUSES, oversightReminderLevel } from "./rectification-workflow";

export const OVERSIGHT_REMINDERS_JOB = "oversight.deadlineReminders";
/** Calendar days after a deadline the scan still looks for an overdue notice not sent yet. */
export const OVERSIGHT_OVERDUE_LOOKBACK = 10;

type Clock = {
  kind: "task" | "unitReport";
  id: string;
  unitId: string;
  dueOn: string;
  startedOn: string;
  title: string;
};

async function clocks(tenantId: string, from: string, to: string): Promise<Clock[]> {
  const db = forTenant(tenantId);
  const range = { gte: dayToDate(from), lte: dayToDate(to) };
  const [tasks, reports] = await Promise.all([
    db.rectificationTask.findMany({
      where: { status: { in: [...TASK_CLOCK_STATUSES] }, dueOn: range },
      select: { id: true, unitId: true, dueOn: true, activityId: true, statusChangedAt: true },
    }),
    db.oversightUnitReport.findMany({
      where: { reportedAt: null, dueOn: range },
      select: { id: true, unitId: true, dueOn: true, activityId: true, sentOn: true },
    }),
  ]);
  const ids = [...new Set([...tasks, ...reports].map((x) => x.activityId))];
  const titles = new Map(
    ids.length
      ? (await db.oversightActivity.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map(
          (a) => [a.id, a.title],
        )
      : [],
  );
  return [
    ...tasks.map((t) => ({
      kind: "task" as const,
      id: t.id,
      unitId: t.unitId,
      dueOn: dateToDay(t.dueOn),
      startedOn: todayInShanghai(t.statusChangedAt),
      title: titles.get(t.activityId) ?? "",
    })),
    ...reports.map((r) => ({
      kind: "unitReport" as const,
      id: r.id,
      unitId: r.unitId,
      dueOn: dateToDay(r.dueOn),
      startedOn: dateToDay(r.sentOn),
      title: titles.get(r.activityId) ?? "",
    })),
  ];
}

/** One scan of one city as of `today`; answers how many notifications it created. */
export async function remindOversightDeadlinesIn(tenantId: string, today: Date | string = new Date()) {
  const day = typeof today === "string" ? today : todayInShanghai(today);
  const cal = await workingCalendar(tenantId);
  const due = await clocks(
    tenantId,
    addCalendarDays(day, -OVERSIGHT_OVERDUE_LOOKBACK),
    cal.addWorkingDays(day, Math.max(...OVERSIGHT_REMINDER_WORKING_DAYS)),
  );
  let created = 0;
  for (const c of due) {
    const left = cal.workingDaysBetween(day, c.dueOn);
    const span = c.startedOn <= c.dueOn ? cal.workingDaysBetween(c.startedOn, c.dueOn) : null;
    const level = oversightReminderLevel(left, day, c.dueOn, span);
    if (!level) continue;
    const text = level === "overdue" ? "overdue" : left === 0 ? "dueToday" : "dueIn";
    const key = `${c.kind === "task" ? "rectification" : "unitReport"}:${c.id}:${c.dueOn}:${level}`;
    const href = c.kind === "task" ? `/console/rectification/${c.id}` : `/console/oversight`;
    created += await forTenant(tenantId).$transaction(async (tx) => {
      const r = await notify(tx, tenantId, {
        roles: [{ role: "unit", scopeId: c.unitId }],
        kind: level === "overdue" ? "oversight.overdue" : "oversight.deadline",
        messageKey: `oversightRectification.reminders.${c.kind}.${text}`,
        values: { title: c.title, days: Math.abs(left), dueOn: { day: c.dueOn } },
        href,
        dedupeKey: key,
      });
      return r.created.length;
    });
  }
  return created;
}

/** The job's handler: every active city (or the one in `data.tenantId`), as of now (or `data.now`). */
export async function remindOversightDeadlines(data: Record<string, unknown>): Promise<void> {
  await forEachCity(await scanScope(data), OVERSIGHT_REMINDERS_JOB, remindOversightDeadlinesIn);
}
