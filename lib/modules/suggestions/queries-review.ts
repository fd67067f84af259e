// The reads of the office's review and assignment: the numbering lock (立案 numbers and 交办函 numbers are
// "the next one" per city and year, so two offices accepting at once must not both read the same maximum), the
// leaders, committees and units a form may choose from, and the suggestions another may be merged into.
import { forTenant, type TenantTx } from "@/lib/db";
import { listCommittees, listUnits } from "@/lib/modules/tenancy";
import type { SuggestionKind, SuggestionStatus } from "./workflow";

/**
 * Serialises the numbering of one city's series (a kind's 立案 numbers of a year, or its letters of a year) until
 * the transaction ends: the second one waits, then reads the first one's committed number.
 */
export async function lockNumbering(tx: TenantTx, tenantId: string, series: string): Promise<void> {
  const key = `suggestions:${tenantId}:${series}`;
  // unsafe: an advisory lock reads no table; its key names the tenant.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/** The next 第N号 of the city's `kind` in `year` (call under lockNumbering). */
export async function nextSuggestionNumber(tx: TenantTx, year: number, kind: SuggestionKind): Promise<number> {
  const top = await tx.suggestion.aggregate({ where: { year, kind }, _max: { number: true } });
  return (top._max.number ?? 0) + 1;
}

/** The next 〔year〕N号 of the city's letters (call under lockNumbering). */
export async function nextLetterNumber(tx: TenantTx, year: number): Promise<number> {
  const top = await tx.suggestionLetter.aggregate({ where: { year }, _max: { number: true } });
  return (top._max.number ?? 0) + 1;
}

/** A user of the city holding `leader`, active. */
export function findLeader(db: Pick<TenantTx, "user">, userId: string) {
  return db.user.findFirst({
    where: { id: userId, active: true, roles: { some: { role: "leader" } } },
    select: { id: true, displayName: true },
  });
}

export function findActiveCommittee(db: Pick<TenantTx, "committee">, committeeId: string) {
  return db.committee.findFirst({ where: { id: committeeId, active: true }, select: { id: true, name: true } });
}

export function findActiveUnits(db: Pick<TenantTx, "unit">, unitIds: readonly string[]) {
  return db.unit.findMany({ where: { id: { in: [...unitIds] }, active: true }, select: { id: true, name: true } });
}

export type ReviewChoices = {
  units: { id: string; name: string }[];
  leaders: { id: string; name: string }[];
  committees: { id: string; name: string }[];
};

/** What the assignment and key forms choose from: the city's active units, leaders and committees. */
export async function reviewChoices(tenantId: string): Promise<ReviewChoices> {
  const [units, leaders, committees] = await Promise.all([
    listUnits(tenantId),
    forTenant(tenantId).user.findMany({
      where: { active: true, roles: { some: { role: "leader" } } },
      orderBy: { displayName: "asc" },
      select: { id: true, displayName: true },
      take: 500,
    }),
    listCommittees(tenantId),
  ]);
  return {
    units: units.map((u) => ({ id: u.id, name: u.name })),
    leaders: leaders.map((l) => ({ id: l.id, name: l.displayName })),
    committees: committees.map((c) => ({ id: c.id, name: c.name })),
  };
}

/** States a suggestion may be merged into: it is still being reviewed, handled or answered. */
export const MERGE_TARGET_STATUSES: readonly SuggestionStatus[] = [
  "SUBMITTED",
  "REVISING",
  "REVIEWED",
  "ASSIGNED",
  "HANDBACK_REQUESTED",
  "REPLIED",
  "IN_PLAN",
  "CLOSED",
];

export type MergeCandidate = { id: string; year: number; number: number | null; title: string };

/** Suggestions of the city `id` could be merged into, matching `q` (a number or words of the title), newest first. */
export async function mergeCandidates(tenantId: string, id: string, q = "", limit = 50): Promise<MergeCandidate[]> {
  const text = q.trim();
  const n = /^\d{1,6}$/.test(text) ? Number(text) : null;
  return forTenant(tenantId).suggestion.findMany({
    where: {
      id: { not: id },
      status: { in: [...MERGE_TARGET_STATUSES] },
      ...(n !== null ? { number: n } : text ? { title: { contains: text, mode: "insensitive" } } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, year: true, number: true, title: true },
  });
}
