// What the reminder job reads: the running clocks of a city due between two days — the lead unit's reply
// (Suggestion_open_due_idx), a B reply's promised day (Suggestion_in_plan_idx) and an assisting unit's view still
// owed (its active assignment, while the suggestion's clock runs).
import { forTenant } from "@/lib/db";
import { dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import { CLOCK_STATUSES } from "./workflow";

/** `reply`: the lead unit's reply; `view`: an assisting unit's view; `promise`: a B reply's follow-up. */
export type ClockKind = "reply" | "view" | "promise";

export type RunningClock = {
  suggestionId: string;
  year: number;
  number: number | null;
  title: string;
  clock: ClockKind;
  /** The unit whose deadline it is. */
  unitId: string;
  /** A Shanghai day. */
  dueOn: string;
  /** The day the clock started (its assignment), when known: a reminder level longer than the clock is skipped. */
  startedOn: string | null;
};

const SELECT = { id: true, year: true, number: true, title: true, leadUnitId: true } as const;

/** The clocks whose deadline is from `from` to `by` (Shanghai days), the nearest first. */
export async function runningClocks(tenantId: string, from: string, by: string): Promise<RunningClock[]> {
  const db = forTenant(tenantId);
  const range = { gte: dayToDate(from), lte: dayToDate(by) };
  const [replies, promises, views] = await Promise.all([
    db.suggestion.findMany({
      where: { status: { in: [...CLOCK_STATUSES] }, dueOn: range, leadUnitId: { not: null } },
      select: { ...SELECT, dueOn: true, assignedAt: true },
    }),
    db.suggestion.findMany({
      where: { status: "IN_PLAN", promisedOn: range, leadUnitId: { not: null } },
      select: { ...SELECT, promisedOn: true },
    }),
    db.suggestionAssignment.findMany({
      where: { role: "ASSIST", active: true, viewAt: null, viewDueOn: range },
      select: { suggestionId: true, unitId: true, viewDueOn: true, assignedAt: true },
    }),
  ]);
  const viewed = views.length
    ? await db.suggestion.findMany({
        where: { id: { in: [...new Set(views.map((v) => v.suggestionId))] }, status: { in: [...CLOCK_STATUSES] } },
        select: SELECT,
      })
    : [];
  const byId = new Map(viewed.map((s) => [s.id, s]));
  const head = (s: { id: string; year: number; number: number | null; title: string }) => ({
    suggestionId: s.id,
    year: s.year,
    number: s.number,
    title: s.title,
  });
  const out: RunningClock[] = [
    ...replies.map((s) => ({
      ...head(s),
      clock: "reply" as const,
      unitId: s.leadUnitId!,
      dueOn: dateToDay(s.dueOn!),
      startedOn: s.assignedAt ? todayInShanghai(s.assignedAt) : null,
    })),
    ...promises.map((s) => ({
      ...head(s),
      clock: "promise" as const,
      unitId: s.leadUnitId!,
      dueOn: dateToDay(s.promisedOn!),
      startedOn: null,
    })),
    ...views.flatMap((v) => {
      const s = byId.get(v.suggestionId);
      if (!s) return [];
      const started = todayInShanghai(v.assignedAt);
      return [
        { ...head(s), clock: "view" as const, unitId: v.unitId, dueOn: dateToDay(v.viewDueOn!), startedOn: started },
      ];
    }),
  ];
  return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.suggestionId.localeCompare(b.suggestionId));
}
