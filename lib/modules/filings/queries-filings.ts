// The filing review's reads, every one scoped to the city (forTenant) and, for a member, to what they see
// (policy.ts): the console list with its filter, one filing, the public annual list, the years, the workbench's
// counts and the review clocks the reminder job scans.
import { forTenant } from "@/lib/db";
import { dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import type { Member } from "@/lib/member";
import { filingCommitteeIds, filingUnitIds, filingViewFilter, isFilingOffice, seesFiling } from "./policy";
import type { FilingListQuery } from "./schemas-filings";
import { isFilingOverdue, REVIEW_STATUSES, type FilingFinding, type FilingStatus } from "./workflow";

const SELECT = {
  id: true,
  year: true,
  title: true,
  issuer: true,
  issuerUnitId: true,
  docNumber: true,
  issuedOn: true,
  filedOn: true,
  effectiveOn: true,
  dueOn: true,
  status: true,
  finding: true,
  findingNote: true,
  reviewedOn: true,
  reviewedById: true,
  committeeId: true,
  responseBody: true,
  respondedOn: true,
  attachmentId: true,
  createdAt: true,
} as const;

type Raw = {
  id: string;
  year: number;
  title: string;
  issuer: string;
  issuerUnitId: string | null;
  docNumber: string;
  issuedOn: Date;
  filedOn: Date;
  effectiveOn: Date | null;
  dueOn: Date;
  status: FilingStatus;
  finding: FilingFinding | null;
  findingNote: string;
  reviewedOn: Date | null;
  reviewedById: string | null;
  committeeId: string | null;
  responseBody: string | null;
  respondedOn: Date | null;
  attachmentId: string | null;
  createdAt: Date;
};

export type FilingRow = {
  id: string;
  year: number;
  title: string;
  issuer: string;
  issuerUnitId: string | null;
  issuerUnit: string | null;
  docNumber: string;
  issuedOn: string;
  filedOn: string;
  effectiveOn: string | null;
  dueOn: string;
  status: FilingStatus;
  finding: FilingFinding | null;
  findingNote: string;
  reviewedOn: string | null;
  committeeId: string | null;
  committee: string | null;
  responseBody: string | null;
  respondedOn: string | null;
  attachmentId: string | null;
  overdue: boolean;
};

export type FilingDetail = FilingRow & { text: string; reviewedBy: string | null };

const day = (d: Date | null) => (d ? dateToDay(d) : null);

async function names(tenantId: string, rows: Raw[]) {
  const db = forTenant(tenantId);
  const unitIds = [...new Set(rows.map((r) => r.issuerUnitId).filter((x): x is string => !!x))];
  const committeeIds = [...new Set(rows.map((r) => r.committeeId).filter((x): x is string => !!x))];
  const [units, committees] = await Promise.all([
    unitIds.length ? db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }) : [],
    committeeIds.length
      ? db.committee.findMany({ where: { id: { in: committeeIds } }, select: { id: true, name: true } })
      : [],
  ]);
  return {
    units: new Map(units.map((u) => [u.id, u.name])),
    committees: new Map(committees.map((c) => [c.id, c.name])),
  };
}

function toRow(r: Raw, n: Awaited<ReturnType<typeof names>>, today: string): FilingRow {
  const dueOn = dateToDay(r.dueOn);
  return {
    id: r.id,
    year: r.year,
    title: r.title,
    issuer: r.issuer,
    issuerUnitId: r.issuerUnitId,
    issuerUnit: r.issuerUnitId ? (n.units.get(r.issuerUnitId) ?? null) : null,
    docNumber: r.docNumber,
    issuedOn: dateToDay(r.issuedOn),
    filedOn: dateToDay(r.filedOn),
    effectiveOn: day(r.effectiveOn),
    dueOn,
    status: r.status,
    finding: r.finding,
    findingNote: r.findingNote,
    reviewedOn: day(r.reviewedOn),
    committeeId: r.committeeId,
    committee: r.committeeId ? (n.committees.get(r.committeeId) ?? null) : null,
    responseBody: r.responseBody,
    respondedOn: day(r.respondedOn),
    attachmentId: r.attachmentId,
    overdue: isFilingOverdue({ status: r.status, dueOn }, today),
  };
}

