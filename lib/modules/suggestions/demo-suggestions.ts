// The demo suggestions' steps, pure: each suggestion walks the state machine (workflow.ts MOVES, checked here step
// by step as move-suggestion.ts checks a real move), writing its timeline events with their actors and the rows
// each step leaves (signers, assignments, views, 三见面 contacts, replies, ratings, 约见 meetings, 交办函). Times are
// office hours of working days from the city's calendar; a step after now throws FutureStep (the plan started too
// late). demo-suggestion-handling.ts has the steps from 交办 on; demo-suggestion-plans.ts says which suggestions a city
// gets and when.
import { todayInShanghai } from "@/lib/dates";
import type { WorkingCalendar } from "@/lib/modules/calendar";
import type { Rand } from "@/lib/seed/random";
import type { Topic } from "./demo-suggestion-texts";
import * as X from "./demo-suggestion-texts-more";
import type { SuggestionSettings } from "./settings";
import { MOVES, type MoveName, type SuggestionStatus } from "./workflow";

type Value = string | number | boolean | null | string[];
export type Row = Record<string, Value>;
export type UnitRef = { id: string; code: string; userId: string };
export type DeputyRef = { id: string; name: string; userId: string | null; delegation: string };
export type SessionRef = { id: string; year: number; opensOn: string; closesOn: string; deadlineOn: string };

export type City = {
  tenantId: string;
  slug: string;
  cityName: string;
  rand: Rand;
  cal: WorkingCalendar;
  settings: SuggestionSettings;
  now: Date;
  today: string;
  office: string;
  leader: string | null;
  units: UnitRef[];
  committees: Map<string, string>;
  deputies: DeputyRef[];
  districts: string[];
  /** 交办函 by day and unit (one letter per unit and batch), numbered per year at the end (numberLetters). */
  letters: Map<string, Row>;
};

export type Sug = {
  row: Row;
  status: SuggestionStatus | null;
  last: Date;
  topic: Topic;
  deputy: DeputyRef;
  signers: Row[];
  asg: Row[];
  replies: Row[];
  contacts: Row[];
  meetings: Row[];
  events: Row[];
};

export class FutureStep extends Error {}

const MINUTE = 60_000;
export const atMinutes = (day: string, minutes: number) =>
  new Date(Date.parse(`${day}T00:00:00+08:00`) + minutes * MINUTE);
export const dayOf = (d: Date) => todayInShanghai(d);
/** Office hours, 8:30–16:30 (the 交办函 of the day goes out at 17:10, after that day's assignments). */
export const officeTime = (c: City, day: string) => atMinutes(day, c.rand.int(8 * 60 + 30, 16 * 60 + 30));
/** A deputy writes, confirms and rates at any time from 7:30 to 22:30. */
export const deputyTime = (c: City, day: string) => atMinutes(day, c.rand.int(7 * 60 + 30, 22 * 60 + 30));
export const wd = (c: City, day: string, n: number) => c.cal.addWorkingDays(day, n);

/** Who acts for a deputy: their own account, else the office entering it on their behalf. */
export const actorOf = (c: City, d: DeputyRef) => d.userId ?? c.office;

export function newSuggestion(
  c: City,
  o: { topic: Topic; deputy: DeputyRef; kind?: "MOTION" | "SUGGESTION"; session?: SessionRef | null; title?: string },
): Sug {
  const place = c.rand.pick(c.districts);
  const fill = (s: string) => s.replaceAll("{place}", place).replaceAll("{city}", c.cityName);
  const t = o.topic;
  const ms = c.rand.shuffle([...t.measures]).slice(0, 3);
  const body = `${fill(t.problem)}为此建议：一是${ms[0]}；二是${ms[1]}；三是${ms[2]}。`;
  const category = c.settings.categories.includes(t.category) ? t.category : c.settings.categories[0]!;
  const row: Row = {
    id: c.rand.uuid(),
    tenantId: c.tenantId,
    kind: o.kind ?? "SUGGESTION",
    timing: o.session ? "SESSION" : "RECESS",
    sessionId: o.session?.id ?? null,
    year: o.session?.year ?? 0,
    number: null,
    title: fill(o.title ?? t.title),
    body: o.kind === "MOTION" ? fill(t.problem) : body,
    category,
    leadDeputyId: o.deputy.id,
    delegation: o.deputy.delegation,
    status: "DRAFT",
    createdById: actorOf(c, o.deputy),
    onBehalf: o.deputy.userId === null,
    submittedAt: null,
    reason: null,
    convertedAt: null,
    mergedIntoId: null,
    acceptedAt: null,
    isKey: false,
    supervisingLeaderId: null,
    pushingCommitteeId: null,
    leadUnitId: null,
    assignedAt: null,
    dueOn: null,
    replyCategory: null,
    firstRepliedAt: null,
    repliedOnTime: null,
    promisedOn: null,
    followUpDoneAt: null,
    satisfaction: null,
    ratedAt: null,
    rehandleCount: 0,
    rehandleAllowance: 1,
    closedAt: null,
    publishedAt: null,
    createdAt: null,
    updatedAt: null,
  };
  return {
    row,
    status: null,
    last: new Date(0),
    topic: t,
    deputy: o.deputy,
    signers: [],
    asg: [],
    replies: [],
    contacts: [],
    meetings: [],
    events: [],
  };
}

