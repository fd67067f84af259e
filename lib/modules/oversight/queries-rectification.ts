// Reads of rectification tasks, always scoped to one city (forTenant): one task for a member with its problem,
// reports and timeline; the board of an activity (counts by state, overdue, one page of rows); a unit's inbox.
// The board reads use the index (tenantId, activityId, status, dueOn) and fetch only one page of rows.
import { forTenant } from "@/lib/db";
import { dateToDay, dayToDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RectificationStatus } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/ids";
import type { Member } from "@/lib/member";
import { viewerCommitteeIds, viewerUnitIds } from "./policy";
import { handlesTask, managesTasksOf, seesAllTasks, seesBoard, seesTask } from "./policy-rectification";
import { TASK_CLOCK_STATUSES, TASK_REPORTABLE_STATUSES, canMoveTask, isTaskOverdue } from "./rectification-workflow";

export const BOARD_PAGE_SIZE = 50;

export type TaskRow = {
  id: string;
  activityId: string;
  problemId: string;
  problemSeq: number;
  problem: string;
  unitId: string;
  unitName: string;
  dueOn: string;
  status: RectificationStatus;
  overdue: boolean;
  activityTitle?: string;
};

async function unitNames(tenantId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await forTenant(tenantId).unit.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((u) => [u.id, u.name]));
}

async function toRows(
  tenantId: string,
  tasks: {
    id: string;
    activityId: string;
    problemId: string;
    unitId: string;
    dueOn: Date;
    status: RectificationStatus;
  }[],
  today: string,
  withActivity = false,
): Promise<TaskRow[]> {
  const db = forTenant(tenantId);
  const [problems, units, activities] = await Promise.all([
    tasks.length
      ? db.oversightProblem.findMany({
          where: { id: { in: tasks.map((t) => t.problemId) } },
          select: { id: true, seq: true, description: true },
        })
      : [],
    unitNames(
      tenantId,
      tasks.map((t) => t.unitId),
    ),
    withActivity && tasks.length
      ? db.oversightActivity.findMany({
          where: { id: { in: [...new Set(tasks.map((t) => t.activityId))] } },
          select: { id: true, title: true },
        })
      : [],
  ]);
  const p = new Map(problems.map((x) => [x.id, x]));
  const a = new Map(activities.map((x) => [x.id, x.title]));
  return tasks.map((t) => {
    const dueOn = dateToDay(t.dueOn);
    return {
      id: t.id,
      activityId: t.activityId,
      problemId: t.problemId,
      problemSeq: p.get(t.problemId)?.seq ?? 0,
      problem: p.get(t.problemId)?.description ?? "",
      unitId: t.unitId,
      unitName: units.get(t.unitId) ?? "",
      dueOn,
      status: t.status,
      overdue: isTaskOverdue({ status: t.status, dueOn }, today),
      ...(withActivity ? { activityTitle: a.get(t.activityId) ?? "" } : {}),
    };
  });
}

const TASK_SELECT = { id: true, activityId: true, problemId: true, unitId: true, dueOn: true, status: true } as const;

export type BoardFilter = { status?: RectificationStatus | "overdue"; unitId?: string; page?: number };
export type Board = {
  activity: { id: string; title: string; kind: string; committeeId: string | null };
  counts: Record<RectificationStatus, number>;
  total: number;
  overdue: number;
  rows: TaskRow[];
  page: number;
  pages: number;
  filtered: number;
  units: { id: string; name: string }[];
  manage: boolean;
};

