// The activity's own actions: create (a special inquiry gets its empty Inquiry row in the same transaction), edit,
// move, record the report heard, and send the deliberation opinions (审议意见) to units, each due to report back
// within the city's working days. Every one checks the policy on the row it touches (another city's → 404).
import { defineAction, type ActionContext } from "@/lib/action";
import { dateToDay, dayToDate } from "@/lib/dates";
import { AppError, notFound } from "@/lib/errors";
import { DOCUMENT_TYPES, IMAGE_TYPES, storeAttachment, type Upload } from "@/lib/modules/attachments";
import { workingCalendar } from "@/lib/modules/calendar";
import { moveActivity } from "./move-activity";
import { creatableCommittees, managesActivity } from "./policy";
import { getActivity, type ActivityDetail } from "./queries-activity";
import {
  createActivitySchema,
  moveActivitySchema,
  recordReportSchema,
  sendOpinionsSchema,
  updateActivitySchema,
} from "./schemas-activity";
import { oversightSettings } from "./settings";

export const OVERSIGHT_MODULE = "oversight";
export const FILE_MAX_BYTES = 20 * 1024 * 1024;

const fieldError = (field: string, key: string) =>
  new AppError("VALIDATION", "VALIDATION", {}, { [field]: [`oversightActivities.errors.${key}`] });

/** The activity for a change by this member: 404 when unseen, 403 when seen but not theirs to manage. */
export async function activityToManage(ctx: ActionContext, id: string): Promise<ActivityDetail> {
  const a = await getActivity(ctx.tenant.id, ctx.member, id);
  if (!a) throw notFound();
  if (!a.may.manage) throw new AppError("FORBIDDEN");
  return a;
}

type Fields = {
  committeeId: string | null;
  regulationId: string | null;
  startOn: string | null;
  endOn: string | null;
  kind: string;
  lawName: string | null;
};

async function checkFields(ctx: ActionContext, f: Fields) {
  if (f.startOn && f.endOn && f.startOn > f.endOn) throw fieldError("endOn", "endBeforeStart");
  const allowed = creatableCommittees(ctx.member);
  if (allowed === false) throw new AppError("FORBIDDEN");
  if (allowed !== null && (!f.committeeId || !allowed.includes(f.committeeId)))
    throw fieldError("committeeId", "committeeNotYours");
  if (f.committeeId && !(await ctx.tx.committee.findFirst({ where: { id: f.committeeId }, select: { id: true } })))
    throw fieldError("committeeId", "unknownCommittee");
  if (f.regulationId && !(await ctx.tx.regulation.findFirst({ where: { id: f.regulationId }, select: { id: true } })))
    throw fieldError("regulationId", "unknownRegulation");
  if (f.kind === "LAW_INSPECTION" && !f.lawName && !f.regulationId) throw fieldError("lawName", "lawRequired");
}

async function planFor(ctx: ActionContext, year: number) {
  const found = await ctx.tx.oversightPlan.findFirst({ where: { year }, select: { id: true } });
  if (found) return found.id;
  const made = await ctx.tx.oversightPlan.upsert({
    where: { tenantId_year: { tenantId: ctx.tenant.id, year } },
    create: { tenantId: ctx.tenant.id, year, title: `${year}` },
    update: {},
    select: { id: true },
  });
  return made.id;
}

const columns = (i: {
  kind: ActivityDetail["kind"];
  year: number;
  title: string;
  summary: string;
  committeeId: string | null;
  lawName: string | null;
  regulationId: string | null;
  plannedQuarter: number | null;
  startOn: string | null;
  endOn: string | null;
  published: boolean;
}) => ({
  kind: i.kind,
  year: i.year,
  title: i.title,
  summary: i.summary,
  committeeId: i.committeeId,
  lawName: i.kind === "LAW_INSPECTION" ? i.lawName : null,
  regulationId: i.kind === "LAW_INSPECTION" ? i.regulationId : null,
  plannedQuarter: i.plannedQuarter,
  startOn: i.startOn ? dayToDate(i.startOn) : null,
  endOn: i.endOn ? dayToDate(i.endOn) : null,
  published: i.published,
});

export const createActivity = defineAction({
  name: "oversight.activity.create",
  permission: "oversight.manage",
  schema: createActivitySchema,
  async run(ctx, input) {
    await checkFields(ctx, input);
    const planId = await planFor(ctx, input.year);
    const a = await ctx.tx.oversightActivity.create({
      data: { tenantId: ctx.tenant.id, planId, ...columns(input), createdById: ctx.member.id },
      select: { id: true },
    });
    await ctx.tx.oversightEvent.create({
      data: {
        tenantId: ctx.tenant.id,
        activityId: a.id,
        fromStatus: null,
        toStatus: "PLANNED",
        actorId: ctx.member.id,
      },
    });
    if (input.kind === "SPECIAL_INQUIRY")
      await ctx.tx.inquiry.create({ data: { tenantId: ctx.tenant.id, activityId: a.id } });
    return {
      result: { id: a.id },
      audit: { action: "oversight.activity.create", entityType: "OversightActivity", entityId: a.id, after: input },
    };
  },
});

