// The workbench's counts of suggestions: the office's per status and overdue, a deputy's invitations, replies to
// rate and drafts, a leader's key ones (overdue, their own). Each is one indexed count or group.
import { forTenant } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import type { SuggestionStatus } from "./workflow";
import { CLOCK_STATUSES, FINAL_STATUSES } from "./workflow";

/** The city's suggestions per status, for the statuses asked (no drafts among them). */
export async function countSuggestionsByStatus(
  tenantId: string,
  statuses: readonly SuggestionStatus[],
): Promise<Map<SuggestionStatus, number>> {
  const rows = await forTenant(tenantId).suggestion.groupBy({
    by: ["status"],
    where: { status: { in: statuses.filter((s) => s !== "DRAFT") } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.status, r._count._all]));
}

/** Suggestions whose reply clock runs past its deadline (before `today`), the key ones only when asked. */
export function countOverdueSuggestions(tenantId: string, today: string, key?: { leaderId?: string }) {
  return forTenant(tenantId).suggestion.count({
    where: {
      status: { in: [...CLOCK_STATUSES] },
      dueOn: { lt: dayToDate(today) },
      ...(key ? { isKey: true, ...(key.leaderId ? { supervisingLeaderId: key.leaderId } : {}) } : {}),
    },
  });
}

/** A deputy's counts: invitations to co-sign still unanswered, replies waiting for their rating, their drafts. */
export async function deputyCounts(tenantId: string, deputyId: string, userId: string) {
  const db = forTenant(tenantId);
  // No relations between the tables (each is joined by its tenant's key): the invitations first, then their state.
  const invited = await db.suggestionSigner.findMany({
    where: { deputyId, role: "COSIGNER", confirmedAt: null, declinedAt: null },
    select: { suggestionId: true },
  });
  const [toCosign, toRate, drafts] = await Promise.all([
    invited.length
      ? db.suggestion.count({
          where: { id: { in: invited.map((i) => i.suggestionId) }, status: { in: ["DRAFT", "REVISING", "SUBMITTED"] } },
        })
      : Promise.resolve(0),
    db.suggestion.count({ where: { leadDeputyId: deputyId, status: "REPLIED" } }),
    db.suggestion.count({ where: { status: "DRAFT", OR: [{ createdById: userId }, { leadDeputyId: deputyId }] } }),
  ]);
  return { toCosign, toRate, drafts };
}

/** The office's drafts entered on a deputy's behalf and not submitted yet. */
export function countOwnDrafts(tenantId: string, userId: string) {
  return forTenant(tenantId).suggestion.count({ where: { status: "DRAFT", createdById: userId } });
}

/** A leader's key suggestions still open. */
export function countSupervisedOpen(tenantId: string, leaderId: string) {
  return forTenant(tenantId).suggestion.count({
    where: { isKey: true, supervisingLeaderId: leaderId, status: { notIn: [...FINAL_STATUSES] } },
  });
}
