// Which demo suggestions a city gets, as journeys over demo-suggestions.ts's steps:
// - `handled`: a suggestion of a session (submitted by its deadline, assigned in the batch after it with the day's
//   交办函) or of the recess, taken as far as its plan says: reply A/B/C on time or late, or none yet; the rating,
//   re-handling after 不满意, a B reply's follow-up by its promised day; views, 三见面 contacts, 约见 meetings;
// - `current`: what is in flight now, dated back from today in working days (a draft, one returned for revision,
//   one due in two working days, one overdue, one in its hand-back window …) for the demo accounts.
import { addCalendarDays } from "@/lib/modules/calendar";
import { seededRandom } from "@/lib/seed/random";
import * as D from "./demo-suggestions";
import * as H from "./demo-suggestion-handling";
import type { City, DeputyRef, SessionRef, Sug, UnitRef } from "./demo-suggestions";
import { TOPICS_ONE, type Topic } from "./demo-suggestion-texts";
import { MOTIONS, TOPICS_TWO } from "./demo-suggestion-texts-more";
import type { ReplyCategory, Satisfaction } from "./workflow";

export const TOPICS: readonly Topic[] = [...TOPICS_ONE, ...TOPICS_TWO];

/** The committee that pushes a key suggestion of each category (专委、工委分工促办), the first the city has. */
const PUSHING: Record<string, readonly string[]> = {
  economy: ["finance-economy", "budget"],
  urban: ["urban-rural-environment"],
  environment: ["urban-rural-environment"],
  transport: ["urban-rural-environment"],
  agriculture: ["agriculture-rural", "agriculture-forestry"],
  education: ["education-science-culture-health"],
  health: ["education-science-culture-health"],
  social: ["social-development", "education-science-culture-health"],
  law: ["legislative-affairs", "supervision-judiciary"],
};

export type Ctx = City & {
  demoDeputy: DeputyRef | null;
  demoUnit: UnitRef;
  /** Suggestions drawn so far: each draws from its own generator, so one tried again never shifts the others. */
  drawn: number;
};

export function own(c: Ctx) {
  c.rand = seededRandom(`suggestions:${c.slug}:${c.drawn++}`);
}

const has = (c: City, code: string) => c.units.find((u) => u.code === code);

/** A topic (one the given unit handles, when asked) and its units: the first of its units the city has leads. */
export function topicFor(c: Ctx, unit?: UnitRef): { topic: Topic; lead: UnitRef; assists: UnitRef[] } {
  const mine = unit ? TOPICS.filter((t) => t.units.includes(unit.code)) : [];
  const topic = c.rand.pick(mine.length ? mine : TOPICS);
  const known = topic.units.map((code) => has(c, code)).filter((u): u is UnitRef => u !== undefined);
  const lead = unit ?? known[0] ?? c.rand.pick(c.units);
  const others = known.filter((u) => u.id !== lead.id);
  const n = c.rand.weighted<number>([
    [0, 50],
    [1, 35],
    [2, 15],
  ]);
  return { topic, lead, assists: others.slice(0, n) };
}

export function otherUnit(c: Ctx, not: string): UnitRef {
  return c.rand.pick(c.units.filter((u) => u.id !== not));
}

export function cosigners(c: Ctx, n: number, not: readonly string[]): DeputyRef[] {
  const pool = c.deputies.filter((d) => !not.includes(d.id) && d.id !== c.demoDeputy?.id);
  return c.rand.shuffle([...pool]).slice(0, n);
}

export function keyOf(c: Ctx, topic: Topic, committee?: string) {
  if (!c.leader) return undefined;
  const codes = committee ? [committee] : (PUSHING[topic.category] ?? []);
  const committeeId = codes.map((code) => c.committees.get(code)).find(Boolean) ?? null;
  return { leaderId: c.leader, committeeId };
}

export type Plan = {
  session?: SessionRef;
  /** The day it is assigned (a session's batch day). */
  assignDay: string;
  deputy?: DeputyRef;
  topic?: { topic: Topic; lead: UnitRef; assists: UnitRef[] };
  key?: boolean | string;
  motion?: boolean;
  handback?: boolean;
  /** The final reply's category (a re-handled one first gets C), or null: not replied yet. */
  reply: ReplyCategory | null;
  late?: boolean;
  /** The lead deputy's rating, or null: not rated yet; UNSATISFIED re-handles once. */
  rating?: Satisfaction | null;
  /** After re-handling: the second rating (null: not rated yet). */
  second?: Satisfaction | null;
  contacts?: number;
};

/** A motion: ten deputies or more and a draft law; its replies say what the standing committee did with it. */
function motionTopic(c: Ctx): Topic {
  const m = c.rand.pick(MOTIONS);
  return {
    ...m,
    problem: m.body,
    measures: ["", "", ""],
    a: "常委会主任会议决定将该议案列入本年度立法计划，由相关专门委员会牵头起草，条例草案已提请常委会会议审议。",
    b: "该议案已列入常委会立法规划，相关专门委员会正在开展立法调研，计划于承诺日期前提请审议。",
    c: "经研究，上位法正在修订，待上位法出台后再行研究制定，该议案作为立法调研项目。",
  };
}

