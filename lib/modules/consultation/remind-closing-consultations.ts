// The daily reminder of consultations about to close (job "consultation.closingReminders", 08:00 Shanghai): while
// an open consultation still has opinions nobody has disposed, the legislative staff hear three working days
// before its last day and again one working day before (or on the day). Working days come from the city's
// calendar. The dedupe key consultation:<id>:<last day>:<level> makes every re-run (a retry, a second worker)
// tell each person once; a moved closing date starts afresh.
import { forTenant } from "@/lib/db";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import { forEachCity, scanScope } from "@/lib/jobs";
import { workingCalendar } from "@/lib/modules/calendar";
import { notify } from "@/lib/modules/notifications";
import { openConsultationsClosingBy, type ClosingConsultation } from "./queries-reminders";

export const CLOSING_REMINDERS_JOB = "consultation.closingReminders";
export const CLOSING_KIND = "consultation.closing";

/** The last Shanghai day a window ending at `endsAt` is open (an end at midnight belongs to the day before). */
function lastDay(endsAt: Date): string {
  return todayInShanghai(new Date(endsAt.getTime() - 1));
}

function messageFor(left: number, closesOn: string, today: string): string {
  if (left > 0) return "consultation.reminders.closingIn";
  // No working day is left before a weekend or holiday close: say the date, not "today".
  return closesOn === today ? "consultation.reminders.closingToday" : "consultation.reminders.closingNoWorkday";
}

async function remind(
  tenantId: string,
  c: ClosingConsultation,
  closesOn: string,
  level: string,
  message: string,
  left: number,
) {
  return forTenant(tenantId).$transaction(async (tx) => {
    const { created } = await notify(tx, tenantId, {
      roles: ["legislative"],
      kind: CLOSING_KIND,
      messageKey: message,
      values: { title: c.title, days: left, pending: c.pending, closesOn: { day: closesOn } },
      href: `/console/consultations/${c.id}/opinions?status=RECEIVED`,
      dedupeKey: `consultation:${c.id}:${closesOn}:${level}`,
    });
    return created.length;
  });
}

/** One scan of one city as of `now`; answers how many notifications it created. */
export async function remindClosingConsultationsIn(tenantId: string, now: Date = new Date()): Promise<number> {
  const cal = await workingCalendar(tenantId);
  const today = todayInShanghai(now);
  // Closing by the end of the day three working days out (a Shanghai day ends at 16:00 UTC).
  const horizon = new Date(dayToDate(cal.addWorkingDays(today, 3)).getTime() + 16 * 3_600_000);
  let created = 0;
  for (const c of await openConsultationsClosingBy(tenantId, now, horizon)) {
    if (c.pending === 0) continue;
    const closesOn = lastDay(c.endsAt);
    const left = cal.workingDaysBetween(today, closesOn);
    if (left > 3) continue;
    const level = left <= 1 ? "d1" : "d3";
    created += await remind(tenantId, c, closesOn, level, messageFor(left, closesOn, today), left);
  }
  return created;
}

/** The job's handler: every active city (or the one in `data.tenantId`), as of now (or `data.now`). */
export async function remindClosingConsultations(data: Record<string, unknown>): Promise<void> {
  await forEachCity(await scanScope(data), "consultation.closingReminders", remindClosingConsultationsIn);
}
