// The units' clocks (job "suggestions.deadlineReminders", daily): a unit's users hear 30, 7 and 1 working days
// before each of its deadlines — the lead unit's reply, an assisting unit's view still owed, a B reply's promised
// follow-up — and once the day has passed, that it is overdue; the deputy-affairs office hears of an overdue reply
// (the first one, or a B reply's follow-up). Working days come from the city's calendar. The dedupe key
// suggestion:<id>:<clock>:<level> (the clock names its deadline's day, and the unit for a view) makes every
// re-run — a retry, a second worker — tell each person once; a new deadline (reassigned, re-handled) starts afresh.
import { forTenant } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { forEachCity, scanScope } from "@/lib/jobs";
import { addCalendarDays, workingCalendar } from "@/lib/modules/calendar";
import { notify } from "@/lib/modules/notifications";
import { runningClocks, type RunningClock } from "./queries-clocks";
import { unitNamesByIds } from "./queries-list-rows";
import { REMINDER_WORKING_DAYS } from "./workflow";

export const SUGGESTION_REMINDERS_JOB = "suggestions.deadlineReminders";
export const SUGGESTION_DEADLINE_KIND = "suggestions.deadline";
export const SUGGESTION_OVERDUE_KIND = "suggestions.overdue";

/** Calendar days after a deadline the scan still looks for an overdue notice not sent yet. */
export const SUGGESTION_OVERDUE_LOOKBACK = 10;

export type ReminderLevel = `d${(typeof REMINDER_WORKING_DAYS)[number]}` | "overdue";

const LEVELS = [...REMINDER_WORKING_DAYS].sort((a, b) => a - b); // 1, 7, 30

/**
 * The reminder due with `left` working days to the deadline: the nearest level at or above it (d1 also on the day
 * itself), overdue once the day has passed, null while more than 30 are left — or while the level is not shorter
 * than the whole clock (`span` working days, when known): an assisting unit's 22-day view hears at 7 and 1, not
 * "30 days" on the day it is assigned.
 */
export function suggestionReminderLevel(
  left: number,
  today: string,
  dueOn: string,
  span: number | null = null,
): ReminderLevel | null {
  if (today > dueOn) return "overdue";
  const level = LEVELS.find((n) => left <= n);
  if (level === undefined || (span !== null && span <= level)) return null;
  return `d${level}` as ReminderLevel;
}

/** The clock's part of the dedupe key: its kind, its unit for a view, its day. */
export function clockKey(c: Pick<RunningClock, "clock" | "unitId" | "dueOn">): string {
  return c.clock === "view" ? `view-${c.unitId}-${c.dueOn}` : `${c.clock}-${c.dueOn}`;
}

async function remind(tenantId: string, c: RunningClock, level: ReminderLevel, left: number, unit: string) {
  const values = { title: c.title, days: Math.abs(left), dueOn: { day: c.dueOn }, unit };
  const key = `suggestion:${c.suggestionId}:${clockKey(c)}:${level}`;
  const href = `/console/suggestions/${c.suggestionId}`;
  const text = level === "overdue" ? "overdue" : left === 0 ? "dueToday" : "dueIn";
  return forTenant(tenantId).$transaction(async (tx) => {
    const toUnit = await notify(tx, tenantId, {
      roles: [{ role: "unit", scopeId: c.unitId }],
      kind: level === "overdue" ? SUGGESTION_OVERDUE_KIND : SUGGESTION_DEADLINE_KIND,
      messageKey: `suggestionsOps.reminders.${c.clock}.${text}`,
      values,
      href,
      dedupeKey: key,
    });
    if (level !== "overdue" || c.clock === "view") return toUnit.created.length;
    const toOffice = await notify(tx, tenantId, {
      roles: ["deputyAffairs"],
      kind: SUGGESTION_OVERDUE_KIND,
      messageKey: `suggestionsOps.reminders.${c.clock}.overdueOffice`,
      values,
      href,
      dedupeKey: `${key}:office`,
    });
    return toUnit.created.length + toOffice.created.length;
  });
}

/** One scan of one city as of `today` (a moment, or a Shanghai day); answers how many notifications it created. */
export async function remindSuggestionDeadlinesIn(tenantId: string, today: Date | string = new Date()) {
  const day = typeof today === "string" ? today : todayInShanghai(today);
  const cal = await workingCalendar(tenantId);
  // Deadlines up to 30 working days out, and those passed within the lookback: the overdue notice goes out the
  // day after the deadline, or on a later run when that day's failed; older ones were told.
  const due = await runningClocks(
    tenantId,
    addCalendarDays(day, -SUGGESTION_OVERDUE_LOOKBACK),
    cal.addWorkingDays(day, Math.max(...REMINDER_WORKING_DAYS)),
  );
  if (due.length === 0) return 0;
  const units = await unitNamesByIds(
    tenantId,
    due.map((c) => c.unitId),
  );
  let created = 0;
  for (const c of due) {
    const left = cal.workingDaysBetween(day, c.dueOn);
    const span = c.startedOn ? cal.workingDaysBetween(c.startedOn, c.dueOn) : null;
    const level = suggestionReminderLevel(left, day, c.dueOn, span);
    if (level) created += await remind(tenantId, c, level, left, units.get(c.unitId) ?? "");
  }
  return created;
}

/** The job's handler: every active city (or the one in `data.tenantId`), as of now (or `data.now`). */
export async function remindSuggestionDeadlines(data: Record<string, unknown>): Promise<void> {
  await forEachCity(await scanScope(data), SUGGESTION_REMINDERS_JOB, remindSuggestionDeadlinesIn);
}
