// The vote engine's pure parts: option sets, the pass rules, the input schemas. Nothing here reaches the database.
import { z } from "zod";

export const OPTION_SETS = {
  SATISFACTION: ["SATISFIED", "BASIC", "UNSATISFIED"],
  YES_NO_ABSTAIN: ["YES", "NO", "ABSTAIN"],
} as const;
export type OptionSetCode = keyof typeof OPTION_SETS;
export const POLL_KINDS = ["SATISFACTION", "APPRAISAL", "NAMED", "PROJECTS"] as const;
export const PASS_RULES = ["MAJORITY_OF_ALL", "MAJORITY_OF_PRESENT", "TWO_THIRDS_OF_ALL"] as const;
export type PassRuleCode = (typeof PASS_RULES)[number];

export function optionsOf(optionSet: string): readonly string[] {
  return (OPTION_SETS as Record<string, readonly string[]>)[optionSet] ?? [];
}

/**
 * Whether a named vote passes: 赞成 must exceed half of all members (MAJORITY_OF_ALL), half of those present
 * (MAJORITY_OF_PRESENT), or reach two thirds of all members (TWO_THIRDS_OF_ALL). Without the figure the rule
 * needs (no memberTotal), it does not pass.
 */
export function passes(
  rule: PassRuleCode,
  yes: number,
  counts: { memberTotal: number | null; present: number },
): boolean {
  if (rule === "MAJORITY_OF_PRESENT") return counts.present > 0 && yes * 2 > counts.present;
  const all = counts.memberTotal;
  if (!all || all <= 0) return false;
  if (rule === "MAJORITY_OF_ALL") return yes * 2 > all;
  return yes * 3 >= all * 2;
}

/** The choices a voter makes: one option per item; PROJECTS polls at most maxApprovals 赞成. Null when fine. */
export function checkChoices(
  poll: { optionSet: string; maxApprovals: number | null },
  itemIds: readonly string[],
  choices: Record<string, string>,
): "incomplete" | "badOption" | "tooManyApprovals" | null {
  const options = optionsOf(poll.optionSet);
  const keys = Object.keys(choices);
  if (keys.length !== itemIds.length || !itemIds.every((id) => id in choices)) return "incomplete";
  if (!keys.every((k) => options.includes(choices[k] ?? ""))) return "badOption";
  if (poll.maxApprovals != null) {
    const yes = keys.filter((k) => choices[k] === "YES").length;
    if (yes > poll.maxApprovals) return "tooManyApprovals";
  }
  return null;
}

export const castVoteSchema = z.object({
  pollId: z.uuid(),
  choices: z.record(z.uuid(), z.string().min(1).max(20)),
});
export const pollIdSchema = z.object({ pollId: z.uuid() });
export const presenceSchema = z.object({ pollId: z.uuid(), userId: z.uuid(), present: z.boolean() });
export const createPollSchema = z.object({
  kind: z.enum(["APPRAISAL", "NAMED", "PROJECTS", "SATISFACTION"]),
  secrecy: z.enum(["ANONYMOUS", "NAMED"]),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).optional(),
  optionSet: z.enum(["SATISFACTION", "YES_NO_ABSTAIN"]),
  items: z
    .array(z.object({ label: z.string().trim().min(1).max(200), detail: z.string().trim().max(1000).optional() }))
    .min(1)
    .max(100),
  voterUserIds: z.array(z.uuid()).min(1).max(2000),
  passRule: z.enum(PASS_RULES).nullable().optional(),
  memberTotal: z.coerce.number().int().min(1).max(100000).nullable().optional(),
  maxApprovals: z.coerce.number().int().min(1).max(100).nullable().optional(),
  meeting: z.string().trim().max(200).optional(),
  open: z.boolean().optional(),
});