type Kind =
  | MoveName
  | "create"
  | "invite"
  | "cosign"
  | "declineCosign"
  | "view"
  | "contact"
  | "meeting"
  | "letter"
  | "markKey"
  | "publish";

/** One timeline row, checked against the state machine for a move; records keep the state. */
export function step(
  c: City,
  s: Sug,
  kind: Kind,
  at: Date,
  actorId: string | null,
  extra: { note?: string; unitId?: string | null; to?: SuggestionStatus } = {},
): Date {
  const from = s.status;
  let to: SuggestionStatus;
  if (kind === "create") {
    if (from !== null) throw new Error("demo suggestion created twice");
    to = "DRAFT";
  } else if (kind in MOVES) {
    const move = MOVES[kind as MoveName];
    if (!from || !move.from.includes(from)) throw new Error(`demo ${kind} from ${from}`);
    if (move.reason && !extra.note) throw new Error(`demo ${kind} without a reason`);
    to = extra.to ?? move.to;
  } else {
    if (!from) throw new Error(`demo ${kind} before the draft`);
    to = from;
  }
  if (at.getTime() <= s.last.getTime()) at = new Date(s.last.getTime() + c.rand.int(5, 40) * MINUTE);
  if (at.getTime() > c.now.getTime()) throw new FutureStep(`demo ${kind} in the future (${at.toISOString()})`);
  const iso = at.toISOString();
  s.events.push({
    id: c.rand.uuid(),
    tenantId: c.tenantId,
    suggestionId: s.row.id as string,
    kind,
    fromStatus: kind === "create" ? null : from,
    toStatus: to,
    actorId,
    unitId: extra.unitId ?? null,
    note: extra.note ?? "",
    createdAt: iso,
  });
  if (kind === "create") s.row.createdAt = iso;
  s.row.updatedAt = iso;
  s.row.status = to;
  s.status = to;
  s.last = at;
  return at;
}

/** The draft with its co-signers invited (cosign confirms them). */
export function draft(c: City, s: Sug, day: string, cosigners: DeputyRef[]) {
  const at = step(c, s, "create", deputyTime(c, day), actorOf(c, s.deputy));
  const signer = (d: DeputyRef, role: "LEAD" | "COSIGNER") => ({
    id: c.rand.uuid(),
    tenantId: c.tenantId,
    suggestionId: s.row.id as string,
    deputyId: d.id,
    role,
    invitedAt: at.toISOString(),
    confirmedAt: role === "LEAD" ? at.toISOString() : null,
    declinedAt: null,
    creditedFromId: null,
  });
  s.signers.push(signer(s.deputy, "LEAD"));
  for (const d of cosigners) s.signers.push(signer(d, "COSIGNER"));
  // As the submission part writes it: the timeline names whom the author invited.
  if (cosigners.length)
    step(c, s, "invite", at, actorOf(c, s.deputy), { note: cosigners.map((d) => d.name).join("、") });
  if (s.row.year === 0) s.row.year = Number(day.slice(0, 4));
}

/** Co-signers confirm (附议) from their own area (the office records it for one without an account). */
export function cosign(c: City, s: Sug, day: string, count: number) {
  const open = s.signers.filter((x) => x.role === "COSIGNER" && !x.confirmedAt).slice(0, count);
  for (const x of open) {
    const d = c.deputies.find((y) => y.id === x.deputyId);
    const at = step(c, s, "cosign", deputyTime(c, day), d ? actorOf(c, d) : c.office);
    x.confirmedAt = at.toISOString();
  }
}

