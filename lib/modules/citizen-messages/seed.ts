// Demo citizens' messages (issue #11 item 8), after the stations, the deputies and the working calendar:
// - Shantou 龙湖区's online station (网上人大代表联络站): the seed's 102 messages of two years, all handled
//   ("收集群众意见建议102件，落实办理102件": closed, rated or closed unrated by the city's period), and, in the last
//   month or so, a message in every state along the way (submitted … transferred overdue, due in one working
//   day, hand-back requested, replied, released awaiting a rating, returned, declined, merged);
// - 金平区: the demo deputy's station (光华街道中心站, where the `deputy` and `station` accounts work) with a year of
//   messages and some waiting for them, and more 金平 stations with messages transferred to the city's units;
// - Taiyuan: a year of messages across its stations, and the demo station's waiting ones;
// - every other demo city: its demo station's year and waiting messages (so each city's pages have some, and the
//   cross-tenant sweep finds Liaoyuan's).
// Every message walks the state machine (workflow.ts MOVES, checked here step by step): one timeline event per
// step with its actor and public flag, the unit's replies, the deadline from the city's working-day calendar and
// whether the first reply met it, ratings. Units without a demo account get one (`unit-<code>`, the demo
// password), so every unit step has its actor; 龙湖's online station gets its staff account `station-longhu`.
// Written in one transaction per city with a few INSERT … jsonb_populate_recordset statements. Idempotent per
// city: a city that already has messages is left alone.
import { unsafePrisma } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { workingCalendar, type WorkingCalendar } from "@/lib/modules/calendar";
import { seededRandom, type Rand } from "@/lib/seed/random";
import { seedLock, type SeedTx } from "@/lib/seed/seed-tx";
import { bulkInsert } from "@/lib/seed/unsafe-bulk-insert";
import type { Seeder } from "../define";
import * as W from "./demo-messages";
import type { MessageTemplate } from "./demo-messages";
import { messageSettings, type MessageSettings } from "./settings";
import { afterUnsatisfied, MOVES, type MessageRating, type MessageStatus, type MoveName } from "./workflow";

type Value = string | number | boolean | null;
type Row = Record<string, Value>;
type Unit = { id: string; code: string; name: string; userId: string | null };

/** Where a message is written: its station, the area it concerns, and who acts for the station. */
type Place = {
  stationId: string;
  kind: string;
  /** Areas the message may concern (the station's own, or a district's streets for an online station). */
  areas: { id: string; name: string }[];
  deputyIds: string[];
  /** Accepts or returns (the station's staff or deputy; the office otherwise). */
  handlers: string[];
  /** Checks replies and answers directly (the station's deputy with an account; the office otherwise). */
  checker: string | null;
};

type City = {
  tenantId: string;
  slug: string;
  rand: Rand;
  cal: WorkingCalendar;
  settings: MessageSettings;
  now: Date;
  today: string;
  office: string | null;
  units: Map<string, Unit>;
  receipts: Set<string>;
  /** Messages drawn so far: each message draws from its own generator (`own`), so a journey tried again (it
   *  started too late for today) never shifts the city's other choices, and a city seeds the same messages
   *  whatever the hour. */
  drawn: number;
  messages: Row[];
  events: Row[];
  replies: Row[];
};

type Msg = {
  row: Row;
  status: MessageStatus | null;
  last: Date;
  place: Place;
  tpl: MessageTemplate;
  unit: Unit | null;
  events: Row[];
  replies: Row[];
};

/** "submitted" is the intake's own first event (intake-sql.ts); the rest are the moves. */
type Step = MoveName | "submitted";

/** A step that would land after now: a past journey that started too late (tried again earlier). */
class FutureStep extends Error {}

const RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const MINUTE = 60_000;
/** The ratings job runs at 08:30 Shanghai. */
const JOB_MINUTES = 8 * 60 + 30;

// ---------------------------------------------------------------------------------------------- time

/** `minutes` after midnight of a Shanghai day. */
const atMinutes = (day: string, minutes: number) => new Date(Date.parse(`${day}T00:00:00+08:00`) + minutes * MINUTE);
const dayOf = (d: Date) => todayInShanghai(d);
/** Office hours, 9:00–17:30. */
const officeTime = (c: City, day: string) => atMinutes(day, c.rand.int(9 * 60, 17 * 60 + 30));
/** A citizen writes or rates at any time from 7:00 to 23:00. */
const citizenTime = (c: City, day: string) => atMinutes(day, c.rand.int(7 * 60, 23 * 60));
/** The |n|-th working day before today (n ≥ 1: always a past day). */
const ago = (c: City, n: number) => c.cal.addWorkingDays(c.today, -n);

