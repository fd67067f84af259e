// A special inquiry as its pages read it: the research, the respondent units and their officials, the questions
// in the order asked with each follow-up under its question; and, for the public, the finished record with the
// satisfaction vote's results and the rectification's progress. Visibility to a member is the activity's: callers
// check getActivity first.
import { forTenant } from "@/lib/db";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { getPollResults, listPolls, type PollResults } from "@/lib/modules/votes";
import { inquiryIsPublic, threadBy } from "./inquiry-workflow";
import type { InquiryStatus, RectificationStatus } from "./kinds";

export type InquiryQuestionRow = {
  id: string;
  clientKey: string;
  seq: number;
  parentId: string | null;
  questionerName: string;
  respondentId: string | null;
  respondentName: string | null;
  answererName: string;
  question: string;
  answer: string;
  askedAt: string;
};

export type InquiryView = {
  id: string;
  activityId: string;
  status: InquiryStatus;
  reasons: string;
  questionnaires: number;
  questionnaireResponses: number;
  forums: number;
  visits: number;
  researchNote: string;
  sessionOn: string | null;
  sessionPlace: string;
  sessionOpenedAt: string | null;
  sessionClosedAt: string | null;
  respondents: { id: string; unitId: string; unitName: string; officials: string }[];
  questions: InquiryQuestionRow[];
};

/** The inquiry behind an activity (by the activity's id) or by its own id; null when none in this city. */
export async function getInquiryView(
  tenantId: string,
  by: { activityId: string } | { inquiryId: string },
): Promise<InquiryView | null> {
  const id = "activityId" in by ? by.activityId : by.inquiryId;
  if (!isUuid(id)) return null;
  const db = forTenant(tenantId);
  const q = await db.inquiry.findFirst({ where: "activityId" in by ? { activityId: id } : { id } });
  if (!q) return null;
  const [respondents, questions] = await Promise.all([
    db.inquiryRespondent.findMany({ where: { inquiryId: q.id }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
    db.inquiryQuestion.findMany({ where: { inquiryId: q.id }, orderBy: { seq: "asc" }, take: 2000 }),
  ]);
  const units = respondents.length
    ? await db.unit.findMany({
        where: { id: { in: respondents.map((r) => r.unitId) } },
        select: { id: true, name: true },
      })
    : [];
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const rs = respondents.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    unitName: unitName.get(r.unitId) ?? "",
    officials: r.officials,
  }));
  const respondentName = new Map(rs.map((r) => [r.id, r.unitName]));
  return {
    id: q.id,
    activityId: q.activityId,
    status: q.status,
    reasons: q.reasons,
    questionnaires: q.questionnaires,
    questionnaireResponses: q.questionnaireResponses,
    forums: q.forums,
    visits: q.visits,
    researchNote: q.researchNote,
    sessionOn: q.sessionOn ? dateToDay(q.sessionOn) : null,
    sessionPlace: q.sessionPlace,
    sessionOpenedAt: q.sessionOpenedAt?.toISOString() ?? null,
    sessionClosedAt: q.sessionClosedAt?.toISOString() ?? null,
    respondents: rs,
    questions: threadBy(
      questions.map((x) => ({
        id: x.id,
        clientKey: x.clientKey,
        seq: x.seq,
        parentId: x.parentId,
        questionerName: x.questionerName,
        respondentId: x.respondentId,
        respondentName: x.respondentId ? (respondentName.get(x.respondentId) ?? null) : null,
        answererName: x.answererName,
        question: x.question,
        answer: x.answer,
        askedAt: x.askedAt.toISOString(),
      })),
      (x) => x.id,
      (x) => x.parentId,
    ),
  };
}

export type PublicInquiry = {
  id: string;
  activityId: string;
  topic: string;
  committee: string | null;
  year: number;
  summary: string;
  status: InquiryStatus;
  view: InquiryView;
  votes: PollResults[];
  rectification: { total: number; byStatus: Record<RectificationStatus, number>; overdue: number };
};

/** A published inquiry whose vote is over, for everyone; null otherwise (the same 404 as an unknown id). */
export async function publicInquiry(tenantId: string, inquiryId: string): Promise<PublicInquiry | null> {
  const view = await getInquiryView(tenantId, { inquiryId });
  if (!view) return null;
  const db = forTenant(tenantId);
  const a = await db.oversightActivity.findFirst({
    where: { id: view.activityId },
    select: { id: true, title: true, year: true, summary: true, published: true, committeeId: true },
  });
  if (!a || !inquiryIsPublic(view.status, a.published)) return null;
  const [committee, polls, tasks] = await Promise.all([
    a.committeeId ? db.committee.findFirst({ where: { id: a.committeeId }, select: { name: true } }) : null,
    listPolls(tenantId, { activityId: a.id }),
    db.rectificationTask.findMany({ where: { activityId: a.id }, select: { status: true, dueOn: true } }),
  ]);
  const results = await Promise.all(
    polls.filter((p) => p.kind === "SATISFACTION" && p.status === "CLOSED").map((p) => getPollResults(tenantId, p.id)),
  );
  const today = todayInShanghai();
  const byStatus: Record<RectificationStatus, number> = {
    OPEN: 0,
    SUBMITTED: 0,
    ACCEPTED: 0,
    RETURNED: 0,
    REOPENED: 0,
  };
  for (const t of tasks) byStatus[t.status] += 1;
  return {
    id: view.id,
    activityId: a.id,
    topic: a.title,
    committee: committee?.name ?? null,
    year: a.year,
    summary: a.summary,
    status: view.status,
    view,
    votes: results.filter((r): r is PollResults => r !== null),
    rectification: {
      total: tasks.length,
      byStatus,
      overdue: tasks.filter((t) => t.status !== "ACCEPTED" && dateToDay(t.dueOn) < today).length,
    },
  };
}

/** The city's public inquiry records of a year, for the public plan page's links. */
export async function publicInquiriesOfYear(tenantId: string, year: number) {
  const db = forTenant(tenantId);
  const acts = await db.oversightActivity.findMany({
    where: { year, kind: "SPECIAL_INQUIRY", published: true },
    select: { id: true, title: true },
  });
  if (acts.length === 0) return [];
  const inquiries = await db.inquiry.findMany({
    where: { activityId: { in: acts.map((a) => a.id) }, status: { in: ["RECTIFYING", "REVIEW", "CLOSED"] } },
    select: { id: true, activityId: true },
  });
  const title = new Map(acts.map((a) => [a.id, a.title]));
  return inquiries.map((q) => ({ id: q.id, title: title.get(q.activityId) ?? "" }));
}
