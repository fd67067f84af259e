// GET /api/v1/{city}/inquiries/{id}: a special inquiry's public record — topic, reasons, research figures, the
// respondent units, the questions and answers in order, the satisfaction vote's results and the rectification's
// progress. Only a published inquiry whose vote is over; anything else (unknown, another city's, unfinished) → 404.
import type { RequestContext } from "@/lib/action";
import { executePublicRead } from "@/lib/public-read";
import { publicInquiry } from "./queries-inquiry";

export const getInquiryForApi = (slug: string, id: string, ctx: RequestContext) =>
  executePublicRead(slug, ctx, async (tenant) => {
    const r = await publicInquiry(tenant.id, id);
    if (!r) return null;
    const v = r.view;
    return {
      id: r.id,
      activityId: r.activityId,
      topic: r.topic,
      committee: r.committee,
      year: r.year,
      status: r.status,
      reasons: v.reasons,
      research: {
        questionnaires: v.questionnaires,
        questionnaireResponses: v.questionnaireResponses,
        forums: v.forums,
        visits: v.visits,
        note: v.researchNote,
      },
      session: { on: v.sessionOn, place: v.sessionPlace },
      respondents: v.respondents.map((x) => ({ id: x.id, unit: x.unitName, officials: x.officials })),
      questions: v.questions.map((x) => ({
        id: x.id,
        seq: x.seq,
        followUpOf: x.parentId,
        questioner: x.questionerName,
        respondent: x.respondentName,
        answerer: x.answererName,
        question: x.question,
        answer: x.answer,
      })),
      votes: r.votes.map((p) => ({
        title: p.title,
        closedAt: p.closedAt?.toISOString() ?? null,
        voters: p.voters,
        voted: p.voted,
        options: p.options,
        items: p.items.map((i) => ({ label: i.label, counts: i.counts })),
      })),
      rectification: r.rectification,
    };
  });
