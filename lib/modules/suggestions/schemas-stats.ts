// The rates of deputies' suggestions, pure (the page's form, the export, the public page, the API and the client
// use them): the query, the counts of a row and the rates computed from them, as the seeds report them.
// Counted per Suggestion.year (and session), leaving out drafts, withdrawn and merged ones:
//   办复率 = replied by the deadline / assigned;  办结率 = (A + B whose follow-up has come) / assigned;
//   解决和正在解决 = (A + B) / replied;  满意率 = (满意 + 基本满意) / rated;  A/B/C shares of the replied.
import { z } from "zod";
import { SUGGESTION_STATUSES } from "./workflow";

export const SUGGESTION_KEY_FILTERS = ["key", "ordinary"] as const;
export type SuggestionKeyFilter = (typeof SUGGESTION_KEY_FILTERS)[number];

/** The console page's and the export's query (strict: the export answers an unknown parameter with 422). */
export const suggestionStatsQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  session: z.uuid().optional(),
  key: z.enum(SUGGESTION_KEY_FILTERS).optional(),
});
export type SuggestionStatsQuery = { year: number; session: string | null; key: SuggestionKeyFilter | null };

export const SUGGESTIONS_PAGE_DEFAULT = 20;
export const SUGGESTIONS_PAGE_MAX = 100;

/** GET /api/v1/{city}/suggestions: published suggestions with their replies. */
export const publicSuggestionsQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  session: z.uuid().optional(),
  unit: z.uuid().optional(),
  status: z.enum(SUGGESTION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(SUGGESTIONS_PAGE_MAX).default(SUGGESTIONS_PAGE_DEFAULT),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type PublicSuggestionsQuery = z.infer<typeof publicSuggestionsQuerySchema>;

/** GET /api/v1/{city}/suggestions/stats. */
export const publicSuggestionStatsQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/** The office publishes a replied suggestion with its replies, or takes it down. */
export const publishSuggestionSchema = z.strictObject({
  id: z.uuid(),
  published: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean()),
});

export const SUGGESTION_COUNTS = [
  "submitted",
  "assigned",
  "replied",
  "repliedOnTime",
  "a",
  "b",
  "c",
  "bDone",
  "done",
  "rated",
  "satisfied",
  "basic",
  "unsatisfied",
  "overdue",
  "keyCount",
] as const;
export type SuggestionCount = (typeof SUGGESTION_COUNTS)[number];

export const SUGGESTION_RATES = [
  "replyRate",
  "doneRate",
  "solvingRate",
  "satisfactionRate",
  "aShare",
  "bShare",
  "cShare",
] as const;
export type SuggestionRate = (typeof SUGGESTION_RATES)[number];

/** A row's counts and its rates (0–1, null when the denominator is 0). */
export type SuggestionFigures = Record<SuggestionCount, number> & Record<SuggestionRate, number | null>;
export type SuggestionStatsRow = SuggestionFigures & {
  /** The unit's or session's id, the category code, the delegation, the year, "key"/"ordinary"; "" for none. */
  key: string;
  /** The unit's or session's name, the delegation, the year; a category's code (named by the page). */
  label: string;
};

export const SUGGESTION_BREAKDOWNS = ["unit", "category", "delegation", "session", "year", "key"] as const;
export type SuggestionBreakdown = (typeof SUGGESTION_BREAKDOWNS)[number];

export type SuggestionStats = {
  query: SuggestionStatsQuery;
  /** The day "overdue now" was counted on (Shanghai). */
  today: string;
  total: SuggestionFigures;
  /** Per lead unit, ranked by 办复率 then 满意率 (none last), then by how many were assigned. */
  unit: SuggestionStatsRow[];
  category: SuggestionStatsRow[];
  delegation: SuggestionStatsRow[];
  session: SuggestionStatsRow[];
  /** Every year (the session and key filters applied, not the year). */
  year: SuggestionStatsRow[];
  key: SuggestionStatsRow[];
};

const share = (n: number, d: number) => (d === 0 ? null : n / d);

/** The rates of a row's counts, by the formulas above. */
export function suggestionFigures(c: Record<SuggestionCount, number>): SuggestionFigures {
  return {
    ...c,
    replyRate: share(c.repliedOnTime, c.assigned),
    doneRate: share(c.done, c.assigned),
    solvingRate: share(c.a + c.b, c.replied),
    satisfactionRate: share(c.satisfied + c.basic, c.rated),
    aShare: share(c.a, c.replied),
    bShare: share(c.b, c.replied),
    cShare: share(c.c, c.replied),
  };
}

export function zeroSuggestionCounts(): Record<SuggestionCount, number> {
  return Object.fromEntries(SUGGESTION_COUNTS.map((f) => [f, 0])) as Record<SuggestionCount, number>;
}

/** A rate as the page, the export and the API show it: a percentage with one decimal (96.7), or null. */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

/** The units' ranking: 办复率, then 满意率 (a unit with none below one with any), then assigned, then name. */
export function rankUnits(rows: SuggestionStatsRow[]): SuggestionStatsRow[] {
  const desc = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1);
  return [...rows].sort(
    (a, b) =>
      desc(a.replyRate, b.replyRate) ||
      desc(a.satisfactionRate, b.satisfactionRate) ||
      b.assigned - a.assigned ||
      a.label.localeCompare(b.label, "zh-CN"),
  );
}

/** The columns of every table and of the export, in order: counts and rates mixed as the seeds report them. */
export const STATS_COLUMNS = [
  "submitted",
  "assigned",
  "replied",
  "repliedOnTime",
  "replyRate",
  "a",
  "b",
  "c",
  "bDone",
  "doneRate",
  "solvingRate",
  "rated",
  "satisfied",
  "basic",
  "unsatisfied",
  "satisfactionRate",
  "overdue",
] as const satisfies readonly (SuggestionCount | SuggestionRate)[];
export type StatsColumn = (typeof STATS_COLUMNS)[number];

/** A cell of the tables and the export: a count, or a rate as a percentage (null when there is nothing to rate). */
export function statsCell(f: SuggestionFigures, c: StatsColumn): number | null {
  return (SUGGESTION_RATES as readonly string[]).includes(c)
    ? percent(f[c as SuggestionRate])
    : f[c as SuggestionCount];
}
