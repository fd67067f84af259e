// The demo suggestions' steps from 交办 on (demo-suggestions.ts has the first ones and the timeline's step): the
// rounds of units with their 交办函, hand-backs, views, 三见面 contacts, 约见 meetings, replies, ratings,
// re-handling and a B reply's follow-up — each as the module's own action leaves its rows.
import * as X from "./demo-suggestion-texts-more";
import { actorOf, atMinutes, dayOf, deputyTime, letterFor, letterNote, officeTime, step, wd } from "./demo-suggestions";
import type { City, Sug, UnitRef } from "./demo-suggestions";
import { afterRating, type ContactStage, type ReplyCategory, type Satisfaction } from "./workflow";

function startRound(c: City, s: Sug, day: string, at: Date, lead: UnitRef, assists: UnitRef[], round: number) {
  const dueOn = wd(c, day, c.settings.handlingWorkingDays);
  const viewDueOn = wd(c, day, c.settings.viewWorkingDays);
  for (const [u, role] of [[lead, "LEAD"], ...assists.map((a) => [a, "ASSIST"])] as [UnitRef, string][]) {
    const letter = letterFor(c, day, u, s.row.id as string);
    s.asg.push({
      id: c.rand.uuid(),
      tenantId: c.tenantId,
      suggestionId: s.row.id as string,
      unitId: u.id,
      role,
      round,
      assignedAt: at.toISOString(),
      dueOn,
      active: true,
      endedAt: null,
      handbackRequestedAt: null,
      handbackReason: null,
      viewDueOn: role === "ASSIST" ? viewDueOn : null,
      viewBody: null,
      viewAt: null,
      viewById: null,
      viewAttachmentId: null,
      letterId: letter.id as string,
    });
  }
  Object.assign(s.row, { leadUnitId: lead.id, assignedAt: at.toISOString(), dueOn });
}

/** 交办: the lead and assisting units on the city's clock, with the day's 交办函; a key one is marked too. */
export function assign(
  c: City,
  s: Sug,
  day: string,
  lead: UnitRef,
  assists: UnitRef[],
  key?: { leaderId: string; committeeId: string | null },
) {
  const at = step(c, s, "assign", officeTime(c, day), c.office, { unitId: lead.id });
  startRound(c, s, day, at, lead, assists, 1);
  if (key) {
    step(c, s, "markKey", at, c.office);
    Object.assign(s.row, { isKey: true, supervisingLeaderId: key.leaderId, pushingCommitteeId: key.committeeId });
  }
  step(c, s, "letter", atMinutes(day, 17 * 60 + 10), c.office, {
    unitId: lead.id,
    note: letterNote(c, day, lead.id),
  });
}

const lead = (s: Sug) => s.asg.find((a) => a.active && a.role === "LEAD")!;
const unitOf = (c: City, id: string) => c.units.find((u) => u.id === id)!;

export function requestHandback(c: City, s: Sug, day: string) {
  const a = lead(s);
  const note = c.rand.pick(X.HANDBACK_REASONS);
  const at = step(c, s, "requestHandback", officeTime(c, day), unitOf(c, a.unitId as string).userId, {
    unitId: a.unitId as string,
    note,
  });
  Object.assign(a, { handbackRequestedAt: at.toISOString(), handbackReason: note });
}
/** The office grants the hand-back: the round ends, a new one starts with another lead unit and a new clock. */
export function reassign(c: City, s: Sug, day: string, to: UnitRef) {
  const at = step(c, s, "reassign", officeTime(c, day), c.office, { unitId: to.id });
  const round = (s.asg.at(-1)!.round as number) + 1;
  const assists = s.asg.filter((a) => a.active && a.role === "ASSIST").map((a) => unitOf(c, a.unitId as string));
  for (const a of s.asg) if (a.active) Object.assign(a, { active: false, endedAt: at.toISOString() });
  startRound(
    c,
    s,
    day,
    at,
    to,
    assists.filter((u) => u.id !== to.id),
    round,
  );
  step(c, s, "letter", atMinutes(day, 17 * 60 + 10), c.office, { unitId: to.id, note: letterNote(c, day, to.id) });
}
export function refuseHandback(c: City, s: Sug, day: string) {
  step(c, s, "refuseHandback", officeTime(c, day), c.office, { note: X.REFUSE_HANDBACK_REASON });
}

/** An assisting unit's view to the lead unit. */
export function view(c: City, s: Sug, day: string) {
  for (const a of s.asg.filter((x) => x.active && x.role === "ASSIST" && !x.viewAt)) {
    const u = unitOf(c, a.unitId as string);
    const at = step(c, s, "view", officeTime(c, day), u.userId, { unitId: u.id });
    Object.assign(a, { viewBody: X.VIEW_BODY, viewAt: at.toISOString(), viewById: u.userId });
  }
}

