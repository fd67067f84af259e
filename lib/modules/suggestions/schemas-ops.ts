// The lists' URL queries (the suggestions list and the leaders' board of key suggestions), parsed from
// searchParams: each unreadable value is dropped (a hand-edited URL lists everything), never a 500.
import { z } from "zod";
import { SUGGESTION_KINDS } from "./workflow";

/**
 * The list's tabs. The office's and every city-wide reader's: one status each, the overdue ones, the key ones;
 * a deputy's: the ones they lead, the invitations to co-sign still unanswered, the ones they co-signed, the
 * replies waiting for their rating, their drafts; a unit's: its inbox (待办) and what it has done (已办).
 */
export const SUGGESTION_TABS = [
  "all",
  "SUBMITTED",
  "REVIEWED",
  "HANDBACK_REQUESTED",
  "ASSIGNED",
  "REPLIED",
  "IN_PLAN",
  "CLOSED",
  "overdue",
  "key",
  "led",
  "toCosign",
  "cosigned",
  "toRate",
  "drafts",
  "todo",
  "done",
] as const;
export type SuggestionTab = (typeof SUGGESTION_TABS)[number];

export const OFFICE_TABS: readonly SuggestionTab[] = [
  "SUBMITTED",
  "REVIEWED",
  "HANDBACK_REQUESTED",
  "ASSIGNED",
  "REPLIED",
  "IN_PLAN",
  "CLOSED",
  "overdue",
  "key",
  "drafts",
  "all",
];
export const DEPUTY_TABS: readonly SuggestionTab[] = ["led", "toCosign", "cosigned", "toRate", "drafts"];
export const UNIT_TABS: readonly SuggestionTab[] = ["todo", "done"];

export const SUGGESTION_PAGE_SIZE = 20;
export const SUGGESTION_MAX_PAGE_SIZE = 100;

const uuid = z.string().uuid();
const page = z.coerce.number().int().min(1).max(100_000).optional().catch(undefined);

export const suggestionListFilterSchema = z.object({
  tab: z.enum(SUGGESTION_TABS).optional().catch(undefined),
  year: z.coerce.number().int().min(1949).max(2200).optional().catch(undefined),
  sessionId: uuid.optional().catch(undefined),
  category: z.string().trim().min(1).max(50).optional().catch(undefined),
  unitId: uuid.optional().catch(undefined),
  kind: z.enum(SUGGESTION_KINDS).optional().catch(undefined),
  /** A title's words, or a number (第12号: "12"). */
  q: z.string().trim().min(1).max(50).optional().catch(undefined),
  page,
  pageSize: z.coerce.number().int().min(1).max(SUGGESTION_MAX_PAGE_SIZE).optional().catch(undefined),
});
export type SuggestionListFilter = z.infer<typeof suggestionListFilterSchema>;

export const KEY_PAGE_SIZE = 50;

/** The leaders' board: the key suggestions, a leader's own (`mine=1`), one committee's, one status group. */
export const keyBoardFilterSchema = z.object({
  mine: z
    .enum(["1", "0"])
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
  committeeId: uuid.optional().catch(undefined),
  year: z.coerce.number().int().min(1949).max(2200).optional().catch(undefined),
  /** open: not closed yet; overdue: the reply clock has passed its day. */
  show: z.enum(["open", "overdue", "all"]).optional().catch(undefined),
  page,
});
export type KeyBoardFilter = z.infer<typeof keyBoardFilterSchema>;

/** Reads a searchParams object (arrays: the first value) into plain strings for the schemas above. */
export function suggestionSearchParams(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    const one = Array.isArray(v) ? v[0] : v;
    if (typeof one === "string") out[k] = one;
  }
  return out;
}