/** One activity's board for a member who may see it (null otherwise, or another city's). */
export async function getBoard(
  tenantId: string,
  member: Member,
  activityId: string,
  filter: BoardFilter,
  today: string,
): Promise<Board | null> {
  if (!isUuid(activityId)) return null;
  const db = forTenant(tenantId);
  const activity = await db.oversightActivity.findFirst({
    where: { id: activityId },
    select: { id: true, title: true, kind: true, committeeId: true },
  });
  if (!activity || !seesBoard(member, activity)) return null;
  const base: Prisma.RectificationTaskWhereInput = { activityId };
  const where: Prisma.RectificationTaskWhereInput = { ...base };
  if (filter.unitId && isUuid(filter.unitId)) where.unitId = filter.unitId;
  if (filter.status === "overdue")
    Object.assign(where, { status: { in: [...TASK_CLOCK_STATUSES] }, dueOn: { lt: dayToDate(today) } });
  else if (filter.status) where.status = filter.status;
  const [byStatus, overdue, filtered, byUnit] = await Promise.all([
    db.rectificationTask.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    db.rectificationTask.count({
      where: { ...base, status: { in: [...TASK_CLOCK_STATUSES] }, dueOn: { lt: dayToDate(today) } },
    }),
    db.rectificationTask.count({ where }),
    db.rectificationTask.groupBy({ by: ["unitId"], where: base }),
  ]);
  const pages = Math.max(1, Math.ceil(filtered / BOARD_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pages);
  const tasks = await db.rectificationTask.findMany({
    where,
    select: TASK_SELECT,
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    skip: (page - 1) * BOARD_PAGE_SIZE,
    take: BOARD_PAGE_SIZE,
  });
  const counts = { OPEN: 0, SUBMITTED: 0, ACCEPTED: 0, RETURNED: 0, REOPENED: 0 } as Record<
    RectificationStatus,
    number
  >;
  for (const g of byStatus) counts[g.status] = g._count._all;
  const names = await unitNames(
    tenantId,
    byUnit.map((u) => u.unitId),
  );
  return {
    activity,
    counts,
    total: Object.values(counts).reduce((s, n) => s + n, 0),
    overdue,
    rows: await toRows(tenantId, tasks, today),
    page,
    pages,
    filtered,
    units: [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    manage: managesTasksOf(member, activity),
  };
}

/** A member's tasks by deadline: a unit its own, a committee member those of its committees' activities, the
 *  city-wide roles all; open ones first unless `status` says otherwise. */
export async function listMyTasks(
  tenantId: string,
  member: Member,
  filter: { status?: RectificationStatus | "open" | "all"; page?: number },
  today: string,
): Promise<{ rows: TaskRow[]; page: number; pages: number; total: number }> {
  const db = forTenant(tenantId);
  const or: Prisma.RectificationTaskWhereInput[] = [];
  if (!seesAllTasks(member)) {
    const units = viewerUnitIds(member);
    if (units.length) or.push({ unitId: { in: units } });
    if (member.roles.includes("committee")) {
      const committees = viewerCommitteeIds(member);
      const acts = await db.oversightActivity.findMany({
        where: { OR: [{ committeeId: null }, { committeeId: { in: committees } }] },
        select: { id: true },
      });
      or.push({ activityId: { in: acts.map((a) => a.id) } });
    }
    if (or.length === 0) return { rows: [], page: 1, pages: 1, total: 0 };
  }
  const where: Prisma.RectificationTaskWhereInput = or.length ? { OR: or } : {};
  const s = filter.status ?? "open";
  if (s === "open") where.status = { in: [...TASK_CLOCK_STATUSES, "SUBMITTED"] };
  else if (s !== "all") where.status = s;
  const total = await db.rectificationTask.count({ where });
  const pages = Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pages);
  const tasks = await db.rectificationTask.findMany({
    where,
    select: TASK_SELECT,
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    skip: (page - 1) * BOARD_PAGE_SIZE,
    take: BOARD_PAGE_SIZE,
  });
  return { rows: await toRows(tenantId, tasks, today, true), page, pages, total };
}

export type TaskDetail = TaskRow & {
  activityTitle: string;
  committeeId: string | null;
  reason: string;
  category: string;
  severity: string;
  reports: {
    id: string;
    body: string;
    final: boolean;
    attachmentId: string | null;
    author: string;
    createdAt: Date;
  }[];
  events: {
    id: string;
    fromStatus: RectificationStatus | null;
    toStatus: RectificationStatus;
    reason: string;
    actor: string;
    createdAt: Date;
  }[];
  can: { report: boolean; submit: boolean; accept: boolean; sendBack: boolean; reopen: boolean };
};

/** One task for a member (null when unseen or another city's). */
export async function getTask(tenantId: string, member: Member, id: string, today: string): Promise<TaskDetail | null> {
  if (!isUuid(id)) return null;
  const db = forTenant(tenantId);
  const t = await db.rectificationTask.findFirst({ where: { id } });
  if (!t) return null;
  const activity = await db.oversightActivity.findFirst({
    where: { id: t.activityId },
    select: { id: true, title: true, committeeId: true },
  });
  if (!activity || !seesTask(member, t, activity)) return null;
  const [rows, problem, reports, events] = await Promise.all([
    toRows(tenantId, [t], today),
    db.oversightProblem.findFirst({ where: { id: t.problemId }, select: { category: true, severity: true } }),
    db.rectificationReport.findMany({ where: { taskId: id }, orderBy: { createdAt: "asc" } }),
    db.rectificationEvent.findMany({ where: { taskId: id }, orderBy: { createdAt: "asc" } }),
  ]);
  const userIds = [...reports.map((r) => r.authorId), ...events.map((e) => e.actorId)].filter((x): x is string => !!x);
  const users = new Map(
    (
      await db.user.findMany({ where: { id: { in: [...new Set(userIds)] } }, select: { id: true, displayName: true } })
    ).map((u) => [u.id, u.displayName]),
  );
  const handle = handlesTask(member, t);
  const manage = managesTasksOf(member, activity);
  const row = rows[0]!;
  return {
    ...row,
    activityTitle: activity.title,
    committeeId: activity.committeeId,
    reason: t.reason,
    category: problem?.category ?? "",
    severity: problem?.severity ?? "MODERATE",
    reports: reports.map((r) => ({
      id: r.id,
      body: r.body,
      final: r.final,
      attachmentId: r.attachmentId,
      author: (r.authorId && users.get(r.authorId)) || "",
      createdAt: r.createdAt,
    })),
    events: events.map((e) => ({
      id: e.id,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      reason: e.reason,
      actor: (e.actorId && users.get(e.actorId)) || "",
      createdAt: e.createdAt,
    })),
    can: {
      report: handle && TASK_REPORTABLE_STATUSES.includes(t.status),
      submit: handle && canMoveTask("submit", t.status),
      accept: manage && canMoveTask("accept", t.status),
      sendBack: manage && canMoveTask("sendBack", t.status),
      reopen: manage && canMoveTask("reopen", t.status),
    },
  };
}

/** The task and its activity for a move, or 404 when the member may not see it. */
export async function taskForMove(tenantId: string, member: Member, id: string) {
  const db = forTenant(tenantId);
  const t = await db.rectificationTask.findFirst({ where: { id } });
  const activity = t
    ? await db.oversightActivity.findFirst({
        where: { id: t.activityId },
        select: { id: true, title: true, committeeId: true },
      })
    : null;
  if (!t || !activity || !seesTask(member, t, activity)) throw new AppError("NOT_FOUND");
  return { task: t, activity };
}

/** The problems of an activity with their task, if any (for making tasks). */
export async function problemsForTasks(tenantId: string, activityId: string) {
  const db = forTenant(tenantId);
  const [problems, tasks] = await Promise.all([
    db.oversightProblem.findMany({
      where: { activityId },
      orderBy: { seq: "asc" },
      select: { id: true, seq: true, description: true, unitId: true },
    }),
    db.rectificationTask.findMany({ where: { activityId }, select: { problemId: true, id: true } }),
  ]);
  const made = new Map(tasks.map((t) => [t.problemId, t.id]));
  return problems.map((p) => ({ ...p, taskId: made.get(p.id) ?? null }));
}

/** Counts of an activity's tasks by state and overdue (for the activity page's panel). */
export async function taskSummary(tenantId: string, activityId: string, today: string) {
  const db = forTenant(tenantId);
  const [byStatus, overdue] = await Promise.all([
    db.rectificationTask.groupBy({ by: ["status"], where: { activityId }, _count: { _all: true } }),
    db.rectificationTask.count({
      where: { activityId, status: { in: [...TASK_CLOCK_STATUSES] }, dueOn: { lt: dayToDate(today) } },
    }),
  ]);
  const counts = { OPEN: 0, SUBMITTED: 0, ACCEPTED: 0, RETURNED: 0, REOPENED: 0 } as Record<
    RectificationStatus,
    number
  >;
  for (const g of byStatus) counts[g.status] = g._count._all;
  return { counts, overdue, total: Object.values(counts).reduce((s, n) => s + n, 0) };
}

/** What a board's managers choose from: the problems without a task, the city's units, the accepted tasks (for
 *  the 回头看). At most 200 of each. */
export async function boardChoices(tenantId: string, activityId: string) {
  const db = forTenant(tenantId);
  const [problems, units, accepted] = await Promise.all([
    problemsForTasks(tenantId, activityId),
    db.unit.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.rectificationTask.findMany({
      where: { activityId, status: "ACCEPTED" },
      select: { id: true, problemId: true },
      orderBy: { dueOn: "asc" },
      take: 200,
    }),
  ]);
  const byId = new Map(problems.map((p) => [p.id, p]));
  return {
    problems: problems.filter((p) => !p.taskId).slice(0, 200),
    units,
    accepted: accepted.map((a) => {
      const p = byId.get(a.problemId);
      return { id: a.id, label: p ? `${p.seq}. ${p.description.slice(0, 40)}` : a.id };
    }),
  };
}