/** One suggestion through its plan (see Plan); a plan that would reach past now starts earlier and is tried again. */
export function handled(c: Ctx, p: Plan): Sug {
  own(c);
  for (let back = 0; ; back += 15) {
    const tried: { s?: Sug } = {};
    try {
      return walk(c, p, back, tried);
    } catch (err) {
      if (!(err instanceof D.FutureStep) || back > 200) throw err;
      if (tried.s) D.forgetLetters(c, tried.s.row.id as string);
    }
  }
}

function walk(c: Ctx, p: Plan, back: number, tried: { s?: Sug }): Sug {
  const { rand } = c;
  const assignDay = back && !p.session ? D.wd(c, p.assignDay, -back) : p.assignDay;
  const deputy = p.deputy ?? rand.pick(c.deputies);
  const motion = p.motion ? motionTopic(c) : null;
  const t = p.topic ?? topicFor(c);
  const topic = motion ?? t.topic;
  const s = D.newSuggestion(c, {
    topic,
    deputy,
    session: p.session ?? null,
    kind: motion ? "MOTION" : "SUGGESTION",
  });
  tried.s = s;
  const n = motion
    ? rand.int(10, 13)
    : rand.weighted<number>([
        [0, 40],
        [1, 25],
        [2, 20],
        [4, 15],
      ]);
  const extra = rand.weighted<number>([
    [0, 85],
    [1, 10],
    [2, 5],
  ]);
  const co = cosigners(c, n + extra, [deputy.id]);
  if (p.session) {
    const submitDay = addCalendarDays(p.session.opensOn, rand.int(0, 2));
    D.draft(c, s, addCalendarDays(p.session.opensOn, -rand.int(3, 30)), co);
    D.cosign(c, s, addCalendarDays(submitDay, -1), n);
    if (extra === 2) D.decline(c, s, addCalendarDays(submitDay, -1));
    D.submit(c, s, submitDay);
    D.accept(c, s, D.wd(c, p.session.closesOn, rand.int(1, 6)));
  } else {
    const acceptDay = D.wd(c, assignDay, -rand.int(1, 4));
    const submitDay = D.wd(c, acceptDay, -rand.int(1, 5));
    D.draft(c, s, addCalendarDays(submitDay, -rand.int(1, 12)), co);
    D.cosign(c, s, D.wd(c, submitDay, -1), n);
    if (extra === 2) D.decline(c, s, D.wd(c, submitDay, -1));
    D.submit(c, s, submitDay);
    D.accept(c, s, acceptDay);
  }
  const key = p.key ? keyOf(c, topic, typeof p.key === "string" ? p.key : undefined) : undefined;
  H.assign(c, s, assignDay, t.lead, t.assists, key);
  let roundDay = assignDay;
  if (p.handback) {
    H.requestHandback(c, s, D.wd(c, assignDay, rand.int(2, 5)));
    roundDay = D.wd(c, D.dayOf(s.last), rand.int(1, 3));
    H.reassign(c, s, roundDay, otherUnit(c, t.lead.id));
  }
  const contacts = p.contacts ?? (rand.chance(0.6) ? 3 : rand.chance(0.5) ? 1 : 0);
  if (contacts > 0) H.contact(c, s, D.wd(c, roundDay, rand.int(1, 8)), "BEFORE");
  if (t.assists.length) H.view(c, s, D.wd(c, roundDay, rand.int(6, c.settings.viewWorkingDays)));
  if (s.row.isKey && rand.chance(0.4)) H.meeting(c, s, D.wd(c, roundDay, rand.int(20, 30)));
  if (p.reply === null) return s;
  if (contacts > 2) H.contact(c, s, D.wd(c, roundDay, rand.int(31, 40)), "DURING");
  const due = s.row.dueOn as string;
  const replyDay = p.late
    ? D.wd(c, due, rand.int(1, 12))
    : D.wd(c, roundDay, rand.int(42, c.settings.handlingWorkingDays));
  const rehandle = p.rating === "UNSATISFIED";
  H.reply(c, s, replyDay < D.dayOf(s.last) ? D.dayOf(s.last) : replyDay, rehandle ? "C" : p.reply, rand.int(60, 200));
  if (contacts > 1) H.contact(c, s, D.wd(c, D.dayOf(s.last), 1), "AFTER");
  if (p.rating === null) return s;
  H.rate(c, s, D.wd(c, D.dayOf(s.last), rand.int(2, 10)), p.rating ?? "SATISFIED");
  if (rehandle) {
    H.reply(c, s, D.wd(c, D.dayOf(s.last), rand.int(6, c.settings.rehandleWorkingDays)), p.reply, rand.int(40, 150));
    if (p.second === null) return s;
    H.rate(c, s, D.wd(c, D.dayOf(s.last), rand.int(2, 8)), p.second ?? "BASIC");
  }
  if (s.status === "IN_PLAN") {
    const promised = s.row.promisedOn as string;
    // Delivered by its promised day when that day is past; otherwise it still waits for its follow-up.
    const earliest = D.wd(c, D.dayOf(s.last), 2);
    if (promised < D.wd(c, c.today, -3) && earliest < c.today) {
      const day = addCalendarDays(promised, -rand.int(0, 20));
      H.followUp(c, s, day > earliest ? day : earliest);
    }
  }
  return s;
}
