// The member's list of suggestions: their scope from policy.ts (the city; or the deputy's as any signer, the units'
// of any round, the committees' key ones), drafts only their own, a tab (a status, the overdue ones, the key ones,
// a deputy's invitations and ratings, a unit's inbox and what it has done) and the filters, one page of it with a
// capped count. Every query names "tenantId" and walks an index (see the orders below); a unit's inbox starts from
// its assignments (SuggestionAssignment(tenantId, unitId, active, dueOn)), so 100,000 suggestions cost it nothing.
import { forTenant } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/ids";
import type { SuggestionViewer } from "./policy";
import { viewFilter } from "./policy";
import { decorateRows, type RawListRow, type SuggestionListRow } from "./queries-list-rows";
import { SUGGESTION_PAGE_SIZE, type SuggestionListFilter, type SuggestionTab } from "./schemas-ops";
import type { SuggestionStatus } from "./workflow";
import { CLOCK_STATUSES } from "./workflow";

export type { SuggestionListRow };

export type SuggestionListPage = {
  rows: SuggestionListRow[];
  /** Matching suggestions, counted up to COUNT_CAP (then `totalCapped`). */
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
};

/** Counting stops here: a later page is still served, the pager just says "10,000+". */
export const SUGGESTION_COUNT_CAP = 10_000;
/** Below this many matches a page is sorted from the matching rows rather than found by walking an index. */
const FEW = 3_000;

const statusIn = (list: readonly SuggestionStatus[]) =>
  Prisma.sql`s."status" IN (${Prisma.join(list.map((x) => Prisma.sql`${x}::"SuggestionStatus"`))})`;
const LEAD_TODO: readonly SuggestionStatus[] = [...CLOCK_STATUSES, "IN_PLAN"];
const COSIGN_OPEN: readonly SuggestionStatus[] = ["DRAFT", "REVISING", "SUBMITTED"];

/** The deputy's signer rows as a set of suggestion ids (SuggestionSigner(tenantId, deputyId)). */
const signedBy = (t: string, deputyId: string, extra: Prisma.Sql = Prisma.empty) =>
  Prisma.sql`s."id" IN (SELECT g."suggestionId" FROM "SuggestionSigner" g
    WHERE g."tenantId" = ${t}::uuid AND g."deputyId" = ${deputyId}::uuid ${extra})`;
const assignedTo = (t: string, unitIds: string[]) =>
  Prisma.sql`s."id" IN (SELECT a."suggestionId" FROM "SuggestionAssignment" a
    WHERE a."tenantId" = ${t}::uuid AND a."unitId" = ANY(${unitIds}::uuid[]))`;
/** A unit's part still to do: the lead's reply (or a B reply's follow-up), an assisting unit's view. */
const todoPart = Prisma.sql`((a."role" = 'LEAD' AND ${statusIn(LEAD_TODO)})
  OR (a."role" = 'ASSIST' AND a."viewAt" IS NULL AND ${statusIn(CLOCK_STATUSES)}))`;

/** The viewer's deputy, when their `deputy` role is linked to one. */
const deputyOf = (v: SuggestionViewer) => (v.roles.includes("deputy") ? v.deputyId : null);
const unitsOf = (v: SuggestionViewer) => (viewFilter(v)?.unitIds ?? []).filter(isUuid);

