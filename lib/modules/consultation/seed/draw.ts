// Drawing demo opinions (for ./chengdu-consultation.ts and ./first-aid-consultation.ts): a seeded PRNG, so every
// fresh database gets the same mix; senders through every channel; one wording per opinion around a concern, whose
// disposition (./opinion-texts.ts) every opinion raising it shares.
import type { ConsultMethod, ConsultationChannel, OpinionDisposition } from "@/lib/generated/prisma/enums";
import { newReceiptCode } from "@/lib/receipt";
import { opinionContentHash } from "../content-hash";
import { CITIZEN_NAMES, CLOSERS, DEPUTY_NAMES, EXPERT_NAMES, OPENERS } from "./opinion-texts";

export const DAY = 24 * 3_600_000;

/** mulberry32: a tiny deterministic PRNG (uniform in [0, 1)). */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const weighted = <T>(entries: [T, number][]): T => {
    let x = next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of entries) if ((x -= w) < 0) return v;
    return entries[entries.length - 1]![0];
  };
  return { next, pick, weighted };
}
export type Prng = ReturnType<typeof prng>;

export type Article = { id: string; identity: string; number: number };
export type Ctx = {
  tenantId: string;
  regulationId: string;
  draftVersionId: string;
  articles: Article[];
  staffId: string | null;
  districts: { id: string; name: string }[];
  units: string[];
  points: { id: string; name: string; areaId: string | null; coordinatorId: string | null }[];
};
export type OpinionRow = {
  tenantId: string;
  consultationId: string;
  articleId: string | null;
  articleIdentity: string | null;
  channel: ConsultationChannel;
  content: string;
  contentHash: string;
  name: string | null;
  contact: string | null;
  areaId: string | null;
  receiptCode: string;
  submitterKey: string | null;
  contactPointId: string | null;
  peopleConsulted: number | null;
  consultMethods: ConsultMethod[];
  status: "RECEIVED" | "DISPOSED";
  disposition: OpinionDisposition | null;
  reason: string | null;
  disposedAt: Date | null;
  disposedById: string | null;
  createdAt: Date;
};

/** One opinion's row; `at` its arrival. Everything not given is a citizen's anonymous opinion, received. */
export function opinion(
  ctx: Ctx,
  consultationId: string,
  article: Article | undefined,
  content: string,
  at: Date,
  extra: Partial<OpinionRow> = {},
): OpinionRow {
  return {
    tenantId: ctx.tenantId,
    consultationId,
    articleId: article?.id ?? null,
    articleIdentity: article?.identity ?? null,
    channel: "PUBLIC",
    content,
    contentHash: opinionContentHash(content),
    name: null,
    contact: null,
    areaId: null,
    receiptCode: newReceiptCode(),
    submitterKey: null,
    contactPointId: null,
    peopleConsulted: null,
    consultMethods: [],
    status: "RECEIVED",
    disposition: null,
    reason: null,
    disposedAt: null,
    disposedById: null,
    createdAt: at,
    ...extra,
  };
}

/** Who sent it and how: mostly citizens through the portal (some more than once), some units, deputies, experts, contact points. */
export function sender(r: Prng, ctx: Ctx, people: string[]): Partial<OpinionRow> {
  const channel = r.weighted<ConsultationChannel>([
    ["PUBLIC", 80],
    ["UNIT", 6],
    ["DEPUTY", 6],
    ["EXPERT", 4],
    ["CONTACT_POINT", ctx.points.length > 0 ? 4 : 0],
  ]);
  if (channel === "UNIT") return { channel, name: ctx.units.length ? r.pick(ctx.units) : null };
  if (channel === "DEPUTY") return { channel, name: r.pick(DEPUTY_NAMES) };
  if (channel === "EXPERT") return { channel, name: r.pick(EXPERT_NAMES) };
  if (channel === "CONTACT_POINT") {
    const p = r.pick(ctx.points);
    return {
      channel,
      contactPointId: p.id,
      name: p.name,
      areaId: p.areaId,
      peopleConsulted: 8 + Math.floor(r.next() * 50),
      consultMethods: [r.pick<ConsultMethod>(["FORUM", "VISIT", "ONLINE"])],
    };
  }
  // A quarter of portal opinions come from someone who already wrote one (the same cookie id).
  let key = people.length > 0 && r.next() < 0.25 ? r.pick(people) : null;
  if (!key) people.push((key = `demo${ctx.tenantId.slice(0, 8)}${String(people.length).padStart(5, "0")}`));
  return {
    channel,
    submitterKey: key,
    name: r.next() < 0.3 ? r.pick(CITIZEN_NAMES) : null,
    contact: r.next() < 0.2 ? `139${String(Math.floor(r.next() * 1e8)).padStart(8, "0")}` : null,
    areaId: ctx.districts.length && r.next() < 0.7 ? r.pick(ctx.districts).id : null,
  };
}

