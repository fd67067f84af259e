// Read side of receptions: a station's records, one record with its deputies present, issues and photos, and the
// open issues of a set of stations. All through the tenant guard.
import { forTenant } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { listAttachments, type AttachmentMeta } from "@/lib/modules/attachments";
import { deputiesByIds, type DeputyBrief } from "@/lib/modules/deputies";
import type { IssueStatus } from "./workflow";

export type ReceptionIssueRow = { id: string; category: string; content: string; status: IssueStatus };
export type ReceptionRecordDetail = {
  id: string;
  stationId: string;
  stationName: string;
  receptionDayId: string | null;
  day: string;
  peopleReceived: number;
  summary: string;
  createdAt: Date;
  deputies: DeputyBrief[];
  issues: ReceptionIssueRow[];
  photos: AttachmentMeta[];
};

/** One reception record of the city with what it names, or null (unknown id, or another city's). */
export async function getReceptionRecord(tenantId: string, id: string): Promise<ReceptionRecordDetail | null> {
  if (!isUuid(id)) return null;
  const db = forTenant(tenantId);
  const row = await db.receptionRecord.findFirst({
    where: { id },
    select: {
      id: true,
      stationId: true,
      receptionDayId: true,
      day: true,
      peopleReceived: true,
      summary: true,
      createdAt: true,
    },
  });
  if (!row) return null;
  const [station, attendance, issues, photos] = await Promise.all([
    db.liaisonStation.findFirst({ where: { id: row.stationId }, select: { name: true } }),
    db.receptionAttendance.findMany({ where: { recordId: id }, select: { deputyId: true } }),
    db.receptionIssue.findMany({
      where: { recordId: id },
      select: { id: true, category: true, content: true, status: true },
      orderBy: { id: "asc" },
    }),
    listAttachments(tenantId, { module: "stations", kind: "receptionPhoto", id }),
  ]);
  const deputies = await deputiesByIds(
    tenantId,
    attendance.map((a) => a.deputyId),
  );
  return {
    ...row,
    day: dateToDay(row.day),
    stationName: station?.name ?? "",
    deputies: [...deputies.values()].sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    issues,
    photos,
  };
}

export type ReceptionRecordRow = {
  id: string;
  day: string;
  peopleReceived: number;
  summary: string;
  deputies: number;
  issues: number;
  openIssues: number;
};

/** A station's records, newest first (at most `limit`). */
export async function listReceptionRecords(
  tenantId: string,
  stationId: string,
  limit = 200,
): Promise<ReceptionRecordRow[]> {
  if (!isUuid(stationId)) return [];
  const db = forTenant(tenantId);
  const rows = await db.receptionRecord.findMany({
    where: { stationId },
    select: { id: true, day: true, peopleReceived: true, summary: true },
    orderBy: [{ day: "desc" }, { id: "desc" }],
    take: limit,
  });
  const ids = rows.map((r) => r.id);
  const [att, issues] = await Promise.all([
    db.receptionAttendance.groupBy({ by: ["recordId"], where: { recordId: { in: ids } }, _count: { _all: true } }),
    db.receptionIssue.groupBy({
      by: ["recordId", "status"],
      where: { recordId: { in: ids } },
      _count: { _all: true },
    }),
  ]);
  const attBy = new Map(att.map((a) => [a.recordId, a._count._all]));
  return rows.map((r) => {
    const mine = issues.filter((i) => i.recordId === r.id);
    return {
      ...r,
      day: dateToDay(r.day),
      deputies: attBy.get(r.id) ?? 0,
      issues: mine.reduce((n, i) => n + i._count._all, 0),
      openIssues: mine.filter((i) => i.status !== "SOLVED").reduce((n, i) => n + i._count._all, 0),
    };
  });
}
