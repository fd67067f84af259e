// Reads of rectification tasks, always scoped to one city (forTenant): one task for a member with its problem,
// reports and timeline; the board of an activity (counts by state, overdue, one page of rows); a unit's inbox.
// The board reads its counts off an index and only one page of rows; its managers' choices are kept between the
// city's actions (scripts/bench-rectification-board.ts).
import { cachedRead } from "@/lib/cache/data-cache";
import { forTenant } from "@/lib/db";
import { dateToDay, dayToDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
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

type BoardPageRow = {
  id: string;
  activityId: string;
  problemId: string;
  unitId: string;
  dueOn: string;
  status: RectificationStatus;
  problemSeq: number | null;
  problem: string | null;
  unitName: string | null;
};

/**
 * One activity's board for a member who may see it (null otherwise, or another city's). After the activity (for
 * the permission), at once: the counts by state with the overdue ones (one pass over the index of
 * (tenantId, activityId, status, dueOn), no table rows), the units with tasks here (the unit filter's choices: one
 * probe per unit of the city), the filtered count when a unit is chosen (else it is one of the counts), and the
 * requested page in deadline order (off (tenantId, activityId, dueOn, id) unless filtered), its 50 problems'
 * numbers and texts and its units' names looked up one by one (LATERAL … LIMIT 1: an index probe each). A page
 * past the last is read again as the last page.
 */
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
  const unitId = filter.unitId && isUuid(filter.unitId) ? filter.unitId : null;
  const status = filter.status ?? null;
  const clock = [...TASK_CLOCK_STATUSES];
  const cond = [Prisma.sql`t."tenantId" = ${tenantId}::uuid`, Prisma.sql`t."activityId" = ${activityId}::uuid`];
  if (unitId) cond.push(Prisma.sql`t."unitId" = ${unitId}::uuid`);
  if (status === "overdue")
    cond.push(Prisma.sql`t."status" = ANY(${clock}::"RectificationStatus"[]) AND t."dueOn" < ${today}::date`);
  else if (status) cond.push(Prisma.sql`t."status" = ${status}::"RectificationStatus"`);
  const readPage = (page: number) =>
    db.$queryRaw<BoardPageRow[]>`
      SELECT t."id"::text AS "id", t."activityId"::text AS "activityId", t."problemId"::text AS "problemId",
             t."unitId"::text AS "unitId", to_char(t."dueOn", 'YYYY-MM-DD') AS "dueOn", t."status"::text AS "status",
             p."seq" AS "problemSeq", p."description" AS "problem", u."name" AS "unitName"
        FROM (SELECT t."id", t."activityId", t."problemId", t."unitId", t."dueOn", t."status"
                FROM "RectificationTask" t
               WHERE ${Prisma.join(cond, " AND ")}
               ORDER BY t."dueOn", t."id"
               LIMIT ${BOARD_PAGE_SIZE} OFFSET ${(page - 1) * BOARD_PAGE_SIZE}) t
        LEFT JOIN LATERAL (SELECT p."seq", p."description" FROM "OversightProblem" p
                            WHERE p."tenantId" = ${tenantId}::uuid AND p."id" = t."problemId" LIMIT 1) p ON TRUE
        LEFT JOIN LATERAL (SELECT u."name" FROM "Unit" u
                            WHERE u."tenantId" = ${tenantId}::uuid AND u."id" = t."unitId" LIMIT 1) u ON TRUE
       ORDER BY t."dueOn", t."id"`;
  const wanted = Number.isFinite(filter.page) ? Math.max(1, Math.floor(filter.page!)) : 1;
  const [byStatus, units, unitCount, firstRead] = await Promise.all([
    db.$queryRaw<{ status: RectificationStatus; n: number; overdue: number }[]>`
      SELECT t."status"::text AS "status", count(*)::int AS "n",
             (count(*) FILTER (WHERE t."status" = ANY(${clock}::"RectificationStatus"[])
                                 AND t."dueOn" < ${today}::date))::int AS "overdue"
        FROM "RectificationTask" t
       WHERE t."tenantId" = ${tenantId}::uuid AND t."activityId" = ${activityId}::uuid
       GROUP BY t."status"`,
    db.$queryRaw<{ id: string; name: string }[]>`
      SELECT u."id"::text AS "id", u."name" FROM "Unit" u
       WHERE u."tenantId" = ${tenantId}::uuid
         AND EXISTS (SELECT 1 FROM "RectificationTask" t
                      WHERE t."tenantId" = ${tenantId}::uuid AND t."unitId" = u."id" AND t."activityId" = ${activityId}::uuid)`,
    unitId
      ? db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS "n" FROM "RectificationTask" t WHERE ${Prisma.join(cond, " AND ")}`
      : null,
    readPage(wanted),
  ]);
  const counts = { OPEN: 0, SUBMITTED: 0, ACCEPTED: 0, RETURNED: 0, REOPENED: 0 } as Record<
    RectificationStatus,
    number
  >;
  let overdue = 0;
  for (const g of byStatus) {
    counts[g.status] = g.n;
    overdue += g.overdue;
  }
  const total = Object.values(counts).reduce((s, n) => s + n, 0);
  const filtered = unitCount
    ? (unitCount[0]?.n ?? 0)
    : status === "overdue"
      ? overdue
      : status
        ? counts[status]
        : total;
  const pages = Math.max(1, Math.ceil(filtered / BOARD_PAGE_SIZE));
  const page = Math.min(wanted, pages);
  const tasks = page === wanted ? firstRead : await readPage(page);
  return {
    activity,
    counts,
    total,
    overdue,
    rows: tasks.map((t) => ({
      id: t.id,
      activityId: t.activityId,
      problemId: t.problemId,
      problemSeq: t.problemSeq ?? 0,
      problem: t.problem ?? "",
      unitId: t.unitId,
      unitName: t.unitName ?? "",
      dueOn: t.dueOn,
      status: t.status,
      overdue: isTaskOverdue(t, today),
    })),
    page,
    pages,
    filtered,
    units: units.sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
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
 *  the 回头看). At most 200 of each. Read in SQL (the problems without a task by an anti-join, the accepted tasks
 *  with their problem joined), not every problem and task of the activity into this process: at 5,000 tasks that
 *  cost ~45 ms a call (scripts/bench-rectification-board.ts). Kept per activity until the city's next action (every
 *  change to problems, tasks and units is one) and for at most 60 s: the anti-join still reads the activity's
 *  every problem and task, and each manager's every board view asks for it again. */
export const boardChoices = cachedRead("oversight.boardChoices", 60, readBoardChoices);
async function readBoardChoices(tenantId: string, activityId: string) {
  const db = forTenant(tenantId);
  const [problems, units, accepted] = await Promise.all([
    db.$queryRaw<{ id: string; seq: number; description: string; unitId: string | null }[]>`
      SELECT p."id"::text AS "id", p."seq", p."description", p."unitId"::text AS "unitId"
        FROM "OversightProblem" p
       WHERE p."tenantId" = ${tenantId}::uuid AND p."activityId" = ${activityId}::uuid
         AND NOT EXISTS (SELECT 1 FROM "RectificationTask" t
                          WHERE t."tenantId" = ${tenantId}::uuid AND t."problemId" = p."id"
                            AND t."activityId" = ${activityId}::uuid)
       ORDER BY p."seq"
       LIMIT 200`,
    db.unit.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.$queryRaw<{ id: string; seq: number | null; description: string | null }[]>`
      SELECT t."id"::text AS "id", p."seq", p."description"
        FROM (SELECT t."id", t."problemId", t."dueOn" FROM "RectificationTask" t
               WHERE t."tenantId" = ${tenantId}::uuid AND t."activityId" = ${activityId}::uuid
                 AND t."status" = 'ACCEPTED'
               ORDER BY t."dueOn", t."id"
               LIMIT 200) t
        LEFT JOIN LATERAL (SELECT p."seq", p."description" FROM "OversightProblem" p
                            WHERE p."tenantId" = ${tenantId}::uuid AND p."id" = t."problemId" LIMIT 1) p ON TRUE
       ORDER BY t."dueOn", t."id"`,
  ]);
  return {
    problems: problems.map((p) => ({ ...p, taskId: null })),
    units,
    accepted: accepted.map((a) => ({
      id: a.id,
      label: a.seq !== null && a.description !== null ? `${a.seq}. ${a.description.slice(0, 40)}` : a.id,
    })),
  };
}
