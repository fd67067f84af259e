// The daily reminder of the units' clocks (job "citizenMessages.deadlineReminders", 08:00 Shanghai): while a
// message is with a unit (TRANSFERRED, HANDBACK_REQUESTED), the unit's users hear three working days before its
// deadline and one working day before (or on the day, when the scan missed the day before), and, once the
// deadline has passed, the unit and the deputy-affairs office hear that it is overdue. Working days come from the
// city's calendar. The dedupe key citizenMessage:<id>:<deadline>:<level> makes every re-run (a retry, a second
// worker) tell each person once; a new deadline (a reassignment) starts afresh.
import { forTenant } from "@/lib/db";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import { forEachCity, scanScope } from "@/lib/jobs";
import { addCalendarDays, workingCalendar } from "@/lib/modules/calendar";
import { notify } from "@/lib/modules/notifications";
import { clockMessagesDue, unitNames, type ClockMessage } from "./queries-ops";
import { REMINDER_WORKING_DAYS } from "./workflow";

export const DEADLINE_REMINDERS_JOB = "citizenMessages.deadlineReminders";
export const DEADLINE_KIND = "citizenMessages.deadline";
export const OVERDUE_KIND = "citizenMessages.overdue";

/** Calendar days after a deadline the scan still looks for an overdue notice not sent yet. */
export const OVERDUE_LOOKBACK = 10;

const [FIRST, LAST] = [Math.max(...REMINDER_WORKING_DAYS), Math.min(...REMINDER_WORKING_DAYS)];

/** Which reminder is due with `left` working days to the deadline: d3 from three days out, d1 from one day out
 *  (and on the deadline itself), overdue after it; null while more than three are left. */
export function reminderLevel(left: number, today: string, dueOn: string): "d3" | "d1" | "overdue" | null {
  if (today > dueOn) return "overdue";
  if (left <= LAST) return `d${LAST}` as "d1";
  if (left <= FIRST) return `d${FIRST}` as "d3";
  return null;
}

async function remind(tenantId: string, m: ClockMessage, level: "d3" | "d1" | "overdue", left: number, unit: string) {
  const dueOn = dateToDay(m.dueOn);
  const values = { title: m.title, code: m.receiptCode, days: Math.abs(left), dueOn: { day: dueOn }, unit };
  const key = `citizenMessage:${m.id}:${dueOn}:${level}`;
  const href = `/console/messages/${m.id}`;
  return forTenant(tenantId).$transaction(async (tx) => {
    const toUnit = await notify(tx, tenantId, {
      roles: [{ role: "unit", scopeId: m.unitId }],
      kind: level === "overdue" ? OVERDUE_KIND : DEADLINE_KIND,
      messageKey:
        level === "overdue"
          ? "citizenMessageStats.reminders.overdue"
          : left === 0
            ? "citizenMessageStats.reminders.dueToday"
            : "citizenMessageStats.reminders.dueIn",
      values,
      href,
      dedupeKey: key,
    });
    if (level !== "overdue") return toUnit.created.length;
    const toOffice = await notify(tx, tenantId, {
      roles: ["deputyAffairs"],
      kind: OVERDUE_KIND,
      messageKey: "citizenMessageStats.reminders.overdueOffice",
      values,
      href,
      dedupeKey: `${key}:office`,
    });
    return toUnit.created.length + toOffice.created.length;
  });
}

/** One scan of one city as of `now`; answers how many notifications it created. */
export async function remindMessageDeadlinesIn(tenantId: string, now: Date = new Date()): Promise<number> {
  const cal = await workingCalendar(tenantId);
  const today = todayInShanghai(now);
  // Deadlines up to three working days out, and those passed within the last OVERDUE_LOOKBACK days: the overdue
  // notice goes out the day after the deadline, or on a later run when that day's failed; older ones were told.
  const due = await clockMessagesDue(
    tenantId,
    addCalendarDays(today, -OVERDUE_LOOKBACK),
    cal.addWorkingDays(today, FIRST),
  );
  if (due.length === 0) return 0;
  const units = await unitNames(
    tenantId,
    due.map((m) => m.unitId),
  );
  let created = 0;
  for (const m of due) {
    const dueOn = dateToDay(m.dueOn);
    const left = cal.workingDaysBetween(today, dueOn);
    const level = reminderLevel(left, today, dueOn);
    if (level) created += await remind(tenantId, m, level, left, units.get(m.unitId) ?? "");
  }
  return created;
}

/** The job's handler: every active city (or the one in `data.tenantId`), as of now (or `data.now`). */
export async function remindMessageDeadlines(data: Record<string, unknown>): Promise<void> {
  await forEachCity(await scanScope(data), DEADLINE_REMINDERS_JOB, remindMessageDeadlinesIn);
}