/** An opinion as drawn, with the concern (the text without its opener and closer) it was written from. */
export type Drawn = { row: OpinionRow; core: string };

/** The texts of one draft, spread over its articles by weight; each opinion worded a little differently (all distinct). */
export function opinions(
  r: Prng,
  ctx: Ctx,
  consultationId: string,
  texts: Record<number, string[]>,
  weights: Record<number, number>,
  n: number,
  from: number,
  to: number,
): Drawn[] {
  const byNumber = new Map(ctx.articles.map((a) => [a.number, a]));
  const choices = Object.entries(weights).map(
    ([k, w]) =>
      [Number(k), texts[Number(k)] && (Number(k) === 0 || byNumber.has(Number(k))) ? w : 0] as [number, number],
  );
  const seen = new Set<string>();
  const people: string[] = [];
  const drawn: Drawn[] = [];
  for (let i = 0; drawn.length < n && i < n * 20; i++) {
    const number = r.weighted(choices);
    const s = sender(r, ctx, people);
    const where =
      ctx.districts.find((d) => d.id === s.areaId)?.name ??
      (ctx.districts.length ? r.pick(ctx.districts).name : "我们小区");
    const core = r.pick(texts[number]!);
    const opener = r.pick(OPENERS);
    const content = `${core.startsWith(opener.replace("：", "")) ? "" : opener}${core}${r.pick(CLOSERS)}`.replaceAll(
      "{district}",
      where,
    );
    if (seen.has(content)) continue; // identical texts would be a campaign: the seed makes exactly one, on purpose
    seen.add(content);
    const at = new Date(from + r.next() * (to - from));
    drawn.push({ row: opinion(ctx, consultationId, byNumber.get(number), content, at, s), core });
  }
  return drawn;
}

/**
 * The demo coordinator's point (the `contact-point` account's) reports one forum: a few consolidated opinions,
 * each naming the same number of people heard, so the account has a submitted assignment to look at.
 */
export function pointForum(
  ctx: Ctx,
  consultationId: string,
  entries: [articleNumber: number, core: string][],
  at: Date,
  people: number,
): Drawn[] {
  const point = ctx.points.find((p) => p.coordinatorId !== null);
  if (!point) return [];
  const byNumber = new Map(ctx.articles.map((a) => [a.number, a]));
  return entries.map(([number, core], i) => ({
    core,
    row: opinion(
      ctx,
      consultationId,
      byNumber.get(number),
      `经联系点座谈会讨论，${core}`,
      new Date(at.getTime() + i * 60_000),
      {
        channel: "CONTACT_POINT",
        contactPointId: point.id,
        name: point.name,
        areaId: point.areaId,
        peopleConsulted: people,
        consultMethods: ["FORUM"],
      },
    ),
  }));
}

/** Disposed `days` (3 to 3 + `spread`) after `after`, with the disposition and reason its concern was given. */
export function dispose(
  r: Prng,
  row: OpinionRow,
  disposition: OpinionDisposition,
  reason: string | null,
  after: number,
  staffId: string | null,
  spread = 17,
) {
  Object.assign(row, {
    status: "DISPOSED",
    disposition,
    reason,
    disposedAt: new Date(after + (3 + r.next() * spread) * DAY),
    disposedById: staffId,
  });
}
