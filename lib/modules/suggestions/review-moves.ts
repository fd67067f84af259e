// What the office's review moves share: the move's audit row, telling the lead deputy and the units, the units
// and the key marking a form chose (checked against the city), and the two clocks of an assignment — the units'
// deadlines from the assignment day, and the hand-back window — as pure functions of the city's calendar.
import type { ActionContext } from "@/lib/action";
import type { AuditEntry } from "@/lib/audit";
import type { TenantTx } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import type { WorkingCalendar } from "@/lib/modules/calendar";
import { notify } from "@/lib/modules/notifications";
import { findActiveCommittee, findActiveUnits, findLeader } from "./queries-review";
import type { SuggestionSettings } from "./settings";
import type { MoveName, SuggestionStatus } from "./workflow";
import { handbackOpen, MOVES } from "./workflow";

type Ref = { id: string; status: SuggestionStatus; title: string };

export function reviewAudit(
  action: string,
  s: { id: string; status: SuggestionStatus },
  extra: { before?: Record<string, unknown>; after?: Record<string, unknown>; to?: SuggestionStatus } = {},
): AuditEntry {
  const move = MOVES[action as MoveName];
  return {
    action: `suggestion.${action}`,
    entityType: "Suggestion",
    entityId: s.id,
    before: { suggestionStatus: s.status, ...extra.before },
    after: { suggestionStatus: extra.to ?? move?.to ?? s.status, ...extra.after },
  };
}

const field = (name: string, key: string) =>
  new AppError("VALIDATION", `suggestionsReview.errors.${key}`, {}, { [name]: [`suggestionsReview.errors.${key}`] });

/** Tells the lead deputy (their own account, when they have one) about a step of their suggestion. */
export async function notifyLeadDeputy(
  ctx: ActionContext,
  s: Ref & { leadDeputyId: string },
  what: string,
  eventId: string,
) {
  const deputy = await ctx.tx.deputy.findFirst({ where: { id: s.leadDeputyId }, select: { userId: true } });
  if (!deputy?.userId) return;
  await notify(ctx.tx, ctx.tenant.id, {
    userIds: [deputy.userId],
    kind: `suggestions.${what}`,
    messageKey: `suggestionsReview.notifications.${what}`,
    values: { title: s.title.slice(0, 60) },
    href: `/console/suggestions/${s.id}`,
    dedupeKey: `suggestion:${s.id}:${what}:${eventId}`,
  });
}

/** Tells the units' accounts (and anyone else named) about a step. */
export async function notifyUnits(
  tx: TenantTx,
  tenantId: string,
  s: Ref,
  unitIds: readonly string[],
  what: string,
  eventId: string,
  values: Record<string, string> = {},
) {
  if (!unitIds.length) return;
  await notify(tx, tenantId, {
    roles: unitIds.map((scopeId) => ({ role: "unit" as const, scopeId })),
    kind: `suggestions.${what}`,
    messageKey: `suggestionsReview.notifications.${what}`,
    values: { title: s.title.slice(0, 60), ...values },
    href: `/console/suggestions/${s.id}`,
    dedupeKey: `suggestion:${s.id}:${what}:${eventId}`,
  });
}

/** The lead and assisting units a form chose: active units of the city, each once, the lead not among them. */
export async function chosenUnits(tx: TenantTx, leadUnitId: string, assistUnitIds: readonly string[]) {
  const assist = [...new Set(assistUnitIds)];
  if (assist.includes(leadUnitId)) throw field("assistUnitIds", "leadAlsoAssisting");
  const found = new Set((await findActiveUnits(tx, [leadUnitId, ...assist])).map((u) => u.id));
  if (!found.has(leadUnitId)) throw field("leadUnitId", "unitUnknown");
  if (assist.some((u) => !found.has(u))) throw field("assistUnitIds", "unitUnknown");
  return { leadUnitId, assistUnitIds: assist };
}

/** The key marking a form chose: a leader of the city supervises, an active committee (optional) pushes. */
export async function keyData(
  tx: TenantTx,
  k: { isKey: boolean; supervisingLeaderId?: string; pushingCommitteeId?: string },
) {
  if (!k.isKey) return { isKey: false, supervisingLeaderId: null, pushingCommitteeId: null };
  if (!k.supervisingLeaderId || !(await findLeader(tx, k.supervisingLeaderId)))
    throw field("supervisingLeaderId", "leaderUnknown");
  if (k.pushingCommitteeId && !(await findActiveCommittee(tx, k.pushingCommitteeId)))
    throw field("pushingCommitteeId", "committeeUnknown");
  return { isKey: true, supervisingLeaderId: k.supervisingLeaderId, pushingCommitteeId: k.pushingCommitteeId ?? null };
}

export type AssignmentClock = {
  /** The lead unit's reply deadline and the assisting units' view deadline (Shanghai days). */
  dueOn: string;
  viewDueOn: string;
  /** Calendar years on the way whose holiday arrangement is not confirmed yet (the deadline may still move). */
  unconfirmedYears: number[];
};

/** The deadlines of units assigned on `today`: handlingWorkingDays and viewWorkingDays working days later. */
export function assignmentClock(
  cal: WorkingCalendar,
  today: string,
  settings: Pick<SuggestionSettings, "handlingWorkingDays" | "viewWorkingDays">,
): AssignmentClock {
  const due = cal.addWorkingDaysChecked(today, settings.handlingWorkingDays);
  const view = cal.addWorkingDaysChecked(today, settings.viewWorkingDays);
  return {
    dueOn: due.day,
    viewDueOn: view.day,
    unconfirmedYears: [...new Set([...due.unconfirmedYears, ...view.unconfirmedYears])].sort(),
  };
}

/** The hand-back window of an assignment made on `assignedDay`: open through its `days`-th working day. */
export function handbackWindow(cal: WorkingCalendar, assignedDay: string, today: string, days: number) {
  const since = cal.workingDaysBetween(assignedDay, today);
  return { open: handbackOpen(since, days), lastDay: cal.addWorkingDays(assignedDay, days), since };
}

/** One round of assignment rows: the lead unit and each assisting unit, on the round's clock. */
export async function createRound(
  tx: TenantTx,
  tenantId: string,
  suggestionId: string,
  round: number,
  units: { leadUnitId: string; assistUnitIds: readonly string[] },
  clock: AssignmentClock,
  at: Date,
) {
  await tx.suggestionAssignment.createMany({
    data: [
      {
        tenantId,
        suggestionId,
        unitId: units.leadUnitId,
        role: "LEAD" as const,
        round,
        assignedAt: at,
        dueOn: dayToDate(clock.dueOn),
      },
      ...units.assistUnitIds.map((unitId) => ({
        tenantId,
        suggestionId,
        unitId,
        role: "ASSIST" as const,
        round,
        assignedAt: at,
        dueOn: dayToDate(clock.dueOn),
        viewDueOn: dayToDate(clock.viewDueOn),
      })),
    ],
  });
}