// --------------------------------------------------------------------------------------------- steps

function newMessage(
  c: City,
  place: Place,
  tpl: MessageTemplate,
  unit: Unit | null,
  opts: { needPhone?: boolean } = {},
) {
  const { rand } = c;
  const area = rand.pick(place.areas);
  const fill = (s: string) => s.replaceAll("{place}", area.name);
  let receipt = "";
  do {
    receipt = Array.from({ length: 10 }, () => rand.pick(RECEIPT_ALPHABET.split(""))).join("");
  } while (c.receipts.has(receipt));
  c.receipts.add(receipt);
  const surname = rand.pick(W.SURNAMES);
  const name = rand.chance(0.7)
    ? rand.chance(0.5)
      ? `${surname}${rand.chance(0.5) ? "先生" : "女士"}`
      : `${surname}${rand.pick(W.GIVEN)}${rand.chance(0.5) ? rand.pick(W.GIVEN) : ""}`
    : null;
  const phone = opts.needPhone || rand.chance(0.8) ? `1380000${String(rand.int(0, 9999)).padStart(4, "0")}` : null;
  const row: Row = {
    id: rand.uuid(),
    tenantId: c.tenantId,
    stationId: place.stationId,
    deputyId: place.deputyIds.length && rand.chance(0.25) ? rand.pick(place.deputyIds) : null,
    category: c.settings.categories.includes(tpl.category) ? tpl.category : c.settings.categories[0]!,
    title: fill(tpl.title),
    body: fill(tpl.body),
    areaId: area.id,
    name,
    phone,
    email: rand.chance(0.1) ? `demo${rand.int(1000, 9999)}@example.com` : null,
    replyByPhone: phone !== null && rand.chance(0.3),
    publishConsent: rand.chance(0.35),
    receiptCode: receipt,
    status: "SUBMITTED",
    unitId: null,
    dueOn: null,
    transferredAt: null,
    firstRepliedAt: null,
    repliedOnTime: null,
    releasedAt: null,
    rating: null,
    ratingComment: null,
    ratedAt: null,
    ratingAskedAt: null,
    reopenCount: 0,
    closedAt: null,
    autoClosed: false,
    reason: null,
    mergedIntoId: null,
    publishedAt: null,
    createdAt: null,
    updatedAt: null,
  };
  const m: Msg = { row, status: null, last: new Date(0), place, tpl, unit, events: [], replies: [] };
  return m;
}

/** One step of the timeline, checked against the state machine (as move-message.ts checks a real move). */
function step(
  c: City,
  m: Msg,
  kind: Step,
  at: Date,
  actorId: string | null,
  extra: { note?: string; unitId?: string | null; to?: MessageStatus } = {},
) {
  const from = m.status;
  let to: MessageStatus;
  let pub: boolean;
  if (kind === "submitted") {
    if (from !== null) throw new Error("demo message submitted twice");
    [to, pub] = ["SUBMITTED", true];
  } else {
    const move = MOVES[kind];
    if (!from || !move.from.includes(from)) throw new Error(`demo ${kind} from ${from}`);
    if (move.reason && !extra.note) throw new Error(`demo ${kind} without a reason`);
    [to, pub] = [extra.to ?? move.to, move.public];
  }
  if (at.getTime() <= m.last.getTime()) at = new Date(m.last.getTime() + c.rand.int(15, 90) * MINUTE);
  if (at.getTime() > c.now.getTime()) throw new FutureStep(`demo ${kind} in the future (${at.toISOString()})`);
  const iso = at.toISOString();
  m.events.push({
    id: c.rand.uuid(),
    tenantId: c.tenantId,
    messageId: m.row.id as string,
    kind,
    fromStatus: from,
    toStatus: to,
    actorId,
    unitId: extra.unitId ?? null,
    note: extra.note ?? "",
    public: pub,
    createdAt: iso,
  });
  if (kind === "submitted") m.row.createdAt = iso;
  m.row.updatedAt = iso;
  m.row.status = to;
  m.status = to;
  m.last = at;
  return at;
}

const handler = (c: City, m: Msg) => (m.place.handlers.length ? c.rand.pick(m.place.handlers) : c.office);
const checker = (c: City, m: Msg) => m.place.checker ?? c.office;

