import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/modules/notifications";
import { recordSuggestionEvent } from "./move-suggestion";
import { lockNumbering, nextLetterNumber } from "./queries-review";
import { pendingLetterAssignments } from "./queries-letters";
import { issueLettersSchema } from "./schemas-review";

/**
 * 印发交办函: for the assigned suggestions not yet in a letter (or the chosen ones), one letter per unit — its
 * lead and assisting parts together — per year and session, numbered 〔year〕N号 in the city's series of the year
 * (locked while numbering, so two offices issuing at once never share a number). Each assignment row is stamped
 * with its letter; each unit's accounts are told.
 */
export const issueLetters = defineAction({
  name: "suggestion.issueLetters",
  permission: "suggestion.manage",
  schema: issueLettersSchema,
  timeoutMs: 60_000,
  async run(ctx, input) {
    const pending = await pendingLetterAssignments(ctx.tenant.id, input.ids);
    if (pending.length === 0) throw new AppError("CONFLICT", "suggestionsReview.errors.nothingToLetter");
    const groups = new Map<string, typeof pending>();
    for (const a of pending) {
      const key = `${a.year}|${a.sessionId ?? ""}|${a.unitId}`;
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    const years = [...new Set(pending.map((a) => a.year))].sort();
    for (const y of years) await lockNumbering(ctx.tx, ctx.tenant.id, `letter:${y}`);
    const next = new Map<number, number>();
    for (const y of years) next.set(y, await nextLetterNumber(ctx.tx, y));
    const letters: { id: string; year: number; number: number; unitId: string }[] = [];
    for (const rows of [...groups.values()].sort((a, b) => a[0]!.year - b[0]!.year)) {
      const { year, unitId } = rows[0]!;
      const number = next.get(year)!;
      next.set(year, number + 1);
      const letter = await ctx.tx.suggestionLetter.create({
        data: {
          tenantId: ctx.tenant.id,
          year,
          number,
          unitId,
          suggestionIds: [...new Set(rows.map((r) => r.suggestionId))],
          issuedById: ctx.member.id,
        },
        select: { id: true },
      });
      // Only rows still without a letter: one issued meanwhile for the same assignment keeps its own.
      const stamped = await ctx.tx.suggestionAssignment.updateMany({
        where: { id: { in: rows.map((r) => r.id) }, letterId: null },
        data: { letterId: letter.id },
      });
      if (stamped.count !== rows.length) throw new AppError("CONFLICT", "suggestions.errors.movedMeanwhile");
      letters.push({ id: letter.id, year, number, unitId });
      await notify(ctx.tx, ctx.tenant.id, {
        roles: [{ role: "unit", scopeId: unitId }],
        kind: "suggestions.letter",
        messageKey: "suggestionsReview.notifications.letter",
        values: { year, number, count: rows.length },
        href: `/console/suggestions/letters`,
        dedupeKey: `suggestion-letter:${letter.id}`,
      });
    }
    const statusOf = new Map(pending.map((a) => [a.suggestionId, a.status]));
    for (const [suggestionId, status] of statusOf)
      await recordSuggestionEvent(ctx.tx, ctx.tenant.id, {
        suggestionId,
        kind: "letter",
        from: status,
        to: status,
        actorId: ctx.member.id,
      });
    return {
      result: { letters },
      audit: {
        action: "suggestion.issueLetters",
        entityType: "SuggestionLetter",
        entityId: letters[0]!.id,
        after: { letters: letters.map((l) => `〔${l.year}〕${l.number}`), assignments: pending.length },
      },
    };
  },
});