type Viewer = Pick<Member, "roles" | "scopes">;

function scopeWhere(member: Viewer) {
  const f = filingViewFilter(member);
  return f === null ? {} : { issuerUnitId: { in: f.unitIds } };
}

/** The member's filings matching the filter, newest filing first, one page at a time, and how many match. */
export async function listFilings(
  tenantId: string,
  member: Viewer,
  query: FilingListQuery,
  page: { limit: number; offset: number } = { limit: 50, offset: 0 },
  now: Date = new Date(),
): Promise<{ rows: FilingRow[]; total: number }> {
  const today = todayInShanghai(now);
  const where = {
    ...scopeWhere(member),
    ...(query.year ? { year: query.year } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.overdue ? { status: { in: [...REVIEW_STATUSES] }, dueOn: { lt: dayToDate(today) } } : {}),
    ...(query.q
      ? {
          OR: [
            { title: { contains: query.q, mode: "insensitive" as const } },
            { docNumber: { contains: query.q, mode: "insensitive" as const } },
            { issuer: { contains: query.q, mode: "insensitive" as const } },
          ],
        }
      : {}),
  };
  const db = forTenant(tenantId);
  const [raw, total] = await Promise.all([
    db.normativeFiling.findMany({
      where,
      select: SELECT,
      orderBy: [{ filedOn: "desc" }, { id: "desc" }],
      take: page.limit,
      skip: page.offset,
    }),
    db.normativeFiling.count({ where }),
  ]);
  const n = await names(tenantId, raw);
  return { rows: raw.map((r) => toRow(r, n, today)), total };
}

/** One filing as the member sees it, or null (another city's, one they may not see, or none). */
export async function getFiling(
  tenantId: string,
  member: Viewer,
  id: string,
  now: Date = new Date(),
): Promise<FilingDetail | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const raw = await forTenant(tenantId).normativeFiling.findFirst({
    where: { id },
    select: { ...SELECT, text: true },
  });
  if (!raw || !seesFiling(member, raw)) return null;
  const [n, reviewer] = await Promise.all([
    names(tenantId, [raw]),
    raw.reviewedById
      ? forTenant(tenantId).user.findFirst({ where: { id: raw.reviewedById }, select: { displayName: true } })
      : null,
  ]);
  return { ...toRow(raw, n, todayInShanghai(now)), text: raw.text, reviewedBy: reviewer?.displayName ?? null };
}

/** The filing by id in the city, whatever the member sees (for the actions, which check the policy themselves). */
export async function findFilingForAction(tenantId: string, id: string) {
  return forTenant(tenantId).normativeFiling.findFirst({
    where: { id },
    select: { id: true, status: true, issuerUnitId: true, committeeId: true, title: true, dueOn: true },
  });
}

/** Years with filings, newest first. */
export async function filingYears(tenantId: string): Promise<number[]> {
  const rows = await forTenant(tenantId).normativeFiling.findMany({
    distinct: ["year"],
    select: { year: true },
    orderBy: { year: "desc" },
  });
  return rows.map((r) => r.year);
}

/** A public filing: what the annual list shows (no text, no reviewer, no internal ids beyond the filing's). */
export type PublicFiling = {
  id: string;
  year: number;
  title: string;
  issuer: string;
  docNumber: string;
  issuedOn: string;
  filedOn: string;
  effectiveOn: string | null;
  status: FilingStatus;
  finding: FilingFinding | null;
  reviewedOn: string | null;
  responseBody: string | null;
  respondedOn: string | null;
};