function submit(c: City, m: Msg, at: Date) {
  step(c, m, "submitted", at, null);
}
function accept(c: City, m: Msg, day: string) {
  step(c, m, "accept", officeTime(c, day), handler(c, m));
}
function classify(c: City, m: Msg, day: string) {
  step(c, m, "classify", officeTime(c, day), c.office);
}
function setClock(c: City, m: Msg, unit: Unit, at: Date) {
  m.unit = unit;
  m.row.unitId = unit.id;
  m.row.transferredAt = at.toISOString();
  m.row.dueOn = c.cal.addWorkingDays(dayOf(at), c.settings.replyWorkingDays);
}
function transfer(c: City, m: Msg, day: string, unit: Unit) {
  setClock(c, m, unit, step(c, m, "transfer", officeTime(c, day), c.office, { unitId: unit.id }));
}
function requestHandback(c: City, m: Msg, day: string) {
  step(c, m, "requestHandback", officeTime(c, day), m.unit!.userId, {
    unitId: m.unit!.id,
    note: c.rand.pick(W.HANDBACK_REASONS),
  });
}
function reassign(c: City, m: Msg, day: string, unit: Unit) {
  setClock(c, m, unit, step(c, m, "reassign", officeTime(c, day), c.office, { unitId: unit.id }));
}
function reply(c: City, m: Msg, day: string, body?: string) {
  const at = step(c, m, "reply", officeTime(c, day), m.unit!.userId, { unitId: m.unit!.id });
  const round = (m.row.reopenCount as number) + 1;
  m.replies.push({
    id: c.rand.uuid(),
    tenantId: c.tenantId,
    messageId: m.row.id as string,
    round,
    unitId: m.unit!.id,
    authorId: m.unit!.userId,
    body: body ?? (round === 2 ? W.SECOND_REPLY : m.tpl.reply),
    createdAt: at.toISOString(),
    releasedAt: null,
    sentBackAt: null,
  });
  if (m.row.firstRepliedAt === null) {
    m.row.firstRepliedAt = at.toISOString();
    m.row.repliedOnTime = dayOf(at) <= (m.row.dueOn as string);
  }
}
function sendBack(c: City, m: Msg, day: string) {
  const at = step(c, m, "sendBack", officeTime(c, day), checker(c, m), { note: c.rand.pick(W.SEND_BACK_REASONS) });
  m.replies.at(-1)!.sentBackAt = at.toISOString();
}
function release(c: City, m: Msg, day: string) {
  const at = step(c, m, "release", officeTime(c, day), checker(c, m));
  m.replies.at(-1)!.releasedAt = at.toISOString();
  m.row.releasedAt = at.toISOString();
}
function answer(c: City, m: Msg, day: string) {
  const by = checker(c, m);
  const at = step(c, m, "answer", officeTime(c, day), by);
  m.replies.push({
    id: c.rand.uuid(),
    tenantId: c.tenantId,
    messageId: m.row.id as string,
    round: (m.row.reopenCount as number) + 1,
    unitId: null,
    authorId: by,
    body: c.rand.pick(W.DIRECT_ANSWERS),
    createdAt: at.toISOString(),
    releasedAt: at.toISOString(),
    sentBackAt: null,
  });
  m.row.releasedAt = at.toISOString();
  m.row.firstRepliedAt ??= at.toISOString();
}
/** The citizen's rating: closes the message, or (不满意 on a first answer) reopens it to its unit. */
function rate(c: City, m: Msg, day: string, rating: MessageRating) {
  const comment = c.rand.pick(W.RATING_COMMENTS[rating]);
  const at = citizenTime(c, day);
  const reopened =
    rating === "UNSATISFIED"
      ? afterUnsatisfied({ reopenCount: m.row.reopenCount as number, unitId: m.unit?.id ?? null })
      : "CLOSED";
  if (reopened !== "CLOSED") {
    if (!m.unit) throw new Error("demo reopen of a message without a unit");
    // As rate-message.ts: the rating is kept, the unit gets a fresh deadline from the rating's day.
    const when = step(c, m, "reopen", at, null, { unitId: m.unit.id, to: reopened });
    Object.assign(m.row, {
      rating,
      ratingComment: comment || null,
      ratedAt: when.toISOString(),
      reopenCount: 1,
      dueOn: c.cal.addWorkingDays(dayOf(when), c.settings.replyWorkingDays),
    });
    return;
  }
  const when = step(c, m, "rate", at, null);
  Object.assign(m.row, {
    rating,
    ratingComment: comment || null,
    ratedAt: when.toISOString(),
    closedAt: when.toISOString(),
  });
}
/** No rating: asked once after the city's period (the 08:30 job, follow-up-ratings.ts: ratingAskedAt, no
 *  event), closed by itself after the next one. */
