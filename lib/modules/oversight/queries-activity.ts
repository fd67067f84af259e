// One oversight activity as its console page, its panels and its moves read it: the row, its committee, the
// regulation it inspects, the counts of what it holds, and the policy's view of it for this member — or null when
// it is another city's or this member may not see it (the same 404 as an id that does not exist).
import { forTenant } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { deputyOfUser } from "@/lib/modules/deputies";
import type { Member } from "@/lib/member";
import type { OversightKind, OversightStatus } from "./kinds";
import type { ActivityScope, ActivityViewer } from "./policy";
import { managesActivity, reportsForUnit, seesActivity, viewerUnitIds } from "./policy";
import { ACTIVITY_TRANSITIONS } from "./workflow";

export async function loadActivityViewer(member: Member): Promise<ActivityViewer> {
  if (!member.roles.includes("deputy")) return { ...member, deputyId: null };
  const deputy = await deputyOfUser(member.tenantId, member.id);
  return { ...member, deputyId: deputy?.id ?? null };
}

/** The units an activity concerns: sent opinions, given tasks, or answering in its inquiry. */
export async function activityUnitIds(tenantId: string, activityId: string): Promise<string[]> {
  const db = forTenant(tenantId);
  const [reports, tasks, inquiry] = await Promise.all([
    db.oversightUnitReport.findMany({ where: { activityId }, select: { unitId: true } }),
    db.rectificationTask.findMany({ where: { activityId }, select: { unitId: true }, distinct: ["unitId"] }),
    db.inquiry.findFirst({ where: { activityId }, select: { id: true } }),
  ]);
  const respondents = inquiry
    ? await db.inquiryRespondent.findMany({ where: { inquiryId: inquiry.id }, select: { unitId: true } })
    : [];
  return [...new Set([...reports, ...tasks, ...respondents].map((r) => r.unitId))];
}

export type ActivityDetail = {
  id: string;
  year: number;
  kind: OversightKind;
  status: OversightStatus;
  title: string;
  summary: string;
  committeeId: string | null;
  committeeName: string | null;
  planId: string | null;
  lawName: string | null;
  regulationId: string | null;
  regulationTitle: string | null;
  plannedQuarter: number | null;
  startOn: string | null;
  endOn: string | null;
  statusChangedAt: Date;
  meeting: string;
  reportedOn: string | null;
  reportBody: string;
  reportAttachmentId: string | null;
  opinionsBody: string;
  opinionsSentOn: string | null;
  reportBackWorkingDays: number | null;
  published: boolean;
  createdAt: Date;
  updatedAt: Date;
  inquiryId: string | null;
  counts: { participants: number; points: number; problems: number; unitReports: number; unitReportsDone: number };
  /** What this member may do with it. */
  may: {
    manage: boolean;
    moves: OversightStatus[];
    /** Units of this member that were sent opinions and may report back. */
    reportUnitIds: string[];
  };
  scope: ActivityScope;
};

const day = (d: Date | null) => (d ? dateToDay(d) : null);

export async function getActivity(tenantId: string, member: Member, id: string): Promise<ActivityDetail | null> {
  if (!isUuid(id)) return null;
  const db = forTenant(tenantId);
  const a = await db.oversightActivity.findFirst({ where: { id } });
  if (!a) return null;
  const [viewer, participants, unitIds, points, problems, unitReports, inquiry, committee, regulation] =
    await Promise.all([
      loadActivityViewer(member),
      db.oversightParticipant.findMany({ where: { activityId: id }, select: { userId: true, deputyId: true } }),
      activityUnitIds(tenantId, id),
      db.oversightPoint.count({ where: { activityId: id } }),
      db.oversightProblem.count({ where: { activityId: id } }),
      db.oversightUnitReport.findMany({ where: { activityId: id }, select: { unitId: true, reportedAt: true } }),
      db.inquiry.findFirst({ where: { activityId: id }, select: { id: true } }),
      a.committeeId ? db.committee.findFirst({ where: { id: a.committeeId }, select: { name: true } }) : null,
      a.regulationId ? db.regulation.findFirst({ where: { id: a.regulationId }, select: { title: true } }) : null,
    ]);
  const scope: ActivityScope = {
    committeeId: a.committeeId,
    participantUserIds: participants.flatMap((p) => (p.userId ? [p.userId] : [])),
    participantDeputyIds: participants.flatMap((p) => (p.deputyId ? [p.deputyId] : [])),
    unitIds,
  };
  if (!seesActivity(viewer, scope)) return null;
  const manage = managesActivity(viewer, scope);
  const mine = viewerUnitIds(viewer);
  return {
    id: a.id,
    year: a.year,
    kind: a.kind,
    status: a.status,
    title: a.title,
    summary: a.summary,
    committeeId: a.committeeId,
    committeeName: committee?.name ?? null,
    planId: a.planId,
    lawName: a.lawName,
    regulationId: a.regulationId,
    regulationTitle: regulation?.title ?? null,
    plannedQuarter: a.plannedQuarter,
    startOn: day(a.startOn),
    endOn: day(a.endOn),
    statusChangedAt: a.statusChangedAt,
    meeting: a.meeting,
    reportedOn: day(a.reportedOn),
    reportBody: a.reportBody,
    reportAttachmentId: a.reportAttachmentId,
    opinionsBody: a.opinionsBody,
    opinionsSentOn: day(a.opinionsSentOn),
    reportBackWorkingDays: a.reportBackWorkingDays,
    published: a.published,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    inquiryId: inquiry?.id ?? null,
    counts: {
      participants: participants.length,
      points,
      problems,
      unitReports: unitReports.length,
      unitReportsDone: unitReports.filter((r) => r.reportedAt).length,
    },
    may: {
      manage,
      moves: manage ? [...ACTIVITY_TRANSITIONS[a.status]] : [],
      reportUnitIds: unitReports
        .filter((r) => mine.includes(r.unitId) && reportsForUnit(viewer, r.unitId))
        .map((r) => r.unitId),
    },
    scope,
  };
}

export type ProblemRow = {
  id: string;
  seq: number;
  description: string;
  category: string;
  severity: "MINOR" | "MODERATE" | "SERIOUS";
  pointId: string | null;
  pointPlace: string | null;
  unitId: string | null;
  unitName: string | null;
  photoAttachmentId: string | null;
  createdAt: Date;
};

/** The problems found on an activity (an inquiry's too), by number, with their point and unit. */
export async function listProblems(tenantId: string, activityId: string): Promise<ProblemRow[]> {
  if (!isUuid(activityId)) return [];
  const db = forTenant(tenantId);
  const rows = await db.oversightProblem.findMany({ where: { activityId }, orderBy: { seq: "asc" } });
  const pointIds = [...new Set(rows.flatMap((r) => (r.pointId ? [r.pointId] : [])))];
  const unitIds = [...new Set(rows.flatMap((r) => (r.unitId ? [r.unitId] : [])))];
  const [points, units] = await Promise.all([
    pointIds.length
      ? db.oversightPoint.findMany({ where: { id: { in: pointIds } }, select: { id: true, place: true } })
      : [],
    unitIds.length ? db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }) : [],
  ]);
  const place = new Map(points.map((p) => [p.id, p.place]));
  const unit = new Map(units.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    description: r.description,
    category: r.category,
    severity: r.severity,
    pointId: r.pointId,
    pointPlace: r.pointId ? (place.get(r.pointId) ?? null) : null,
    unitId: r.unitId,
    unitName: r.unitId ? (unit.get(r.unitId) ?? null) : null,
    photoAttachmentId: r.photoAttachmentId,
    createdAt: r.createdAt,
  }));
}
