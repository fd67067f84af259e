// The year's oversight plan as lists read it: the activities a member sees (by year and kind), with counts, and
// the plan's progress; the public plan (published activities only, no names of people).
import { forTenant } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OversightKind, OversightStatus } from "./kinds";
import { OVERSIGHT_KINDS } from "./kinds";
import { activityFilter, type ActivityViewer } from "./policy";
import { planProgress, type PlanProgress } from "./workflow";

export type ActivityListRow = {
  id: string;
  year: number;
  kind: OversightKind;
  status: OversightStatus;
  title: string;
  committeeName: string | null;
  plannedQuarter: number | null;
  startOn: string | null;
  endOn: string | null;
  published: boolean;
  points: number;
  problems: number;
};

export type PlanView = {
  year: number;
  plan: { id: string; title: string; note: string } | null;
  rows: ActivityListRow[];
  progress: PlanProgress;
  byKind: { kind: OversightKind; progress: PlanProgress }[];
  years: number[];
};

/** Which activity ids a non-city member sees beyond their committees': taking part, or their units concerned. */
async function reachableIds(tenantId: string, f: NonNullable<ReturnType<typeof activityFilter>>) {
  const db = forTenant(tenantId);
  const or: Prisma.OversightParticipantWhereInput[] = [{ userId: f.userId }];
  if (f.deputyId) or.push({ deputyId: f.deputyId });
  const [parts, reports, tasks, respondents] = await Promise.all([
    db.oversightParticipant.findMany({ where: { OR: or }, select: { activityId: true } }),
    f.unitIds.length
      ? db.oversightUnitReport.findMany({ where: { unitId: { in: f.unitIds } }, select: { activityId: true } })
      : [],
    f.unitIds.length
      ? db.rectificationTask.findMany({
          where: { unitId: { in: f.unitIds } },
          select: { activityId: true },
          distinct: ["activityId"],
        })
      : [],
    f.unitIds.length
      ? db.inquiryRespondent.findMany({ where: { unitId: { in: f.unitIds } }, select: { inquiryId: true } })
      : [],
  ]);
  const inquiries = respondents.length
    ? await db.inquiry.findMany({
        where: { id: { in: respondents.map((r) => r.inquiryId) } },
        select: { activityId: true },
      })
    : [];
  return [...new Set([...parts, ...reports, ...tasks, ...inquiries].map((r) => r.activityId))];
}

async function rowsOf(tenantId: string, where: Prisma.OversightActivityWhereInput): Promise<ActivityListRow[]> {
  const db = forTenant(tenantId);
  const rows = await db.oversightActivity.findMany({
    where,
    orderBy: [{ plannedQuarter: "asc" }, { startOn: "asc" }, { createdAt: "asc" }],
    take: 1000,
  });
  const ids = rows.map((r) => r.id);
  const committeeIds = [...new Set(rows.flatMap((r) => (r.committeeId ? [r.committeeId] : [])))];
  const [committees, points, problems] = await Promise.all([
    committeeIds.length
      ? db.committee.findMany({ where: { id: { in: committeeIds } }, select: { id: true, name: true } })
      : [],
    ids.length
      ? db.oversightPoint.groupBy({ by: ["activityId"], where: { activityId: { in: ids } }, _count: { _all: true } })
      : [],
    ids.length
      ? db.oversightProblem.groupBy({ by: ["activityId"], where: { activityId: { in: ids } }, _count: { _all: true } })
      : [],
  ]);
  const cName = new Map(committees.map((c) => [c.id, c.name]));
  const pCount = new Map(points.map((p) => [p.activityId, p._count._all]));
  const qCount = new Map(problems.map((p) => [p.activityId, p._count._all]));
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    kind: r.kind,
    status: r.status,
    title: r.title,
    committeeName: r.committeeId ? (cName.get(r.committeeId) ?? null) : null,
    plannedQuarter: r.plannedQuarter,
    startOn: r.startOn ? dateToDay(r.startOn) : null,
    endOn: r.endOn ? dateToDay(r.endOn) : null,
    published: r.published,
    points: pCount.get(r.id) ?? 0,
    problems: qCount.get(r.id) ?? 0,
  }));
}

function view(year: number, plan: PlanView["plan"], rows: ActivityListRow[], years: number[]): PlanView {
  return {
    year,
    plan,
    rows,
    progress: planProgress(rows.map((r) => r.status)),
    byKind: OVERSIGHT_KINDS.map((kind) => ({
      kind,
      progress: planProgress(rows.filter((r) => r.kind === kind).map((r) => r.status)),
    })).filter((k) => k.progress.total > 0),
    years,
  };
}

async function yearsOf(tenantId: string, where: Prisma.OversightActivityWhereInput, year: number) {
  const ys = await forTenant(tenantId).oversightActivity.findMany({
    where,
    distinct: ["year"],
    select: { year: true },
    orderBy: { year: "desc" },
  });
  return [...new Set([year, ...ys.map((y) => y.year)])].sort((a, b) => b - a);
}