function autoClose(c: City, m: Msg) {
  const released = dayOf(new Date(m.row.releasedAt as string));
  const asked = atMinutes(c.cal.addWorkingDays(released, c.settings.ratingAskWorkingDays), JOB_MINUTES);
  if (asked > c.now) throw new FutureStep("demo rating ask in the future");
  if (m.row.phone || m.row.email) m.row.ratingAskedAt = asked.toISOString();
  const at = step(
    c,
    m,
    "autoClose",
    atMinutes(c.cal.addWorkingDays(released, c.settings.autoCloseWorkingDays), JOB_MINUTES),
    null,
  );
  Object.assign(m.row, { autoClosed: true, closedAt: at.toISOString() });
}

/** The next message's own generator. */
function own(c: City) {
  c.rand = seededRandom(`messages:${c.slug}:${c.drawn++}`);
}

function commit(c: City, m: Msg) {
  c.messages.push(m.row);
  c.events.push(...m.events);
  c.replies.push(...m.replies);
}

// ------------------------------------------------------------------------------------------- journeys

type Ending = MessageRating | "auto";
type Journey = {
  direct?: boolean;
  handback?: boolean;
  sendBack?: boolean;
  late?: boolean;
  first: Ending;
  /** After 不满意 on the first answer (the one reopening). */
  second?: Ending;
};

function otherUnit(c: City, m: Msg): Unit {
  const others = [...c.units.values()].filter((u) => u.id !== m.unit?.id && u.userId);
  return c.rand.pick(others);
}

function ending(c: City, m: Msg, e: Ending) {
  if (e === "auto") autoClose(c, m);
  else rate(c, m, c.cal.addWorkingDays(dayOf(m.last), c.rand.int(1, 8)), e);
}

/** A message from submission to its close, starting on `created`. */
function handled(c: City, place: Place, tpl: MessageTemplate, unit: Unit, created: string, j: Journey): Msg {
  const { rand, cal } = c;
  const m = newMessage(c, place, tpl, null);
  const next = (lo: number, hi: number) => cal.addWorkingDays(dayOf(m.last), rand.int(lo, hi));
  submit(c, m, citizenTime(c, created));
  accept(c, m, next(1, 2));
  if (j.direct) {
    answer(c, m, next(1, 4));
  } else {
    classify(c, m, next(0, 1));
    transfer(c, m, next(0, 1), unit);
    if (j.handback) {
      requestHandback(c, m, next(1, 3));
      reassign(c, m, next(1, 2), otherUnit(c, m));
    }
    reply(c, m, j.late ? cal.addWorkingDays(m.row.dueOn as string, rand.int(1, 4)) : next(3, 13));
    if (j.sendBack) {
      sendBack(c, m, next(1, 2));
      reply(c, m, next(1, 3));
    }
    release(c, m, next(1, 2));
  }
  if (j.first === "UNSATISFIED" && !j.direct) {
    rate(c, m, next(1, 6), "UNSATISFIED");
    reply(c, m, next(3, 10));
    release(c, m, next(1, 2));
    ending(c, m, j.second ?? "BASIC");
  } else ending(c, m, j.first === "UNSATISFIED" ? "BASIC" : j.first);
  if (m.row.publishConsent && m.row.rating && m.row.rating !== "UNSATISFIED" && rand.chance(0.6)) {
    const at = officeTime(c, cal.addWorkingDays(dayOf(m.last), 1));
    if (at < c.now) m.row.publishedAt = at.toISOString();
  }
  return m;
}

/** A closed message created some day in [oldest, newest] days ago, all of it over before `newest - 5` days. */
function pastHandled(
  c: City,
  place: Place,
  tpl: MessageTemplate,
  unit: Unit,
  j: Journey,
  oldest: number,
  newest: number,
): Msg {
  const limit = c.now.getTime() - (newest - 5) * 86_400_000;
  own(c);
  let back = c.rand.int(newest, oldest);
  for (;;) {
    const created = todayInShanghai(new Date(c.now.getTime() - back * 86_400_000));
    try {
      const m = handled(c, place, tpl, unit, created, j);
      if (m.last.getTime() <= limit) return m;
    } catch (err) {
      if (!(err instanceof FutureStep)) throw err;
    }
    back += 30;
  }
}

export type CurrentState =
  | "submitted"
  | "submittedEarlier"
  | "accepted"
  | "classified"
  | "overdue"
  | "dueSoon"
  | "transferred"
  | "sentBack"
  | "reopened"
  | "handback"
  | "replied"
  | "released"
  | "asked"
  | "answered"
  | "returned"
  | "declined"
  | "merged"
  | "closed";