/** The WHERE of the member's scope with drafts only their own, or null when they see nothing. */
function scopeWhere(t: string, v: SuggestionViewer): Prisma.Sql[] | null {
  const where = [Prisma.sql`s."tenantId" = ${t}::uuid`];
  const f = viewFilter(v);
  const deputy = deputyOf(v);
  if (f !== null) {
    const any: Prisma.Sql[] = [];
    if (f.deputyId) any.push(signedBy(t, f.deputyId));
    if (f.unitIds.length) any.push(assignedTo(t, f.unitIds.filter(isUuid)));
    const committees = f.committeeIds.filter(isUuid);
    if (committees.length) any.push(Prisma.sql`(s."isKey" AND s."pushingCommitteeId" = ANY(${committees}::uuid[]))`);
    if (any.length === 0) return null;
    where.push(Prisma.sql`(${Prisma.join(any, " OR ")})`);
  }
  // A draft is its writer's: who created it, or (a deputy) who signs it, as seesSuggestion says.
  const mayOwnDrafts = deputy !== null || v.roles.includes("deputyAffairs");
  const own = [Prisma.sql`s."createdById" = ${v.id}::uuid`, ...(deputy ? [signedBy(t, deputy)] : [])];
  where.push(
    mayOwnDrafts
      ? Prisma.sql`(s."status" <> 'DRAFT' OR ${Prisma.join(own, " OR ")})`
      : Prisma.sql`s."status" <> 'DRAFT'`,
  );
  return where;
}

/** The tab's condition (null: the tab is not this member's and matches nothing). */
function tabWhere(t: string, v: SuggestionViewer, tab: SuggestionTab, today: string): Prisma.Sql | null {
  const deputy = deputyOf(v);
  const units = unitsOf(v);
  switch (tab) {
    case "all":
      return Prisma.empty;
    case "overdue":
      // The partial index Suggestion_open_due_idx has exactly this predicate.
      return Prisma.sql`${statusIn(CLOCK_STATUSES)} AND s."dueOn" < ${today}::date`;
    case "key":
      return Prisma.sql`s."isKey"`;
    case "drafts":
      return Prisma.sql`s."status" = 'DRAFT'`;
    case "led":
      return deputy ? Prisma.sql`s."leadDeputyId" = ${deputy}::uuid` : null;
    case "toRate":
      return deputy ? Prisma.sql`s."leadDeputyId" = ${deputy}::uuid AND s."status" = 'REPLIED'` : null;
    case "toCosign":
      return deputy
        ? Prisma.sql`${signedBy(t, deputy, Prisma.sql`AND g."role" = 'COSIGNER' AND g."confirmedAt" IS NULL AND g."declinedAt" IS NULL`)}
          AND ${statusIn(COSIGN_OPEN)}`
        : null;
    case "cosigned":
      return deputy ? signedBy(t, deputy, Prisma.sql`AND g."role" = 'COSIGNER' AND g."confirmedAt" IS NOT NULL`) : null;
    case "done":
      if (!units.length) return null;
      return Prisma.sql`${assignedTo(t, units)} AND NOT EXISTS (SELECT 1 FROM "SuggestionAssignment" a
        WHERE a."tenantId" = ${t}::uuid AND a."suggestionId" = s."id" AND a."unitId" = ANY(${units}::uuid[])
          AND a."active" AND ${todoPart})`;
    case "todo":
      return null; // read by unitInbox
    default:
      return Prisma.sql`s."status" = ${tab}::"SuggestionStatus"`;
  }
}

/** The filters of the form (year, session, category, unit of any round, kind, a title's words or a number). */
function filterWhere(t: string, f: SuggestionListFilter): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (f.year) where.push(Prisma.sql`s."year" = ${f.year}`);
  if (f.sessionId && isUuid(f.sessionId)) where.push(Prisma.sql`s."sessionId" = ${f.sessionId}::uuid`);
  if (f.category) where.push(Prisma.sql`s."category" = ${f.category}`);
  if (f.unitId && isUuid(f.unitId)) where.push(assignedTo(t, [f.unitId]));
  if (f.kind) where.push(Prisma.sql`s."kind" = ${f.kind}::"SuggestionKind"`);
  const q = f.q?.trim();
  if (q) {
    // 12, 第12号, 〔2026〕第12号: the number (with its year when written); anything else searches the titles.
    const m = /^(?:〔(\d{4})〕)?第?(\d{1,6})号?$/.exec(q);
    const byNumber = m
      ? Prisma.sql`(s."number" = ${Number(m[2])}${m[1] ? Prisma.sql` AND s."year" = ${Number(m[1])}` : Prisma.empty})`
      : null;
    const byTitle = Prisma.sql`strpos(s."title", ${q}) > 0`;
    where.push(byNumber ? Prisma.sql`(${byNumber} OR ${byTitle})` : byTitle);
  }
  return where;
}

