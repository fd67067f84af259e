// The reads of the 交办函: the assignments not yet sent with a letter, the city's letters (a unit: only its own),
// one letter with what it lists, and the letters of a year or session for the batch download.
import { forTenant } from "@/lib/db";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { deputiesByIds } from "@/lib/modules/deputies";
import type { AssignmentRole } from "./workflow";
import { ASSIGNED_STATUSES } from "./workflow";

/** Active assignments of assigned suggestions not yet in a letter (of `ids` only, when given). */
export async function pendingLetterAssignments(tenantId: string, ids: readonly string[] = []) {
  const db = forTenant(tenantId);
  const rows = await db.suggestionAssignment.findMany({
    where: { active: true, letterId: null, ...(ids.length ? { suggestionId: { in: [...ids] } } : {}) },
    select: { id: true, suggestionId: true, unitId: true },
  });
  const suggestions = await db.suggestion.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.suggestionId))] }, status: { in: [...ASSIGNED_STATUSES] } },
    select: { id: true, year: true, sessionId: true, status: true },
  });
  const byId = new Map(suggestions.map((s) => [s.id, s]));
  return rows.flatMap((r) => {
    const s = byId.get(r.suggestionId);
    return s ? [{ ...r, year: s.year, sessionId: s.sessionId, status: s.status }] : [];
  });
}

export type LetterRow = {
  id: string;
  year: number;
  number: number;
  unitId: string;
  unitName: string;
  count: number;
  issuedAt: Date;
};

/** The city's letters, newest first (only these units' when `unitIds` is given). */
export async function listLetters(tenantId: string, unitIds?: readonly string[], take = 200): Promise<LetterRow[]> {
  const db = forTenant(tenantId);
  const letters = await db.suggestionLetter.findMany({
    where: unitIds ? { unitId: { in: [...unitIds] } } : {},
    orderBy: [{ year: "desc" }, { number: "desc" }],
    take,
  });
  const units = await db.unit.findMany({
    where: { id: { in: [...new Set(letters.map((l) => l.unitId))] } },
    select: { id: true, name: true },
  });
  const name = new Map(units.map((u) => [u.id, u.name]));
  return letters.map((l) => ({
    id: l.id,
    year: l.year,
    number: l.number,
    unitId: l.unitId,
    unitName: name.get(l.unitId) ?? "",
    count: l.suggestionIds.length,
    issuedAt: l.issuedAt,
  }));
}

export type LetterItem = {
  year: number;
  number: number | null;
  title: string;
  leadDeputyName: string;
  role: AssignmentRole;
  /** The lead unit's reply deadline, or an assisting unit's view deadline. */
  dueOn: string;
};

export type LetterContent = {
  id: string;
  year: number;
  number: number;
  unitId: string;
  unitName: string;
  /** The Shanghai day it was issued. */
  issuedOn: string;
  /** The session all its suggestions were made at (term, number), or null in recess or a mix. */
  session: { term: string; number: number } | null;
  recess: boolean;
  items: LetterItem[];
};

/** One letter with what it lists, or null when it is not this city's. */
export async function letterContent(tenantId: string, letterId: string): Promise<LetterContent | null> {
  if (!isUuid(letterId)) return null;
  const db = forTenant(tenantId);
  const letter = await db.suggestionLetter.findFirst({ where: { id: letterId } });
  if (!letter) return null;
  const [unit, assignments, suggestions] = await Promise.all([
    db.unit.findFirst({ where: { id: letter.unitId }, select: { name: true } }),
    db.suggestionAssignment.findMany({
      where: { letterId: letter.id },
      select: { suggestionId: true, role: true, dueOn: true, viewDueOn: true },
    }),
    db.suggestion.findMany({
      where: { id: { in: letter.suggestionIds } },
      orderBy: [{ kind: "asc" }, { number: "asc" }, { createdAt: "asc" }],
      select: { id: true, year: true, number: true, title: true, leadDeputyId: true, sessionId: true, timing: true },
    }),
  ]);
  const deputies = await deputiesByIds(
    tenantId,
    suggestions.map((s) => s.leadDeputyId),
  );
  const sessionIds = [...new Set(suggestions.map((s) => s.sessionId))];
  const session =
    sessionIds.length === 1 && sessionIds[0]
      ? await db.congressSession.findFirst({ where: { id: sessionIds[0] }, select: { term: true, number: true } })
      : null;
  const role = new Map(assignments.map((a) => [a.suggestionId, a]));
  return {
    id: letter.id,
    year: letter.year,
    number: letter.number,
    unitId: letter.unitId,
    unitName: unit?.name ?? "",
    issuedOn: todayInShanghai(letter.issuedAt),
    session,
    recess: suggestions.length > 0 && suggestions.every((s) => s.timing === "RECESS"),
    items: suggestions.map((s) => {
      const a = role.get(s.id);
      const due = a?.role === "ASSIST" && a.viewDueOn ? a.viewDueOn : a?.dueOn;
      return {
        year: s.year,
        number: s.number,
        title: s.title,
        leadDeputyName: deputies.get(s.leadDeputyId)?.name ?? "",
        role: a?.role ?? "LEAD",
        dueOn: due ? dateToDay(due) : "",
      };
    }),
  };
}

export type BatchLetter = { id: string; year: number; number: number; unitName: string };

/** The letters sent with suggestions of `year` (and of one session), in number order. */
export async function batchLetters(tenantId: string, year: number, sessionId?: string): Promise<BatchLetter[]> {
  const db = forTenant(tenantId);
  let where: { year: number; id?: { in: string[] } } = { year };
  if (sessionId) {
    const suggestions = await db.suggestion.findMany({ where: { year, sessionId }, select: { id: true } });
    const rows = await db.suggestionAssignment.findMany({
      where: { suggestionId: { in: suggestions.map((s) => s.id) }, letterId: { not: null } },
      select: { letterId: true },
      distinct: ["letterId"],
    });
    where = { year, id: { in: rows.map((r) => r.letterId!) } };
  }
  const letters = await db.suggestionLetter.findMany({
    where,
    orderBy: { number: "asc" },
    select: { id: true, year: true, number: true, unitId: true },
  });
  const units = await db.unit.findMany({
    where: { id: { in: [...new Set(letters.map((l) => l.unitId))] } },
    select: { id: true, name: true },
  });
  const name = new Map(units.map((u) => [u.id, u.name]));
  return letters.map((l) => ({ id: l.id, year: l.year, number: l.number, unitName: name.get(l.unitId) ?? "" }));
}

/** A letter's city-scoped facts for the download check: its unit. */
export function letterUnit(tenantId: string, letterId: string) {
  if (!isUuid(letterId)) return Promise.resolve(null);
  return forTenant(tenantId).suggestionLetter.findFirst({
    where: { id: letterId },
    select: { id: true, unitId: true },
  });
}

/** The years that have letters and the city's sessions, for the batch download's choices. */
export async function letterBatchChoices(tenantId: string) {
  const db = forTenant(tenantId);
  const [years, sessions] = await Promise.all([
    db.suggestionLetter.findMany({ distinct: ["year"], orderBy: { year: "desc" }, select: { year: true } }),
    db.congressSession.findMany({
      orderBy: [{ year: "desc" }, { number: "desc" }],
      select: { id: true, name: true, year: true },
    }),
  ]);
  return { years: years.map((y) => y.year), sessions };
}
