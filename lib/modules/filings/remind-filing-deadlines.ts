// The filing reviews' clocks (job "filings.deadlineReminders", daily): the reviewing committee's members hear 7
// and 1 working days before a review's deadline (the legislative affairs office too while no committee has it),
// and once the day has passed that it is overdue, the office with them. Working days come from the city's
// calendar. The dedupe key filing:<id>:due-<dueOn>:<level> makes every re-run tell each person once.
import { forTenant } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { forEachCity, scanScope } from "@/lib/jobs";
import { addCalendarDays, workingCalendar } from "@/lib/modules/calendar";
import { notify } from "@/lib/modules/notifications";
import { runningFilingReviews } from "./queries-filings";
import { FILING_REMINDER_WORKING_DAYS, filingReminderLevel } from "./workflow";

export const FILING_REMINDERS_JOB = "filings.deadlineReminders";
/** Calendar days after a deadline the scan still looks for an overdue notice not sent yet. */
export const FILING_OVERDUE_LOOKBACK = 10;

/** One scan of one city as of `today` (a moment, or a Shanghai day); answers how many notifications it created. */
export async function remindFilingDeadlinesIn(tenantId: string, today: Date | string = new Date()): Promise<number> {
  const day = typeof today === "string" ? today : todayInShanghai(today);
  const cal = await workingCalendar(tenantId);
  const due = await runningFilingReviews(
    tenantId,
    addCalendarDays(day, -FILING_OVERDUE_LOOKBACK),
    cal.addWorkingDays(day, Math.max(...FILING_REMINDER_WORKING_DAYS)),
  );
  let created = 0;
  for (const f of due) {
    const left = cal.workingDaysBetween(day, f.dueOn);
    const level = filingReminderLevel(left, day, f.dueOn);
    if (!level) continue;
    const text = level === "overdue" ? "overdue" : left === 0 ? "dueToday" : "dueIn";
    const key = `filing:${f.id}:due-${f.dueOn}:${level}`;
    const values = { title: f.title.slice(0, 60), days: Math.abs(left), dueOn: { day: f.dueOn } };
    const href = `/console/filings/${f.id}`;
    created += await forTenant(tenantId).$transaction(async (tx) => {
      let n = 0;
      if (f.committeeId)
        n += (
          await notify(tx, tenantId, {
            roles: [{ role: "committee", scopeId: f.committeeId }],
            kind: level === "overdue" ? "filings.overdue" : "filings.deadline",
            messageKey: `filings.reminders.${text}`,
            values,
            href,
            dedupeKey: key,
          })
        ).created.length;
      if (!f.committeeId || level === "overdue")
        n += (
          await notify(tx, tenantId, {
            roles: ["legislative"],
            kind: level === "overdue" ? "filings.overdue" : "filings.deadline",
            messageKey: `filings.reminders.${f.committeeId ? "overdueOffice" : text}`,
            values,
            href,
            dedupeKey: `${key}:office`,
          })
        ).created.length;
      return n;
    });
  }
  return created;
}

/** The job's handler: every active city (or the one in `data.tenantId`), as of now (or `data.now`). */
export async function remindFilingDeadlines(data: Record<string, unknown>): Promise<void> {
  await forEachCity(await scanScope(data), FILING_REMINDERS_JOB, remindFilingDeadlinesIn);
}
