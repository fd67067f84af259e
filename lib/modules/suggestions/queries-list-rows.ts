// A list page's rows as the pages show them: the lead deputy's and the lead unit's names, the viewer's units' part
// (lead or assisting) and the deadline that concerns the reader — the lead unit's reply, an assisting unit's view
// still owed, a B reply's promised day — with the working days left and the overdue flag. Read for the page only.
import { forTenant } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { workingCalendar } from "@/lib/modules/calendar";
import { deputiesByIds } from "@/lib/modules/deputies";
import type { SuggestionViewer } from "./policy";
import { viewerUnitIds } from "./policy";
import type { DeadlineKind, SuggestionListRow } from "./list-types";
import type { AssignmentRole, ReplyCategory, Satisfaction, SuggestionKind, SuggestionStatus } from "./workflow";
import { CLOCK_STATUSES } from "./workflow";

export type { DeadlineKind, SuggestionDeadline, SuggestionListRow } from "./list-types";

export type RawListRow = {
  id: string;
  year: number;
  number: number | null;
  kind: SuggestionKind;
  title: string;
  category: string;
  status: SuggestionStatus;
  isKey: boolean;
  leadDeputyId: string;
  leadUnitId: string | null;
  dueOn: Date | null;
  promisedOn: Date | null;
  replyCategory: ReplyCategory | null;
  satisfaction: Satisfaction | null;
  createdAt: Date;
  role?: AssignmentRole;
  deadline?: Date | null;
};

/** Unit names by id (inactive units too: their old suggestions still name them). */
export async function unitNamesByIds(tenantId: string, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const valid = [...new Set(ids.filter((i): i is string => i !== null && isUuid(i)))];
  if (valid.length === 0) return new Map();
  const rows = await forTenant(tenantId).unit.findMany({
    where: { id: { in: valid } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((r) => [r.id, r.name]));
}

type Part = { role: AssignmentRole; active: boolean; viewDueOn: Date | null; viewAt: Date | null; round: number };

/** The deadline that concerns the reader of a row, as a day and its clock, or null when none runs. */
export function rowDeadline(
  r: Pick<RawListRow, "status" | "dueOn" | "promisedOn">,
  part: Part | undefined,
): { day: string; kind: DeadlineKind } | null {
  const clock = CLOCK_STATUSES.includes(r.status);
  if (part?.role === "ASSIST" && part.active && clock && !part.viewAt && part.viewDueOn)
    return { day: dateToDay(part.viewDueOn), kind: "view" };
  if (clock && r.dueOn) return { day: dateToDay(r.dueOn), kind: "reply" };
  if (r.status === "IN_PLAN" && r.promisedOn) return { day: dateToDay(r.promisedOn), kind: "promise" };
  return null;
}

export async function decorateRows(
  tenantId: string,
  viewer: SuggestionViewer,
  rows: RawListRow[],
  today: string,
): Promise<SuggestionListRow[]> {
  if (rows.length === 0) return [];
  const units = viewerUnitIds(viewer).filter(isUuid);
  // The inbox read each row's part with it (its role, an assisting unit's view day): no second look needed.
  const known = rows.every((r) => r.role);
  const [deputies, unitNames, cal, parts] = await Promise.all([
    deputiesByIds(
      tenantId,
      rows.map((r) => r.leadDeputyId),
    ),
    unitNamesByIds(
      tenantId,
      rows.map((r) => r.leadUnitId),
    ),
    workingCalendar(tenantId),
    units.length && !known
      ? forTenant(tenantId).suggestionAssignment.findMany({
          where: { suggestionId: { in: rows.map((r) => r.id) }, unitId: { in: units } },
          select: { suggestionId: true, role: true, active: true, viewDueOn: true, viewAt: true, round: true },
        })
      : Promise.resolve([]),
  ]);
  // The viewer's part: the current round's before older ones, the lead's before an assisting one.
  const partOf = new Map<string, Part>();
  const rank = (p: Part) => (p.active ? 1_000_000 : 0) + p.round * 2 + (p.role === "LEAD" ? 1 : 0);
  const inboxParts = known
    ? rows.map((r) => ({
        suggestionId: r.id,
        role: r.role!,
        active: true,
        viewDueOn: r.role === "ASSIST" ? (r.deadline ?? null) : null,
        viewAt: null,
        round: 1,
      }))
    : [];
  for (const p of [...parts, ...inboxParts]) {
    const had = partOf.get(p.suggestionId);
    if (!had || rank(p) > rank(had)) partOf.set(p.suggestionId, p);
  }
  return rows.map((r) => {
    const part = partOf.get(r.id);
    const d = rowDeadline(r, part);
    const left = d ? cal.workingDaysBetweenChecked(today, d.day) : null;
    return {
      id: r.id,
      year: r.year,
      number: r.number,
      kind: r.kind,
      title: r.title,
      category: r.category,
      status: r.status,
      isKey: r.isKey,
      leadDeputyId: r.leadDeputyId,
      leadDeputyName: deputies.get(r.leadDeputyId)?.name ?? "",
      leadUnitId: r.leadUnitId,
      leadUnitName: r.leadUnitId ? (unitNames.get(r.leadUnitId) ?? null) : null,
      unitRole: part?.role ?? null,
      deadline:
        d && left
          ? { ...d, workingDaysLeft: left.days, overdue: d.day < today, unconfirmedYears: left.unconfirmedYears }
          : null,
      replyCategory: r.replyCategory,
      satisfaction: r.satisfaction,
      createdAt: r.createdAt,
    };
  });
}
