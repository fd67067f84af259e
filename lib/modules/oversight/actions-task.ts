// The rectification actions: each in the action path (lib/action.ts) — permission, zod, one transaction with its
// audit row. Making tasks from problems; a unit's progress or final report; accept or send back; the 回头看.
import { defineAction, type ActionContext } from "@/lib/action";
import { todayInShanghai, dayToDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { z } from "zod";
import { DOCUMENT_TYPES, IMAGE_TYPES, linkAttachment, storeAttachment, Upload } from "@/lib/modules/attachments";
import { workingCalendar } from "@/lib/modules/calendar";
import { notify } from "@/lib/modules/notifications";
import { oversightSettings } from "./settings";
import { moveTask } from "./move-task";
import { handlesTask, managesTasksOf } from "./policy-rectification";
import { taskForMove } from "./queries-rectification";
import {
  acceptTaskSchema,
  makeTasksSchema,
  recordReviewSchema,
  reportTaskSchema,
  sendBackTaskSchema,
} from "./schemas-rectification";

export const EVIDENCE_KIND = "rectificationEvidence";
const href = (id: string) => `/console/rectification/${id}`;

/** The default deadline of a task made today: the city's rectificationWorkingDays working days from now. */
export async function defaultTaskDueOn(tenant: ActionContext["tenant"], today = todayInShanghai()) {
  const cal = await workingCalendar(tenant.id);
  return cal.addWorkingDays(today, oversightSettings(tenant.settings).rectificationWorkingDays);
}

async function activityFor(ctx: ActionContext, activityId: string) {
  const a = await ctx.tx.oversightActivity.findFirst({
    where: { id: activityId },
    select: { id: true, title: true, committeeId: true },
  });
  if (!a) throw new AppError("NOT_FOUND");
  if (!managesTasksOf(ctx.member, a)) throw new AppError("FORBIDDEN");
  return a;
}

async function tellUnit(ctx: ActionContext, unitId: string, taskId: string, what: string, key: string, title: string) {
  await notify(ctx.tx, ctx.tenant.id, {
    roles: [{ role: "unit", scopeId: unitId }],
    kind: `oversight.rectification.${what}`,
    messageKey: `oversightRectification.notices.${what}`,
    values: { title },
    href: href(taskId),
    dedupeKey: key,
  });
}

/** 交办整改: tasks for a unit from problems of the activity, due in working days unless a day is given. */
export const makeTasks = defineAction({
  name: "rectification.makeTasks",
  permission: "rectification.manage",
  schema: makeTasksSchema,
  timeoutMs: 60_000,
  async run(ctx, input) {
    const activity = await activityFor(ctx, input.activityId);
    const problemIds = [...new Set(input.tasks.map((t) => t.problemId))];
    if (problemIds.length !== input.tasks.length)
      throw new AppError("VALIDATION", "oversightRectification.errors.duplicateProblem");
    const [problems, units, existing] = await Promise.all([
      ctx.tx.oversightProblem.findMany({
        where: { id: { in: problemIds }, activityId: activity.id },
        select: { id: true },
      }),
      ctx.tx.unit.findMany({
        where: { id: { in: [...new Set(input.tasks.map((t) => t.unitId))] } },
        select: { id: true },
      }),
      ctx.tx.rectificationTask.findMany({ where: { problemId: { in: problemIds } }, select: { problemId: true } }),
    ]);
    if (problems.length !== problemIds.length) throw new AppError("NOT_FOUND");
    if (units.length !== new Set(input.tasks.map((t) => t.unitId)).size)
      throw new AppError("VALIDATION", "oversightRectification.errors.unknownUnit");
    if (existing.length) throw new AppError("CONFLICT", "oversightRectification.errors.taskExists");
    const today = todayInShanghai();
    const fallback = await defaultTaskDueOn(ctx.tenant, today);
    for (const t of input.tasks)
      if (t.dueOn && t.dueOn < today) throw new AppError("VALIDATION", "oversightRectification.errors.dueInPast");
    const ids: string[] = [];
    for (const t of input.tasks) {
      const task = await ctx.tx.rectificationTask.create({
        data: {
          tenantId: ctx.tenant.id,
          activityId: activity.id,
          problemId: t.problemId,
          unitId: t.unitId,
          dueOn: dayToDate(t.dueOn ?? fallback),
          createdById: ctx.member.id,
        },
        select: { id: true },
      });
      await ctx.tx.rectificationEvent.create({
        data: { tenantId: ctx.tenant.id, taskId: task.id, fromStatus: null, toStatus: "OPEN", actorId: ctx.member.id },
      });
      await tellUnit(ctx, t.unitId, task.id, "assigned", `rectification:${task.id}:assigned`, activity.title);
      ids.push(task.id);
    }
    return {
      result: { ids },
      audit: ids.map((id, i) => ({
        action: "rectification.makeTask",
        entityType: "RectificationTask",
        entityId: id,
        after: { activityId: activity.id, ...input.tasks[i], dueOn: input.tasks[i]?.dueOn ?? fallback },
      })),
    };
  },
});

/** The unit's progress report (with its evidence); a final one submits the task for acceptance. */
export const reportTask = defineAction({
  name: "rectification.report",
  permission: "rectification.handle",
  // The evidence file itself may come with the form (the server action reads it into an Upload).
  schema: reportTaskSchema.extend({ evidence: z.instanceof(Upload).optional() }),
  async run(ctx, input) {
    const { task, activity } = await taskForMove(ctx.tenant.id, ctx.member, input.id);
    if (!handlesTask(ctx.member, task)) throw new AppError("FORBIDDEN");
    if (!["OPEN", "RETURNED", "REOPENED"].includes(task.status))
      throw new AppError("CONFLICT", "oversightRectification.errors.moveNotAllowed", {
        status: `@oversight.rectificationStatus.${task.status}`,
      });
    if (input.evidence && input.attachmentId)
      throw new AppError("VALIDATION", "oversightRectification.errors.oneEvidence");
    const report = await ctx.tx.rectificationReport.create({
      data: {
        tenantId: ctx.tenant.id,
        taskId: task.id,
        body: input.body,
        final: input.final,
        attachmentId: input.attachmentId ?? null,
        authorId: ctx.member.id,
      },
      select: { id: true },
    });
    if (input.attachmentId)
      await linkAttachment(ctx.tx, ctx.tenant.id, input.attachmentId, {
        module: "oversight",
        kind: EVIDENCE_KIND,
        id: report.id,
      });
    if (input.evidence) {
      const meta = await storeAttachment(
        ctx.tx,
        ctx.tenant.id,
        {
          body: input.evidence.body,
          fileName: input.evidence.fileName,
          owner: { module: "oversight", kind: EVIDENCE_KIND, id: report.id },
          allowed: [...IMAGE_TYPES, ...DOCUMENT_TYPES],
          maxBytes: 20 * 1024 * 1024,
          access: "rectification.view",
        },
        { userId: ctx.member.id, requestId: ctx.request.requestId },
      );
      await ctx.tx.rectificationReport.updateMany({ where: { id: report.id }, data: { attachmentId: meta.id } });
    }
    if (input.final) {
      const { eventId } = await moveTask(ctx.tx, ctx.tenant.id, { task, move: "submit", actorId: ctx.member.id });
      await notify(ctx.tx, ctx.tenant.id, {
        roles: activity.committeeId ? [{ role: "committee", scopeId: activity.committeeId }] : ["admin"],
        kind: "oversight.rectification.submitted",
        messageKey: "oversightRectification.notices.submitted",
        values: { title: activity.title },
        href: href(task.id),
        dedupeKey: `rectification:${task.id}:submitted:${eventId}`,
      });
    }
    return {
      result: { id: task.id, reportId: report.id },
      audit: {
        action: input.final ? "rectification.finalReport" : "rectification.progress",
        entityType: "RectificationTask",
        entityId: task.id,
        after: { reportId: report.id, final: input.final, attachmentId: input.attachmentId ?? null },
      },
    };
  },
});

async function decide(ctx: ActionContext, id: string, move: "accept" | "sendBack", reason?: string) {
  const { task, activity } = await taskForMove(ctx.tenant.id, ctx.member, id);
  if (!managesTasksOf(ctx.member, activity)) throw new AppError("FORBIDDEN");
  const { eventId } = await moveTask(ctx.tx, ctx.tenant.id, { task, move, actorId: ctx.member.id, reason });
  await tellUnit(
    ctx,
    task.unitId,
    task.id,
    move === "accept" ? "accepted" : "returned",
    `rectification:${task.id}:${eventId}`,
    activity.title,
  );
  return {
    result: { id: task.id },
    audit: {
      action: move === "accept" ? "rectification.accept" : "rectification.sendBack",
      entityType: "RectificationTask",
      entityId: task.id,
      before: { status: task.status },
      after: { status: move === "accept" ? "ACCEPTED" : "RETURNED", ...(reason ? { reason } : {}) },
    },
  };
}

/** 验收: the committee accepts a submitted task. */
export const acceptTask = defineAction({
  name: "rectification.accept",
  permission: "rectification.manage",
  schema: acceptTaskSchema,
  run: (ctx, input) => decide(ctx, input.id, "accept"),
});

/** 退回: the committee sends a submitted task back with the reason the unit reads. */
export const sendBackTask = defineAction({
  name: "rectification.sendBack",
  permission: "rectification.manage",
  schema: sendBackTaskSchema,
  run: (ctx, input) => decide(ctx, input.id, "sendBack", input.reason),
});

/** 回头看: the review of an activity months later, reopening the accepted tasks that regressed. */
export const recordReview = defineAction({
  name: "rectification.review",
  permission: "rectification.manage",
  schema: recordReviewSchema,
  timeoutMs: 60_000,
  async run(ctx, input) {
    const activity = await activityFor(ctx, input.activityId);
    if (input.reviewedOn > todayInShanghai())
      throw new AppError("VALIDATION", "oversightRectification.errors.reviewInFuture");
    const review = await ctx.tx.oversightReview.create({
      data: {
        tenantId: ctx.tenant.id,
        activityId: activity.id,
        reviewedOn: dayToDate(input.reviewedOn),
        note: input.note,
        createdById: ctx.member.id,
      },
      select: { id: true },
    });
    const taskIds = [...new Set(input.reopen.map((r) => r.taskId))];
    const tasks = await ctx.tx.rectificationTask.findMany({
      where: { id: { in: taskIds }, activityId: activity.id },
      select: { id: true, status: true, unitId: true },
    });
    if (tasks.length !== taskIds.length) throw new AppError("NOT_FOUND");
    const byId = new Map(tasks.map((t) => [t.id, t]));
    for (const r of input.reopen) {
      const t = byId.get(r.taskId)!;
      await moveTask(ctx.tx, ctx.tenant.id, {
        task: t,
        move: "reopen",
        actorId: ctx.member.id,
        reason: r.reason,
        reviewId: review.id,
      });
      await tellUnit(ctx, t.unitId, t.id, "reopened", `rectification:${t.id}:reopened:${review.id}`, activity.title);
    }
    return {
      result: { reviewId: review.id, reopened: taskIds.length },
      audit: [
        {
          action: "rectification.review",
          entityType: "OversightActivity",
          entityId: activity.id,
          after: { reviewId: review.id, reviewedOn: input.reviewedOn, reopened: taskIds },
        },
        ...input.reopen.map((r) => ({
          action: "rectification.reopen",
          entityType: "RectificationTask",
          entityId: r.taskId,
          after: { status: "REOPENED", reason: r.reason, reviewId: review.id },
        })),
      ],
    };
  },
});