/** A co-signer declines (拒绝附议): the invitation stays, answered, and does not count. */
export function decline(c: City, s: Sug, day: string) {
  const x = s.signers.find((y) => y.role === "COSIGNER" && !y.confirmedAt && !y.declinedAt);
  if (!x) return;
  const d = c.deputies.find((y) => y.id === x.deputyId);
  x.declinedAt = step(c, s, "declineCosign", deputyTime(c, day), d ? actorOf(c, d) : c.office).toISOString();
}

export function submit(c: City, s: Sug, day: string) {
  const at = step(c, s, "submit", deputyTime(c, day), actorOf(c, s.deputy));
  s.row.submittedAt = at.toISOString();
  if (!s.row.sessionId) s.row.year = Number(dayOf(at).slice(0, 4));
}
export function withdraw(c: City, s: Sug, day: string) {
  step(c, s, "withdraw", deputyTime(c, day), actorOf(c, s.deputy), { note: X.WITHDRAW_NOTE });
}
export function returnIt(c: City, s: Sug, day: string) {
  const note = c.rand.pick(X.RETURN_REASONS);
  step(c, s, "return", officeTime(c, day), c.office, { note });
  s.row.reason = note;
}
export function convert(c: City, s: Sug, day: string) {
  const at = step(c, s, "convert", officeTime(c, day), c.office, { note: X.CONVERT_REASON });
  Object.assign(s.row, { kind: "SUGGESTION", convertedAt: at.toISOString(), reason: X.CONVERT_REASON });
}
export function accept(c: City, s: Sug, day: string) {
  s.row.acceptedAt = step(c, s, "accept", officeTime(c, day), c.office).toISOString();
}
/** Merged into `target`: its deputies are credited on the target (creditedFromId). */
export function merge(c: City, s: Sug, day: string, target: Sug) {
  const at = step(c, s, "merge", officeTime(c, day), c.office, { note: X.MERGE_NOTE });
  s.row.mergedIntoId = target.row.id as string;
  for (const x of s.signers.filter((y) => y.confirmedAt)) {
    if (target.signers.some((y) => y.deputyId === x.deputyId)) continue;
    target.signers.push({
      ...x,
      id: c.rand.uuid(),
      suggestionId: target.row.id as string,
      role: "COSIGNER",
      invitedAt: at.toISOString(),
      confirmedAt: at.toISOString(),
      creditedFromId: s.row.id as string,
    });
  }
}

export function letterFor(c: City, day: string, unit: UnitRef, suggestionId: string): Row {
  const key = `${day}|${unit.id}`;
  let letter = c.letters.get(key);
  if (!letter) {
    letter = {
      id: c.rand.uuid(),
      tenantId: c.tenantId,
      year: Number(day.slice(0, 4)),
      number: 0,
      unitId: unit.id,
      suggestionIds: [],
      issuedAt: atMinutes(day, 17 * 60 + 10).toISOString(),
      issuedById: c.office,
    };
    c.letters.set(key, letter);
  }
  (letter.suggestionIds as string[]).push(suggestionId);
  return letter;
}

/** A journey tried again: its first try's place in the day's letters goes (and a letter left empty). */
export function forgetLetters(c: City, suggestionId: string) {
  for (const [key, l] of c.letters) {
    l.suggestionIds = (l.suggestionIds as string[]).filter((id) => id !== suggestionId);
    if (!(l.suggestionIds as string[]).length) c.letters.delete(key);
  }
}

/** The letters numbered 〔year〕N号 in the order they were issued, and the timeline's letter notes with them. */
export function numberLetters(c: City, events: Row[]) {
  const letters = [...c.letters.values()].sort(
    (a, b) => String(a.issuedAt).localeCompare(String(b.issuedAt)) || String(a.unitId).localeCompare(String(b.unitId)),
  );
  const count = new Map<number, number>();
  const byId = new Map<string, Row>();
  for (const l of letters) {
    const n = (count.get(l.year as number) ?? 0) + 1;
    count.set(l.year as number, n);
    l.number = n;
    byId.set(l.id as string, l);
  }
  for (const e of events) {
    if (e.kind !== "letter") continue;
    const l = byId.get(String(e.note).slice(LETTER.length))!;
    e.note = `〔${l.year}〕${l.number}号`;
  }
}
const LETTER = "letter:";

/** The 交办函's note, its number (〔2026〕3号) written in once every letter is known (numberLetters). */
export const letterNote = (c: City, day: string, unitId: string) => `${LETTER}${c.letters.get(`${day}|${unitId}`)!.id}`;