export const updateActivity = defineAction({
  name: "oversight.activity.update",
  permission: "oversight.manage",
  schema: updateActivitySchema,
  async run(ctx, input) {
    const a = await activityToManage(ctx, input.id);
    // The kind is fixed once there is an inquiry behind it (or could be one).
    if (input.kind !== a.kind && (a.kind === "SPECIAL_INQUIRY" || input.kind === "SPECIAL_INQUIRY"))
      throw fieldError("kind", "kindFixed");
    await checkFields(ctx, input);
    const planId = input.year === a.year ? a.planId : await planFor(ctx, input.year);
    await ctx.tx.oversightActivity.update({ where: { id: a.id }, data: { ...columns(input), planId } });
    const { id: _id, ...after } = input;
    return {
      result: { id: a.id },
      audit: {
        action: "oversight.activity.update",
        entityType: "OversightActivity",
        entityId: a.id,
        before: { title: a.title, kind: a.kind, year: a.year, committeeId: a.committeeId, published: a.published },
        after,
      },
    };
  },
});

export const changeActivityStatus = defineAction({
  name: "oversight.activity.move",
  permission: "oversight.manage",
  schema: moveActivitySchema,
  async run(ctx, input) {
    const a = await activityToManage(ctx, input.id);
    await moveActivity(ctx.tx, ctx.tenant.id, {
      activity: a,
      to: input.to,
      actorId: ctx.member.id,
      note: input.note,
      data: input.to === "UNDERWAY" && !a.startOn ? { startOn: dayToDate(dateToDay(new Date())) } : undefined,
    });
    return {
      result: { id: a.id, status: input.to },
      audit: {
        action: "oversight.activity.move",
        entityType: "OversightActivity",
        entityId: a.id,
        before: { status: a.status },
        after: { status: input.to, note: input.note },
      },
    };
  },
});

/** Stores a file of the activity (report, photo, unit's report) readable by who may view oversight. */
export async function storeOversightFile(ctx: ActionContext, f: Upload, kind: string, ownerId: string, image = false) {
  const meta = await storeAttachment(
    ctx.tx,
    ctx.tenant.id,
    {
      body: f.body,
      fileName: f.fileName,
      owner: { module: OVERSIGHT_MODULE, kind, id: ownerId },
      allowed: image ? IMAGE_TYPES : [...DOCUMENT_TYPES, ...IMAGE_TYPES],
      maxBytes: FILE_MAX_BYTES,
      access: "oversight.view",
    },
    { userId: ctx.member.id, requestId: ctx.request.requestId },
  );
  return meta.id;
}

/** 审议: the report heard at a meeting; an underway activity moves to REPORTED, a later one keeps its state. */
export const recordReport = defineAction({
  name: "oversight.activity.report",
  permission: "oversight.manage",
  schema: recordReportSchema,
  async run(ctx, input) {
    const a = await activityToManage(ctx, input.id);
    if (a.status === "PLANNED" || a.status === "CANCELLED")
      throw new AppError("CONFLICT", "oversightActivities.errors.notStarted");
    const reportAttachmentId = input.file
      ? await storeOversightFile(ctx, input.file, "oversightReport", a.id)
      : a.reportAttachmentId;
    const data = {
      meeting: input.meeting,
      reportedOn: dayToDate(input.reportedOn),
      reportBody: input.reportBody,
      reportAttachmentId,
    };
    if (a.status === "UNDERWAY")
      await moveActivity(ctx.tx, ctx.tenant.id, { activity: a, to: "REPORTED", actorId: ctx.member.id, data });
    else await ctx.tx.oversightActivity.update({ where: { id: a.id }, data });
    return {
      result: { id: a.id },
      audit: {
        action: "oversight.activity.report",
        entityType: "OversightActivity",
        entityId: a.id,
        after: { meeting: input.meeting, reportedOn: input.reportedOn, file: Boolean(input.file) },
      },
    };
  },
});

/** 审议意见交办: the opinions to the chosen units, each to report back within the working days (the city's setting
 *  unless given); a reported activity moves to OPINIONS_SENT. Units already sent keep their row (its due day). */
export const sendOpinions = defineAction({
  name: "oversight.activity.sendOpinions",
  permission: "oversight.manage",
  schema: sendOpinionsSchema,
  async run(ctx, input) {
    const a = await activityToManage(ctx, input.id);
    if (!["REPORTED", "OPINIONS_SENT", "RECTIFYING"].includes(a.status))
      throw new AppError("CONFLICT", "oversightActivities.errors.notReported");
    if (input.unitIds.length === 0) throw fieldError("unitIds", "unitsRequired");
    const units = await ctx.tx.unit.findMany({ where: { id: { in: input.unitIds } }, select: { id: true } });
    if (units.length !== new Set(input.unitIds).size) throw fieldError("unitIds", "unknownUnit");
    const days = input.reportBackWorkingDays ?? oversightSettings(ctx.tenant.settings).reportBackWorkingDays;
    const dueOn = (await workingCalendar(ctx.tenant.id)).addWorkingDays(input.sentOn, days);
    await ctx.tx.oversightUnitReport.createMany({
      data: units.map((u) => ({
        tenantId: ctx.tenant.id,
        activityId: a.id,
        unitId: u.id,
        sentOn: dayToDate(input.sentOn),
        dueOn: dayToDate(dueOn),
      })),
      skipDuplicates: true,
    });
    const data = {
      opinionsBody: input.opinionsBody,
      opinionsSentOn: dayToDate(input.sentOn),
      reportBackWorkingDays: days,
    };
    if (a.status === "REPORTED")
      await moveActivity(ctx.tx, ctx.tenant.id, { activity: a, to: "OPINIONS_SENT", actorId: ctx.member.id, data });
    else await ctx.tx.oversightActivity.update({ where: { id: a.id }, data });
    return {
      result: { id: a.id, dueOn },
      audit: {
        action: "oversight.activity.sendOpinions",
        entityType: "OversightActivity",
        entityId: a.id,
        after: { unitIds: input.unitIds, sentOn: input.sentOn, dueOn, workingDays: days },
      },
    };
  },
});

export { managesActivity };