/** The member's view of the year's plan: the activities they see, of `kind` when given. */
export async function listActivities(
  tenantId: string,
  viewer: ActivityViewer,
  o: { year: number; kind?: OversightKind | null },
): Promise<PlanView> {
  const f = activityFilter(viewer);
  let scope: Prisma.OversightActivityWhereInput = {};
  if (f) {
    const ids = await reachableIds(tenantId, f);
    const or: Prisma.OversightActivityWhereInput[] = [{ id: { in: ids } }];
    if (f.committeeIds) or.push({ committeeId: { in: f.committeeIds } }, { committeeId: null });
    scope = { OR: or };
  }
  const db = forTenant(tenantId);
  const [plan, rows, years] = await Promise.all([
    db.oversightPlan.findFirst({ where: { year: o.year }, select: { id: true, title: true, note: true } }),
    rowsOf(tenantId, { AND: [scope, { year: o.year }, o.kind ? { kind: o.kind } : {}] }),
    yearsOf(tenantId, scope, o.year),
  ]);
  return view(o.year, plan, rows, years);
}

/** The public plan page and API: published activities of the year (of `kind`), their progress. */
export async function publicPlan(
  tenantId: string,
  o: { year: number; kind?: OversightKind | null },
): Promise<PlanView> {
  const db = forTenant(tenantId);
  const where: Prisma.OversightActivityWhereInput = { published: true };
  const [plan, rows, years] = await Promise.all([
    db.oversightPlan.findFirst({ where: { year: o.year }, select: { id: true, title: true, note: true } }),
    rowsOf(tenantId, { ...where, year: o.year, ...(o.kind ? { kind: o.kind } : {}) }),
    yearsOf(tenantId, where, o.year),
  ]);
  return view(o.year, plan, rows, years);
}

export type ActivityPeople = {
  participants: { id: string; kind: "MEMBER" | "DEPUTY"; name: string; role: string }[];
  points: { id: string; place: string; visitedOn: string; visitors: string; note: string }[];
  unitReports: {
    id: string;
    unitId: string;
    unitName: string;
    sentOn: string;
    dueOn: string;
    body: string | null;
    attachmentId: string | null;
    reportedAt: Date | null;
  }[];
};

/** The rows the activity page lists: participants by name, points visited, the units' reports back. */
export async function activityRows(tenantId: string, activityId: string): Promise<ActivityPeople> {
  const db = forTenant(tenantId);
  const [parts, points, reports] = await Promise.all([
    db.oversightParticipant.findMany({ where: { activityId }, orderBy: { createdAt: "asc" } }),
    db.oversightPoint.findMany({ where: { activityId }, orderBy: [{ visitedOn: "asc" }, { createdAt: "asc" }] }),
    db.oversightUnitReport.findMany({ where: { activityId }, orderBy: { createdAt: "asc" } }),
  ]);
  const userIds = parts.flatMap((p) => (p.userId ? [p.userId] : []));
  const deputyIds = parts.flatMap((p) => (p.deputyId ? [p.deputyId] : []));
  const unitIds = reports.map((r) => r.unitId);
  const [users, deputies, units] = await Promise.all([
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } }) : [],
    deputyIds.length ? db.deputy.findMany({ where: { id: { in: deputyIds } }, select: { id: true, name: true } }) : [],
    unitIds.length ? db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }) : [],
  ]);
  const uName = new Map(users.map((u) => [u.id, u.displayName]));
  const dName = new Map(deputies.map((d) => [d.id, d.name]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return {
    participants: parts.map((p) => ({
      id: p.id,
      kind: p.kind,
      name: (p.userId ? uName.get(p.userId) : p.deputyId ? dName.get(p.deputyId) : null) ?? "—",
      role: p.role,
    })),
    points: points.map((p) => ({
      id: p.id,
      place: p.place,
      visitedOn: dateToDay(p.visitedOn),
      visitors: p.visitors,
      note: p.note,
    })),
    unitReports: reports.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      unitName: unitName.get(r.unitId) ?? "—",
      sentOn: dateToDay(r.sentOn),
      dueOn: dateToDay(r.dueOn),
      body: r.body,
      attachmentId: r.attachmentId,
      reportedAt: r.reportedAt,
    })),
  };
}

/** The choices of the activity forms: committees, units, active member accounts, deputies, regulations. */
export async function activityChoices(tenantId: string) {
  const db = forTenant(tenantId);
  const [committees, units, users, deputies, regulations] = await Promise.all([
    db.committee.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.unit.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.user.findMany({
      where: { active: true },
      orderBy: { displayName: "asc" },
      select: { id: true, displayName: true },
      take: 500,
    }),
    db.deputy.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true }, take: 1000 }),
    db.regulation.findMany({
      orderBy: [{ year: "desc" }, { title: "asc" }],
      select: { id: true, title: true },
      take: 500,
    }),
  ]);
  return { committees, units, users, deputies, regulations };
}

/** The activity's timeline: each move with who made it. */
export async function activityEvents(tenantId: string, activityId: string) {
  const db = forTenant(tenantId);
  const events = await db.oversightEvent.findMany({ where: { activityId }, orderBy: { createdAt: "asc" } });
  const ids = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const users = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })
    : [];
  const name = new Map(users.map((u) => [u.id, u.displayName]));
  return events.map((e) => ({
    id: e.id,
    from: e.fromStatus,
    to: e.toStatus,
    note: e.note,
    actor: e.actorId ? (name.get(e.actorId) ?? null) : null,
    at: e.createdAt,
  }));
}