/** A year's filings for the public list (the order they were filed), one page, and how many in all. */
export async function listPublicFilings(
  tenantId: string,
  year: number,
  page: { limit: number; offset: number },
): Promise<{ rows: PublicFiling[]; total: number }> {
  const db = forTenant(tenantId);
  const [raw, total] = await Promise.all([
    db.normativeFiling.findMany({
      where: { year },
      select: SELECT,
      orderBy: [{ filedOn: "asc" }, { id: "asc" }],
      take: page.limit,
      skip: page.offset,
    }),
    db.normativeFiling.count({ where: { year } }),
  ]);
  return {
    rows: raw.map((r) => ({
      id: r.id,
      year: r.year,
      title: r.title,
      issuer: r.issuer,
      docNumber: r.docNumber,
      issuedOn: dateToDay(r.issuedOn),
      filedOn: dateToDay(r.filedOn),
      effectiveOn: day(r.effectiveOn),
      status: r.status,
      // The finding is public once the review is done; its reasoning stays in the record until the issuer answers.
      finding: r.finding,
      reviewedOn: day(r.reviewedOn),
      responseBody: r.status === "CLOSED" ? r.responseBody : null,
      respondedOn: r.status === "CLOSED" ? day(r.respondedOn) : null,
    })),
    total,
  };
}

/** A year's counts by state and finding (the public list's head). */
export async function filingYearCounts(tenantId: string, year: number) {
  const rows = await forTenant(tenantId).normativeFiling.groupBy({
    by: ["status", "finding"],
    where: { year },
    _count: { _all: true },
  });
  const out = { total: 0, reviewing: 0, noProblem: 0, correction: 0, repeal: 0 };
  for (const r of rows) {
    const n = r._count._all;
    out.total += n;
    if (r.status === "RECEIVED" || r.status === "REVIEWING") out.reviewing += n;
    if (r.finding === "NO_PROBLEM") out.noProblem += n;
    if (r.finding === "CORRECTION") out.correction += n;
    if (r.finding === "REPEAL") out.repeal += n;
  }
  return out;
}

/** The workbench's counts for a member: to assign, to review (theirs), overdue, and their unit's to answer. */
export async function filingWorkCounts(tenantId: string, member: Viewer, today: string) {
  const db = forTenant(tenantId);
  const office = isFilingOffice(member);
  const committees = filingCommitteeIds(member);
  const reviewScope = office ? {} : { committeeId: { in: committees } };
  const [toAssign, toReview, overdue, toRespond] = await Promise.all([
    office ? db.normativeFiling.count({ where: { status: "RECEIVED" } }) : 0,
    office || committees.length ? db.normativeFiling.count({ where: { status: "REVIEWING", ...reviewScope } }) : 0,
    office || committees.length
      ? db.normativeFiling.count({
          where: { status: { in: [...REVIEW_STATUSES] }, dueOn: { lt: dayToDate(today) }, ...reviewScope },
        })
      : 0,
    member.roles.includes("unit")
      ? db.normativeFiling.count({
          where: {
            status: "AWAITING_RESPONSE",
            issuerUnitId: { in: filingUnitIds(member) },
          },
        })
      : 0,
  ]);
  return { toAssign, toReview, overdue, toRespond };
}

/** Filings under review due between the two days (inclusive): the reminder job's scan. */
export async function runningFilingReviews(tenantId: string, from: string, to: string) {
  const rows = await forTenant(tenantId).normativeFiling.findMany({
    where: { status: { in: [...REVIEW_STATUSES] }, dueOn: { gte: dayToDate(from), lte: dayToDate(to) } },
    select: { id: true, title: true, dueOn: true, committeeId: true, status: true },
    orderBy: { dueOn: "asc" },
  });
  return rows.map((r) => ({ ...r, dueOn: dateToDay(r.dueOn) }));
}

/** Titles for the audit log. */
export async function filingTitlesByIds(tenantId: string, ids: string[]) {
  return forTenant(tenantId).normativeFiling.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true },
  });
}

/** The choices of the register and assign forms: the city's active units and committees. */
export async function filingChoices(tenantId: string) {
  const db = forTenant(tenantId);
  const [units, committees] = await Promise.all([
    db.unit.findMany({
      where: { active: true },
      select: { id: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
    db.committee.findMany({
      where: { active: true },
      select: { id: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
  ]);
  return { units, committees };
}
