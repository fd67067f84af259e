// The handling panel's extra rows for a suggestion the viewer sees (getSuggestion checked it): the replies with
// their letters and ratings, the 三见面 contacts and the leaders' 约见 meetings, oldest first.
import { forTenant } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import type { SuggestionViewer } from "./policy";
import type { SuggestionDetail } from "./queries-suggestion";
import { getSuggestion } from "./queries-suggestion";
import type { ContactStage, ReplyCategory, ReplyKind, Satisfaction } from "./workflow";

export type SuggestionReplyRow = {
  id: string;
  unitId: string;
  kind: ReplyKind;
  category: ReplyCategory;
  body: string;
  reason: string | null;
  promisedOn: string | null;
  letterAttachmentId: string | null;
  createdAt: Date;
  satisfaction: Satisfaction | null;
  satisfactionComment: string | null;
  ratedAt: Date | null;
};

export type SuggestionContactRow = {
  id: string;
  unitId: string;
  stage: ContactStage;
  on: string;
  way: string;
  content: string;
  createdAt: Date;
};

export type SuggestionMeetingRow = {
  id: string;
  leaderId: string;
  on: string;
  place: string;
  participants: string;
  content: string;
  createdAt: Date;
};

export type HandlingRecords = {
  replies: SuggestionReplyRow[];
  contacts: SuggestionContactRow[];
  meetings: SuggestionMeetingRow[];
};

/** The rows of `s`, which the caller read through getSuggestion (so the viewer sees it). */
export async function handlingRecords(tenantId: string, s: Pick<SuggestionDetail, "id">): Promise<HandlingRecords> {
  const db = forTenant(tenantId);
  const [replies, contacts, meetings] = await Promise.all([
    db.suggestionReply.findMany({ where: { suggestionId: s.id }, orderBy: { createdAt: "asc" } }),
    db.suggestionContact.findMany({ where: { suggestionId: s.id }, orderBy: [{ on: "asc" }, { createdAt: "asc" }] }),
    db.suggestionMeeting.findMany({ where: { suggestionId: s.id }, orderBy: [{ on: "asc" }, { createdAt: "asc" }] }),
  ]);
  return {
    replies: replies.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      kind: r.kind,
      category: r.category,
      body: r.body,
      reason: r.reason,
      promisedOn: r.promisedOn ? dateToDay(r.promisedOn) : null,
      letterAttachmentId: r.letterAttachmentId,
      createdAt: r.createdAt,
      satisfaction: r.satisfaction,
      satisfactionComment: r.satisfactionComment,
      ratedAt: r.ratedAt,
    })),
    contacts: contacts.map((c) => ({
      id: c.id,
      unitId: c.unitId,
      stage: c.stage,
      on: dateToDay(c.on),
      way: c.way,
      content: c.content,
      createdAt: c.createdAt,
    })),
    meetings: meetings.map((m) => ({
      id: m.id,
      leaderId: m.leaderId,
      on: dateToDay(m.on),
      place: m.place,
      participants: m.participants,
      content: m.content,
      createdAt: m.createdAt,
    })),
  };
}

/** The same, by id for `viewer`: null when they may not see the suggestion (or it is not this city's). */
export async function getHandlingRecords(
  tenantId: string,
  viewer: SuggestionViewer,
  id: string,
): Promise<HandlingRecords | null> {
  const s = await getSuggestion(tenantId, viewer, id);
  return s ? handlingRecords(tenantId, s) : null;
}