/** A message in flight now (created within the last month or so), in the state named; `j` moves it back by
 *  that many working days (the fixed ones use 0: overdue by 2 working days, due in 1). */
function current(
  c: City,
  place: Place,
  tpl: MessageTemplate,
  unit: Unit,
  state: CurrentState,
  j = 0,
  target?: Msg,
): Msg {
  const { cal, settings } = c;
  const t = (n: number) => ago(c, n + j);
  own(c);
  const m = newMessage(c, place, tpl, null, { needPhone: state === "asked" });
  const before = (T: string) => {
    submit(c, m, citizenTime(c, cal.addWorkingDays(T, -3)));
    accept(c, m, cal.addWorkingDays(T, -2));
    classify(c, m, cal.addWorkingDays(T, -1));
  };
  const transferOn = (T: string) => (before(T), transfer(c, m, T, unit));
  switch (state) {
    case "submitted":
      submit(c, m, new Date(c.now.getTime() - c.rand.int(20, 100) * MINUTE));
      break;
    case "submittedEarlier":
      submit(c, m, citizenTime(c, t(1)));
      break;
    case "accepted":
      submit(c, m, citizenTime(c, t(3)));
      accept(c, m, t(2));
      break;
    case "classified":
      submit(c, m, citizenTime(c, t(5)));
      accept(c, m, t(4));
      classify(c, m, t(2));
      break;
    case "overdue":
      transferOn(cal.addWorkingDays(t(2), -settings.replyWorkingDays));
      break;
    case "dueSoon":
      transferOn(cal.addWorkingDays(cal.addWorkingDays(c.today, 1), -settings.replyWorkingDays));
      break;
    case "transferred":
      transferOn(t(4));
      break;
    case "sentBack":
      transferOn(t(8));
      reply(c, m, t(5));
      sendBack(c, m, t(4));
      break;
    case "reopened":
      transferOn(t(19));
      reply(c, m, t(12));
      release(c, m, t(11));
      rate(c, m, t(6), "UNSATISFIED");
      break;
    case "handback":
      transferOn(t(3));
      requestHandback(c, m, t(2));
      break;
    case "replied":
      transferOn(t(9));
      reply(c, m, t(1));
      break;
    case "released":
      transferOn(t(12));
      reply(c, m, t(4));
      release(c, m, t(3));
      break;
    case "asked": {
      // Released just over the city's asking period ago: asked once, not yet closed unrated.
      const released = t(settings.ratingAskWorkingDays + 1);
      transferOn(cal.addWorkingDays(released, -8));
      reply(c, m, cal.addWorkingDays(released, -1));
      release(c, m, released);
      const at = atMinutes(cal.addWorkingDays(released, settings.ratingAskWorkingDays), JOB_MINUTES);
      m.row.ratingAskedAt = at.toISOString();
      break;
    }
    case "answered":
      submit(c, m, citizenTime(c, t(4)));
      accept(c, m, t(3));
      answer(c, m, t(2));
      break;
    case "returned": {
      submit(c, m, citizenTime(c, t(3)));
      const note = c.rand.pick(W.RETURN_REASONS);
      step(c, m, "return", officeTime(c, t(2)), handler(c, m), { note });
      m.row.reason = note;
      break;
    }
    case "declined": {
      submit(c, m, citizenTime(c, t(6)));
      accept(c, m, t(5));
      classify(c, m, t(4));
      const note = c.rand.pick(W.DECLINE_REASONS);
      step(c, m, "decline", officeTime(c, t(3)), c.office, { note });
      m.row.reason = note;
      break;
    }
    case "merged":
      if (!target) throw new Error("demo merge without a target");
      submit(c, m, citizenTime(c, t(5)));
      accept(c, m, t(4));
      step(c, m, "merge", officeTime(c, t(3)), c.office, { note: W.MERGE_NOTE });
      // The same problem, from another citizen.
      for (const k of ["category", "title", "body", "areaId"]) m.row[k] = target.row[k] ?? null;
      m.row.mergedIntoId = target.row.id as string;
      break;
    case "closed":
      transferOn(t(14));
      reply(c, m, t(8));
      release(c, m, t(7));
      rate(c, m, t(3), "SATISFIED");
      break;
  }
  return m;
}