export function contact(c: City, s: Sug, day: string, stage: ContactStage) {
  const u = unitOf(c, lead(s).unitId as string);
  const at = step(c, s, "contact", officeTime(c, day), u.userId, { unitId: u.id });
  s.contacts.push({
    id: c.rand.uuid(),
    tenantId: c.tenantId,
    suggestionId: s.row.id as string,
    unitId: u.id,
    stage,
    on: day,
    way: c.rand.pick(["visit", "meeting", "phone", "online", "site"]),
    content: c.rand.pick(X.CONTACT_CONTENTS[stage]),
    authorId: u.userId,
    createdAt: at.toISOString(),
  });
}

export function meeting(c: City, s: Sug, day: string) {
  const leaderId = (s.row.supervisingLeaderId as string | null) ?? c.leader;
  if (!leaderId) return;
  const m = c.rand.pick(X.MEETINGS);
  const at = step(c, s, "meeting", officeTime(c, day), leaderId);
  s.meetings.push({
    id: c.rand.uuid(),
    tenantId: c.tenantId,
    suggestionId: s.row.id as string,
    leaderId,
    on: day,
    place: m.place,
    participants: "领衔代表、承办单位负责同志、代表工作机构",
    content: m.content,
    authorId: leaderId,
    createdAt: at.toISOString(),
  });
}

/** The lead unit's reply; B promises a day `promiseDays` calendar days on. */
export function reply(c: City, s: Sug, day: string, category: ReplyCategory, promiseDays = 120) {
  const a = lead(s);
  const u = unitOf(c, a.unitId as string);
  const at = step(c, s, "reply", officeTime(c, day), u.userId, { unitId: u.id });
  const rehandle = (s.row.rehandleCount as number) > 0;
  const promisedOn = category === "B" ? dayOf(new Date(at.getTime() + promiseDays * 86_400_000)) : null;
  const t = s.topic;
  const body = category === "A" ? t.a : category === "B" ? t.b : `经认真研究，${t.c}`;
  s.replies.push({
    id: c.rand.uuid(),
    tenantId: c.tenantId,
    suggestionId: s.row.id as string,
    unitId: u.id,
    authorId: u.userId,
    kind: rehandle ? "REHANDLE" : "FIRST",
    category,
    body: rehandle ? `${X.REHANDLE_BODY}${body}` : body,
    reason: category === "C" ? t.c : null,
    promisedOn,
    letterAttachmentId: null,
    createdAt: at.toISOString(),
    satisfaction: null,
    satisfactionComment: null,
    ratedAt: null,
    ratedById: null,
  });
  Object.assign(s.row, { replyCategory: category, promisedOn });
  if (s.row.firstRepliedAt === null) {
    s.row.firstRepliedAt = at.toISOString();
    s.row.repliedOnTime = dayOf(at) <= (s.row.dueOn as string);
  }
}

/** The lead deputy's rating: closes it, waits for a B reply's follow-up, or (不满意, once) opens re-handling. */
export function rate(c: City, s: Sug, day: string, satisfaction: Satisfaction) {
  const r = s.replies.at(-1)!;
  const next = afterRating({
    satisfaction,
    replyCategory: r.category as ReplyCategory,
    rehandleCount: s.row.rehandleCount as number,
    rehandleAllowance: s.row.rehandleAllowance as number,
  });
  const note = c.rand.pick(X.RATING_COMMENTS[satisfaction]);
  // The timeline names the step; the rating and its comment show on the reply (as rate-suggestion.ts).
  const at = step(c, s, next.move, deputyTime(c, day), actorOf(c, s.deputy), { to: next.to });
  Object.assign(r, {
    satisfaction,
    satisfactionComment: note || null,
    ratedAt: at.toISOString(),
    ratedById: actorOf(c, s.deputy),
  });
  Object.assign(s.row, { satisfaction, ratedAt: at.toISOString() });
  if (next.move === "rehandle") {
    const dueOn = wd(c, dayOf(at), c.settings.rehandleWorkingDays);
    for (const a of s.asg) if (a.active) a.dueOn = dueOn;
    Object.assign(s.row, { rehandleCount: (s.row.rehandleCount as number) + 1, dueOn, promisedOn: null });
  } else if (next.to === "CLOSED") s.row.closedAt = at.toISOString();
}

/** A B reply's follow-up: delivered, closed. */
export function followUp(c: City, s: Sug, day: string) {
  const u = unitOf(c, lead(s).unitId as string);
  const at = step(c, s, "followUp", officeTime(c, day), u.userId, { unitId: u.id });
  s.replies.push({
    ...s.replies.at(-1)!,
    id: c.rand.uuid(),
    kind: "FOLLOW_UP",
    category: "A",
    body: X.FOLLOW_UP_BODY,
    reason: null,
    promisedOn: null,
    createdAt: at.toISOString(),
    satisfaction: null,
    satisfactionComment: null,
    ratedAt: null,
    ratedById: null,
  });
  Object.assign(s.row, { replyCategory: "A", followUpDoneAt: at.toISOString(), closedAt: at.toISOString() });
}
