// The statistics' query and figures, pure (the page's form, the export and the client may use them): the views,
// the period (a year by default, or from–to), the figures of a row, 满意率 = (满意 + 基本满意) / rated, and the
// stations a holder of message.stats sees. queries-stats.ts computes the figures.
import { z } from "zod";
import { todayInShanghai } from "@/lib/dates";
import type { Member } from "@/lib/member";
import { staffStationIds } from "./policy";

export const MESSAGE_STATS_VIEWS = ["station", "deputy", "unit", "category", "area"] as const;
export type MessageStatsView = (typeof MESSAGE_STATS_VIEWS)[number];

const day = z.iso.date();
export const messageStatsQuerySchema = z.object({
  view: z.enum(MESSAGE_STATS_VIEWS).default("station"),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  from: day.optional(),
  to: day.optional(),
});
export type MessageStatsQuery = { view: MessageStatsView; year: number | null; from: string; to: string };

/** The query with its period filled in: from–to when given (swapped when reversed), else the year (this one). */
export function messageStatsPeriod(q: z.infer<typeof messageStatsQuerySchema>, now = new Date()): MessageStatsQuery {
  const today = todayInShanghai(now);
  if (q.from || q.to) {
    const from = q.from ?? `${(q.to ?? today).slice(0, 4)}-01-01`;
    const to = q.to ?? today;
    return { view: q.view, year: null, ...(from <= to ? { from, to } : { from: to, to: from }) };
  }
  const year = q.year ?? Number(today.slice(0, 4));
  return { view: q.view, year, from: `${year}-01-01`, to: `${year}-12-31` };
}

export const COUNT_FIGURES = [
  "received",
  "accepted",
  "replied",
  "repliedOnTime",
  "overdue",
  "rated",
  "satisfied",
  "basic",
  "unsatisfied",
  "reopened",
  "autoClosed",
] as const;
export type CountFigure = (typeof COUNT_FIGURES)[number];

export type MessageStatsFigures = Record<CountFigure, number> & {
  /** (满意 + 基本满意) / rated, 0–1; null when nothing is rated. */
  satisfactionRate: number | null;
  /** Working days from receipt to the first reply, over the replied messages; null when none is replied. */
  replyDaysAvg: number | null;
  replyDaysMedian: number | null;
};
export type MessageStatsRow = MessageStatsFigures & {
  /** The station's, deputy's, unit's or district's id, or the category code; "" for none (no deputy named, not
   *  transferred, no district given). */
  key: string;
  /** The name (a category code for the category view: a default code is named from the messages). */
  label: string;
};
export type MessageStats = { query: MessageStatsQuery; rows: MessageStatsRow[]; total: MessageStatsFigures };

/** 满意率 = (满意 + 基本满意) / rated. */
export function satisfactionRate(f: Pick<MessageStatsFigures, "satisfied" | "basic" | "rated">): number | null {
  return f.rated === 0 ? null : (f.satisfied + f.basic) / f.rated;
}

/** A rate as the page and the export show it: a percentage with one decimal (83.3), or null. */
export function ratePercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

/** The weighted mean (one decimal) and median of working-day counts. */
export function replyDays(times: [number, number][]): { replyDaysAvg: number | null; replyDaysMedian: number | null } {
  const n = times.reduce((s, [, k]) => s + k, 0);
  if (n === 0) return { replyDaysAvg: null, replyDaysMedian: null };
  const sorted = [...times].sort((a, b) => a[0] - b[0]);
  const at = (i: number) => {
    let seen = 0;
    for (const [d, k] of sorted) if ((seen += k) > i) return d;
    return sorted.at(-1)![0];
  };
  const median = n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  const avg = sorted.reduce((s, [d, k]) => s + d * k, 0) / n;
  return { replyDaysAvg: Math.round(avg * 10) / 10, replyDaysMedian: median };
}

/** The stations whose statistics a holder of message.stats sees: null for the city (admin, office, leaders),
 *  else the stations their `station` role names. */
export function messageStatsFilter(member: Pick<Member, "roles" | "scopes">): string[] | null {
  if (member.roles.some((r) => r === "admin" || r === "deputyAffairs" || r === "leader")) return null;
  return staffStationIds(member);
}
