// The seeded demo's ids the end-to-end tests and the cross-tenant sweep can use (the ids are made when seeding,
// so they are looked up by the seeded titles): Liaoyuan's inquiry, its poll and a task per state, Taiyuan's
// inspections, Shantou's project polls, Jining's filings.
import { forTenant } from "@/lib/db";
import { LIAOYUAN_INQUIRY_TITLE } from "./demo-oversight-liaoyuan";
import { TAIYUAN_TITLES } from "./demo-oversight-taiyuan";

export type SeededOversightIds = {
  planId: string | null;
  inquiryActivityId: string | null;
  inquiryId: string | null;
  inquiryPollId: string | null;
  /** One task per state (OPEN, SUBMITTED, ACCEPTED, RETURNED, REOPENED). */
  taskIds: Record<string, string>;
  inspectionIds: string[];
  projectPollIds: string[];
  filingIds: string[];
};

export async function seededOversightIds(tenantId: string): Promise<SeededOversightIds> {
  const db = forTenant(tenantId);
  const [plan, inquiryActivity, inspections, projectPolls, filings] = await Promise.all([
    db.oversightPlan.findFirst({ where: { year: 2026 }, select: { id: true } }),
    db.oversightActivity.findFirst({
      where: { kind: "SPECIAL_INQUIRY", title: { in: [LIAOYUAN_INQUIRY_TITLE, TAIYUAN_TITLES.inquiry] } },
      select: { id: true },
    }),
    db.oversightActivity.findMany({
      where: {
        kind: "LAW_INSPECTION",
        title: { in: [TAIYUAN_TITLES.air, TAIYUAN_TITLES.food, TAIYUAN_TITLES.business] },
      },
      select: { id: true },
      orderBy: { startOn: "asc" },
    }),
    db.poll.findMany({ where: { kind: "PROJECTS" }, select: { id: true }, orderBy: { openedAt: "asc" } }),
    db.normativeFiling.findMany({ select: { id: true }, orderBy: { filedOn: "asc" } }),
  ]);
  const activityId = inquiryActivity?.id ?? null;
  const [inquiry, poll, tasks] = activityId
    ? await Promise.all([
        db.inquiry.findFirst({ where: { activityId }, select: { id: true } }),
        db.poll.findFirst({ where: { activityId, kind: "SATISFACTION" }, select: { id: true } }),
        db.rectificationTask.findMany({
          where: { activityId },
          select: { id: true, status: true },
          orderBy: { id: "asc" },
        }),
      ])
    : [null, null, []];
  const taskIds: Record<string, string> = {};
  for (const t of tasks) taskIds[t.status] ??= t.id;
  return {
    planId: plan?.id ?? null,
    inquiryActivityId: activityId,
    inquiryId: inquiry?.id ?? null,
    inquiryPollId: poll?.id ?? null,
    taskIds,
    inspectionIds: inspections.map((i) => i.id),
    projectPollIds: projectPolls.map((p) => p.id),
    filingIds: filings.map((f) => f.id),
  };
}