/** Every state along the way, as the 龙湖 online station shows this month (CLOSED is in its 102). */
const EVERY_STATE: CurrentState[] = [
  "submitted",
  "submittedEarlier",
  "accepted",
  "classified",
  "overdue",
  "dueSoon",
  "transferred",
  "sentBack",
  "reopened",
  "handback",
  "replied",
  "released",
  "asked",
  "answered",
  "returned",
  "declined",
];
/** What waits at a demo account's station (the deputy accepts, the unit replies, the deputy releases …). */
const AT_DEMO_STATION: CurrentState[] = [
  "submitted",
  "submittedEarlier",
  "accepted",
  "transferred",
  "dueSoon",
  "replied",
  "released",
  "closed",
];
const RANDOM_CURRENT: CurrentState[] = [
  "submittedEarlier",
  "accepted",
  "classified",
  "transferred",
  "transferred",
  "replied",
  "released",
  "answered",
  "handback",
  "closed",
  "closed",
];

/** 龙湖's 102, exactly: 88 rated (70 满意, 16 基本满意, 2 不满意 after their one reopening) and 14 closed unrated. */
function longhuJourneys(rand: Rand): Journey[] {
  const out: Journey[] = [];
  const push = (n: number, j: () => Journey) => {
    for (let i = 0; i < n; i++) out.push(j());
  };
  const extras = (): Partial<Journey> => ({
    direct: rand.chance(0.22),
    handback: rand.chance(0.05),
    sendBack: rand.chance(0.06),
    late: rand.chance(0.08),
  });
  push(68, () => ({ ...extras(), first: "SATISFIED" }));
  push(14, () => ({ ...extras(), first: "BASIC" }));
  push(14, () => ({ ...extras(), first: "auto" }));
  for (const second of ["SATISFIED", "SATISFIED", "BASIC", "BASIC", "UNSATISFIED", "UNSATISFIED"] as const)
    out.push({ first: "UNSATISFIED", second, late: rand.chance(0.3) });
  return rand.shuffle(out);
}

/** A journey drawn at random (other stations and cities). */
function randomJourney(rand: Rand): Journey {
  const first = rand.weighted<Ending>([
    ["SATISFIED", 62],
    ["BASIC", 18],
    ["UNSATISFIED", 6],
    ["auto", 14],
  ]);
  return {
    direct: first !== "UNSATISFIED" && rand.chance(0.2),
    handback: rand.chance(0.05),
    sendBack: rand.chance(0.05),
    late: rand.chance(0.1),
    first,
    second:
      first === "UNSATISFIED"
        ? rand.weighted<Ending>([
            ["SATISFIED", 2],
            ["BASIC", 3],
            ["UNSATISFIED", 2],
          ])
        : undefined,
  };
}

// ---------------------------------------------------------------------------------------------- city

/** The units of a city (by code) that some demo template goes to: the first of each template's the city has. */
export function unitsInUse(codes: readonly string[]): string[] {
  return [...new Set(W.TEMPLATES.map((t) => t.units.find((u) => codes.includes(u))).filter((u) => u !== undefined))];
}

/** The accounts this seeder adds to a demo city (the demo password): an account for each unit in use the `unit`
 *  demo account (the city's first unit) does not hold, and 龙湖's online station staff in Shantou. */
export function messageDemoAccounts(slug: string, unitCodes: readonly string[]): string[] {
  return [
    ...unitsInUse(unitCodes)
      .filter((code) => code !== unitCodes[0])
      .map((code) => `unit-${code}`),
    ...(slug === "shantou" ? ["station-longhu"] : []),
  ];
}

