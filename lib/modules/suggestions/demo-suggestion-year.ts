// The demo year's figures, exactly: last year's session all closed (with a motion of ten signers or more), and
// this year's session and recess filled so that the year holds the seed's counts — assigned, replied, A + B of the
// replied (Liaoyuan's 70.9%), replied on time (Shenyang's 96.7%) — counting the in-flight ones of the same year
// (demo-suggestion-now.ts) first. The categories, late replies and ratings are drawn around the figures.
import * as D from "./demo-suggestions";
import type { SessionRef, Sug } from "./demo-suggestions";
import { handled, type Ctx, type Plan } from "./demo-suggestion-plans";
import { ASSIGNED_STATUSES, type ReplyCategory, type Satisfaction } from "./workflow";

export type Figures = {
  /** Suggestions of the year's session (0: as many as `assigned` leaves after the recess ones). */
  session: number;
  key: number;
  /** Assigned in the year (交办), session and recess; without it, `session` and `recess` more than the in-flight. */
  assigned?: number;
  recess?: number;
  /** Without `replied`: how many of the recess ones are replied (the session's all are). */
  recessReplied?: number;
  /** Replied at least once; the rest are still in handling. */
  replied?: number;
  /** Replied A or B (latest reply) of the replied. */
  ab?: number;
  /** Replied by the deadline (办复率's numerator); all the others are replied too, late, but three. */
  onTime?: number;
};

const counted = (s: Sug, year: number) =>
  s.row.year === year && (ASSIGNED_STATUSES as readonly string[]).includes(s.row.status as string);

function rating(c: Ctx): Satisfaction | null {
  return c.rand.weighted<Satisfaction | null>([
    ["SATISFIED", 74],
    ["BASIC", 18],
    ["UNSATISFIED", 5],
    [null, 3],
  ]);
}

/** `n` categories with `ab` of them A or B (A twice as often as B), shuffled. */
function categories(c: Ctx, n: number, ab: number | undefined): ReplyCategory[] {
  const k = ab ?? Math.round(n * 0.85);
  if (k < 0 || k > n) throw new Error(`demo figures: ${k} A/B replies of ${n}`);
  const a = Math.round((k * 2) / 3);
  const out: ReplyCategory[] = [
    ...Array<ReplyCategory>(a).fill("A"),
    ...Array<ReplyCategory>(k - a).fill("B"),
    ...Array<ReplyCategory>(n - k).fill("C"),
  ];
  return c.rand.shuffle(out);
}

export function yearFigures(c: Ctx, prev: SessionRef, cur: SessionRef, year: number, f: Figures, before: Sug[]): Sug[] {
  const out: Sug[] = [];
  const { rand } = c;
  const batch = (s: SessionRef) => D.wd(c, s.closesOn, 12);

  // Last year's session: handled and closed, a motion among them.
  for (let i = 0; i < 12; i++)
    out.push(
      handled(c, {
        session: prev,
        assignDay: batch(prev),
        motion: i < (c.slug === "liaoyuan" ? 2 : 1),
        key: i === 3,
        reply: i < 2 ? "A" : rand.pick(["A", "A", "B", "C"] as const),
        rating: rand.pick(["SATISFIED", "SATISFIED", "BASIC"] as const),
      }),
    );

  const mine = before.filter((s) => counted(s, year));
  const eReplied = mine.filter((s) => s.row.firstRepliedAt).length;
  const eAb = mine.filter((s) => s.row.firstRepliedAt && ["A", "B"].includes(s.row.replyCategory as string)).length;
  const eOnTime = mine.filter((s) => s.row.repliedOnTime === true).length;
  const fill = f.assigned === undefined ? f.session + (f.recess ?? 0) : f.assigned - mine.length;
  const session = f.session || fill;
  const recess = fill - session;
  // On time: everything replied but the late ones, three of which are not replied yet (overdue).
  const late = f.onTime === undefined ? 0 : fill - (f.onTime - eOnTime);
  const unreplied = f.onTime === undefined ? 0 : Math.min(3, late);
  const replied =
    f.replied !== undefined
      ? f.replied - eReplied
      : f.onTime !== undefined
        ? fill - unreplied
        : session + (f.recessReplied ?? recess);
  if (recess < 0 || late < 0 || replied < session - unreplied || replied > fill)
    throw new Error(`demo figures of ${c.slug} do not add up`);
  const cats = categories(c, replied, f.ab === undefined ? undefined : f.ab - eAb);
  const lateOrder = rand.shuffle(Array.from({ length: session }, (_, i) => i)).slice(0, late);
  const lateAt = new Set(lateOrder);
  const keyAt = new Set(rand.shuffle(Array.from({ length: session }, (_, i) => i)).slice(0, f.key));
  let r = 0;
  for (let i = 0; i < session; i++) {
    const isLate = f.onTime === undefined ? rand.chance(0.06) : lateAt.has(i);
    const at = lateOrder.indexOf(i);
    const open = isLate && at >= 0 && at < unreplied;
    const p: Plan = {
      session: cur,
      assignDay: batch(cur),
      key: keyAt.has(i),
      handback: i % 61 === 7,
      reply: open ? null : cats[r++]!,
      late: isLate,
      rating: rating(c),
    };
    out.push(handled(c, p));
  }

  // The recess: replied ones through the year, then the ones still in handling.
  const end = year === Number(c.today.slice(0, 4)) ? c.today : `${year}-12-31`;
  const firstRecess = D.wd(c, batch(cur), 5);
  for (let i = 0; i < recess; i++) {
    const isReplied = r < replied;
    let day = isReplied ? D.wd(c, end, -rand.int(80, 170)) : D.wd(c, end, -rand.int(3, 45));
    if (day < firstRecess) day = D.wd(c, firstRecess, rand.int(0, 10));
    const p: Plan = {
      assignDay: day,
      reply: isReplied ? cats[r++]! : null,
      rating: rating(c),
      late: rand.chance(0.05),
    };
    out.push(handled(c, p));
  }
  return out;
}