const COLUMNS = Prisma.sql`s."id"::text AS id, s."year", s."number", s."kind"::text AS kind, s."title", s."category",
  s."status"::text AS status, s."isKey", s."leadDeputyId"::text AS "leadDeputyId", s."leadUnitId"::text AS
  "leadUnitId", s."dueOn", s."promisedOn", s."replyCategory"::text AS "replyCategory",
  s."satisfaction"::text AS satisfaction, s."createdAt"`;

/**
 * One page of the member's list in the tab (the first of theirs when none is named). Newest first, except by
 * deadline where a clock runs (the overdue tab: the longest overdue first; 办理中, 申请退回; a unit's inbox).
 */
export async function listSuggestions(
  tenantId: string,
  viewer: SuggestionViewer,
  filter: SuggestionListFilter,
  now: Date = new Date(),
): Promise<SuggestionListPage> {
  const page = filter.page ?? 1;
  const pageSize = filter.pageSize ?? SUGGESTION_PAGE_SIZE;
  const empty = { rows: [], total: 0, totalCapped: false, page, pageSize };
  const today = todayInShanghai(now);
  const tab = filter.tab ?? "all";
  const scope = scopeWhere(tenantId, viewer);
  if (!scope) return empty;
  if (tab === "todo") return unitInbox(tenantId, viewer, filter, today, page, pageSize);
  const cond = tabWhere(tenantId, viewer, tab, today);
  if (cond === null) return empty;
  const where = Prisma.join(
    [...scope, ...(cond === Prisma.empty ? [] : [cond]), ...filterWhere(tenantId, filter)],
    " AND ",
  );
  const db = forTenant(tenantId);
  const byDeadline = tab === "overdue" || tab === "ASSIGNED" || tab === "HANDBACK_REQUESTED";
  // Many matches: the order's index finds a page at once. Few: sorted after the matching rows' bitmap, as walking
  // the city's createdAt index for a deputy's handful would read every suggestion (the planner cannot know).
  const orderFor = (few: boolean) =>
    byDeadline
      ? few
        ? Prisma.sql`(s."dueOn" + 0) ASC NULLS LAST, s."createdAt" DESC, s."id" DESC`
        : Prisma.sql`s."dueOn" ASC NULLS LAST, s."createdAt" DESC, s."id" DESC`
      : few
        ? Prisma.sql`(s."createdAt" + interval '0 s') DESC, s."id" DESC`
        : Prisma.sql`s."createdAt" DESC, s."id" DESC`;
  const offset = (page - 1) * pageSize;
  if (viewFilter(viewer) !== null) {
    // A member's own scope (a unit's of every round, a deputy's, a committee's key ones) is a few thousand at most:
    // one pass over it sorts the page and counts it.
    const found = await db.$queryRaw<(RawListRow & { n: number })[]>`SELECT ${COLUMNS}, (count(*) OVER ())::int AS n
      FROM "Suggestion" s WHERE ${where} ORDER BY ${orderFor(true)} LIMIT ${pageSize} OFFSET ${offset}`;
    if (found.length > 0 || page === 1) {
      const n = found[0]?.n ?? 0;
      const rows = await decorateRows(
        tenantId,
        viewer,
        found.map(({ n: _n, ...r }) => r),
        today,
      );
      return { rows, total: n, totalCapped: false, page, pageSize };
    }
  }
  const [c] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM
    (SELECT 1 FROM "Suggestion" s WHERE ${where} LIMIT ${SUGGESTION_COUNT_CAP + 1}) x`;
  const n = c?.n ?? 0;
  const totals = { total: Math.min(n, SUGGESTION_COUNT_CAP), totalCapped: n > SUGGESTION_COUNT_CAP, page, pageSize };
  if (n === 0 || offset >= n) return { ...empty, ...totals };
  const rows = await db.$queryRaw<RawListRow[]>`SELECT ${COLUMNS} FROM "Suggestion" s
    WHERE ${where} ORDER BY ${orderFor(n < FEW)} LIMIT ${pageSize} OFFSET ${offset}`;
  return { rows: await decorateRows(tenantId, viewer, rows, today), ...totals };
}

/**
 * 待办: the unit's parts still to do, the nearest deadline first — as the lead (the current round's lead unit, read
 * off Suggestion(tenantId, leadUnitId, status, dueOn): its reply, or a B reply's follow-up by the promised day) and
 * as an assisting unit (its active assignment whose view is still owed while the clock runs). A unit's closed
 * suggestions of earlier years are never read: they are neither in the lead's statuses nor owe a view.
 */
async function unitInbox(
  tenantId: string,
  viewer: SuggestionViewer,
  filter: SuggestionListFilter,
  today: string,
  page: number,
  pageSize: number,
): Promise<SuggestionListPage> {
  const units = unitsOf(viewer);
  if (!units.length) return { rows: [], total: 0, totalCapped: false, page, pageSize };
  const filters = filterWhere(tenantId, filter).map((f) => Prisma.sql` AND ${f}`);
  const more = filters.length ? Prisma.join(filters, "") : Prisma.empty;
  const lead = (cols: Prisma.Sql) => Prisma.sql`SELECT ${cols} FROM "Suggestion" s
    WHERE s."tenantId" = ${tenantId}::uuid AND s."leadUnitId" = ANY(${units}::uuid[]) AND ${statusIn(LEAD_TODO)}${more}`;
  // A unit both leading and assisting (a member of two units) owes the lead's part: the row is shown once.
  const assist = (cols: Prisma.Sql) => Prisma.sql`SELECT ${cols} FROM "SuggestionAssignment" a
    JOIN "Suggestion" s ON s."tenantId" = a."tenantId" AND s."id" = a."suggestionId"
    WHERE a."tenantId" = ${tenantId}::uuid AND a."unitId" = ANY(${units}::uuid[]) AND a."active"
      AND a."role" = 'ASSIST' AND a."viewAt" IS NULL AND ${statusIn(CLOCK_STATUSES)}
      AND (s."leadUnitId" IS NULL OR s."leadUnitId" <> ALL(${units}::uuid[]))${more}`;
  const db = forTenant(tenantId);
  const [c] = await db.$queryRaw<{ n: number }[]>`SELECT
    ((SELECT count(*) FROM (${lead(Prisma.sql`1`)}) l) + (SELECT count(*) FROM (${assist(Prisma.sql`1`)}) v))::int AS n`;
  const n = c?.n ?? 0;
  const totals = { total: n, totalCapped: false, page, pageSize };
  const offset = (page - 1) * pageSize;
  if (n === 0 || offset >= n) return { rows: [], ...totals };
  const rows = await db.$queryRaw<RawListRow[]>`SELECT x.* FROM (
      ${lead(Prisma.sql`${COLUMNS}, 'LEAD' AS role,
        CASE WHEN s."status" = 'IN_PLAN' THEN s."promisedOn" ELSE s."dueOn" END AS deadline`)}
      UNION ALL ${assist(Prisma.sql`${COLUMNS}, 'ASSIST' AS role, a."viewDueOn" AS deadline`)}) x
    ORDER BY x.deadline ASC NULLS LAST, x."createdAt" DESC, x.id DESC LIMIT ${pageSize} OFFSET ${offset}`;
  return { rows: await decorateRows(tenantId, viewer, rows, today), ...totals };
}