/** One city's demo messages; 0 when it already had some. */
export async function seedMessagesFor(tenantId: string, slug: string): Promise<number> {
  const cal = await workingCalendar(tenantId);
  return unsafePrisma.$transaction(
    async (tx: SeedTx) => {
      await seedLock(tx, `lianxin-seed-messages:${slug}`);
      if ((await tx.citizenMessage.count({ where: { tenantId } })) > 0) return 0;
      const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { settings: true } });
      const saved = (tenant.settings ?? {}) as { messages?: Partial<MessageSettings> };
      // Shantou shows the public board (公开栏) of answered messages whose writers agreed, unless it chose otherwise.
      if (slug === "shantou" && saved.messages?.publicBoard === undefined) {
        saved.messages = { ...saved.messages, publicBoard: true };
        await tx.tenant.update({ where: { id: tenantId }, data: { settings: saved as object } });
      }
      const raw = saved.messages ?? {};
      const settings = messageSettings({
        messages: {
          replyWorkingDays: 15,
          ratingAskWorkingDays: 10,
          autoCloseWorkingDays: 15,
          publicBoard: false,
          ...raw,
        },
      });
      const [users, stations, areas, members, unitRows] = await Promise.all([
        tx.user.findMany({
          where: { tenantId },
          select: { id: true, username: true, passwordHash: true, roles: { select: { role: true, scopeId: true } } },
        }),
        tx.liaisonStation.findMany({
          where: { tenantId, active: true },
          select: { id: true, name: true, kind: true, areaId: true },
          orderBy: { name: "asc" },
        }),
        tx.area.findMany({ where: { tenantId }, select: { id: true, name: true, parentId: true } }),
        tx.stationDeputy.findMany({ where: { tenantId }, select: { stationId: true, deputyId: true } }),
        tx.unit.findMany({
          where: { tenantId, active: true },
          select: { id: true, code: true, name: true },
          orderBy: { sortOrder: "asc" },
        }),
      ]);
      if (!stations.length || !unitRows.length) return 0;
      const byName = new Map(users.map((u) => [u.username, u]));
      const office = byName.get("deputy-affairs")?.id ?? null;
      const stationUser = byName.get("station");
      const demoStationId = stationUser?.roles.find((r) => r.role === "station")?.scopeId ?? null;
      const deputyUser = byName.get("deputy")?.id ?? null;
      const demoDeputy = deputyUser
        ? await tx.deputy.findFirst({ where: { tenantId, userId: deputyUser }, select: { id: true } })
        : null;
      const passwordHash = (byName.get("unit") ?? byName.get("deputy-affairs"))?.passwordHash;
      if (!passwordHash) return 0;

      // The rest of the city's units get an account each, and 龙湖's online station its staff account.
      const rand = seededRandom(`messages:${slug}`);
      const units = new Map<string, Unit>();
      const inUse = unitsInUse(unitRows.map((u) => u.code));
      const newUsers: {
        id: string;
        username: string;
        displayName: string;
        role: "unit" | "station";
        scopeId: string;
      }[] = [];
      for (const [i, u] of unitRows.entries()) {
        const holder = users.find((x) => x.roles.some((r) => r.role === "unit" && r.scopeId === u.id));
        let userId = holder?.id ?? byName.get(`unit-${u.code}`)?.id ?? null;
        if (!userId && inUse.includes(u.code)) {
          userId = crypto.randomUUID(); // not from `rand`: a second seeding, with the accounts there, draws the same
          newUsers.push({
            id: userId,
            username: `unit-${u.code}`,
            displayName: W.CLERKS[i % W.CLERKS.length]!,
            role: "unit",
            scopeId: u.id,
          });
        }
        units.set(u.code, { ...u, userId });
      }
      const areaById = new Map(areas.map((a) => [a.id, a]));
      const districtOf = (id: string | null): string | null => {
        let a = id ? areaById.get(id) : undefined;
        while (a?.parentId) a = areaById.get(a.parentId);
        return a?.name ?? null;
      };
      const online = stations.find((s) => s.kind === "ONLINE" && s.name.startsWith("龙湖区"));
      let longhuStaff = byName.get("station-longhu")?.id ?? null;
      if (online && !longhuStaff) {
        longhuStaff = crypto.randomUUID();
        newUsers.push({
          id: longhuStaff,
          username: "station-longhu",
          displayName: "方晓莹",
          role: "station",
          scopeId: online.id,
        });
      }
      if (newUsers.length) {
        await tx.user.createMany({
          data: newUsers.map((u) => ({
            id: u.id,
            tenantId,
            username: u.username,
            displayName: u.displayName,
            passwordHash,
          })),
        });
        await tx.roleAssignment.createMany({
          data: newUsers.map((u) => ({ tenantId, userId: u.id, role: u.role, scopeId: u.scopeId })),
        });
      }

      const deputiesOf = new Map<string, string[]>();
      for (const m of members) deputiesOf.set(m.stationId, [...(deputiesOf.get(m.stationId) ?? []), m.deputyId]);
      const place = (s: (typeof stations)[number]): Place => {
        const own = s.areaId ? areaById.get(s.areaId) : undefined;
        const streets = own ? areas.filter((a) => a.parentId === own.id) : [];
        const isDemo = s.id === demoStationId;
        const deputyIds = deputiesOf.get(s.id) ?? [];
        const hasDemoDeputy = demoDeputy !== null && deputyUser !== null && deputyIds.includes(demoDeputy.id);
        return {
          stationId: s.id,
          kind: s.kind,
          areas: s.kind === "ONLINE" && streets.length ? streets : own ? [own] : areas.slice(0, 1),
          deputyIds,
          handlers: [
            ...(isDemo && stationUser ? [stationUser.id] : []),
            ...(hasDemoDeputy ? [deputyUser] : []),
            ...(s.id === online?.id && longhuStaff ? [longhuStaff] : []),
          ],
          checker: hasDemoDeputy ? deputyUser : null,
        };
      };
      const c: City = {
        tenantId,
        slug,
        rand,
        cal,
        settings,
        now: new Date(),
        today: todayInShanghai(),
        office,
        units,
        receipts: new Set(),
        drawn: 0,
        messages: [],
        events: [],
        replies: [],
      };
      const templates = W.TEMPLATES.map((tpl) => ({
        tpl,
        unit: tpl.units.map((u) => units.get(u)).find(Boolean),
      })).filter((x): x is { tpl: MessageTemplate; unit: Unit } => x.unit !== undefined);
      const pickTpl = () => rand.pick(templates);
      const demo = stations.find((s) => s.id === demoStationId);
      /** The demo unit account's own unit (the unit inbox the e2e signs in to). */
      const demoUnit = [...units.values()].find((u) => u.userId === byName.get("unit")?.id) ?? [...units.values()][0]!;

      if (slug === "shantou") {
        if (online) {
          const p = place(online);
          for (const j of longhuJourneys(rand)) {
            const { tpl, unit } = pickTpl();
            commit(c, pastHandled(c, p, tpl, unit, j, 730, 40));
          }
          const merged = pickTpl();
          const target = current(c, p, merged.tpl, merged.unit, "transferred", 1);
          commit(c, target);
          for (const state of EVERY_STATE) {
            const { tpl, unit } = pickTpl();
            commit(c, current(c, p, tpl, unit, state));
          }
          commit(c, current(c, p, merged.tpl, merged.unit, "merged", 0, target));
        }
        const jinping = stations.filter(
          (s) => districtOf(s.areaId) === "金平区" && s.id !== demoStationId && s.kind !== "ONLINE",
        );
        for (const s of rand.shuffle([...jinping]).slice(0, 16)) {
          const p = place(s);
          for (let k = 0; k < 3; k++) {
            const { tpl, unit } = pickTpl();
            commit(c, pastHandled(c, p, tpl, unit, randomJourney(rand), 365, 35));
          }
          const { tpl, unit } = pickTpl();
          commit(c, current(c, p, tpl, unit, rand.pick(RANDOM_CURRENT), rand.int(0, 3)));
        }
      }
      if (slug === "taiyuan") {
        const others = stations.filter((s) => s.id !== demoStationId);
        for (const s of rand.shuffle([...others]).slice(0, 80)) {
          const p = place(s);
          for (let k = rand.int(1, 2); k > 0; k--) {
            const { tpl, unit } = pickTpl();
            commit(c, pastHandled(c, p, tpl, unit, randomJourney(rand), 365, 35));
          }
          if (rand.chance(0.4)) {
            const { tpl, unit } = pickTpl();
            commit(c, current(c, p, tpl, unit, rand.pick(RANDOM_CURRENT), rand.int(0, 3)));
          }
        }
      }
      // The demo accounts' station: a year of handled messages and what waits for them now, the unit's share
      // transferred to the demo unit account's unit.
      if (demo) {
        const p = place(demo);
        for (let k = 0; k < 20; k++) {
          const { tpl, unit } = pickTpl();
          commit(c, pastHandled(c, p, tpl, unit, randomJourney(rand), 365, 35));
        }
        for (const state of AT_DEMO_STATION) {
          const own = templates.filter((x) => x.unit.id === demoUnit.id);
          const toUnit = !["submitted", "submittedEarlier", "accepted"].includes(state);
          const { tpl } = toUnit && own.length ? rand.pick(own) : pickTpl();
          const m = current(c, p, tpl, demoUnit, state);
          if (state === "submitted" && demoDeputy) m.row.deputyId = demoDeputy.id;
          commit(c, m);
        }
      }

      await bulkInsert(tx, "CitizenMessage", tenantId, c.messages);
      await bulkInsert(tx, "CitizenMessageReply", tenantId, c.replies);
      await bulkInsert(tx, "CitizenMessageEvent", tenantId, c.events);
      return c.messages.length;
    },
    { timeout: 120_000 },
  );
}

export const seedCitizenMessagesDemo: Seeder = async (slugs, log) => {
  for (const slug of slugs) {
    const tenant = await unsafePrisma.tenant.findUnique({ where: { slug }, select: { id: true } });
    if (!tenant || (await unsafePrisma.citizenMessage.count({ where: { tenantId: tenant.id } })) > 0) continue;
    const made = await seedMessagesFor(tenant.id, slug);
    if (made) log(`seeded ${made} citizens' messages for ${slug}`);
  }
};
