// The one way a suggestion changes state: a compare-and-set on its status (a concurrent move that committed first
// leaves nothing to update → 409) and the event row of its timeline, in the caller's transaction. Records that
// do not change the state (a co-signer's confirmation, a unit's view, a 三见面 contact) write their event through
// recordSuggestionEvent.
import type { TenantTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MoveName, SuggestionStatus } from "./workflow";
import { MOVES } from "./workflow";

export type MoveArgs = {
  suggestion: { id: string; status: SuggestionStatus };
  move: MoveName;
  /** Overrides the move's usual target (a B reply's rating → IN_PLAN, a follow-up that is still B). */
  to?: SuggestionStatus;
  actorId: string | null;
  note?: string;
  unitId?: string | null;
  /** Columns changed with the status (units, deadline, reason …). */
  data?: Prisma.SuggestionUncheckedUpdateManyInput;
};

/** Moves the suggestion, or throws: 409 from a state the move does not start from, 409 when another move got
 *  there first, 422 when the move needs a reason and has none. */
export async function moveSuggestion(tx: TenantTx, tenantId: string, a: MoveArgs): Promise<{ eventId: string }> {
  const move = MOVES[a.move];
  if (!move.from.includes(a.suggestion.status))
    throw new AppError("CONFLICT", "suggestions.errors.moveNotAllowed", {
      status: `@suggestions.status.${a.suggestion.status}`,
    });
  const note = a.note?.trim() ?? "";
  if (move.reason && !note)
    throw new AppError("VALIDATION", "VALIDATION", {}, { note: ["suggestions.errors.reasonRequired"] });
  const to = a.to ?? move.to;
  const moved = await tx.suggestion.updateMany({
    where: { id: a.suggestion.id, status: a.suggestion.status },
    data: { ...a.data, status: to },
  });
  if (moved.count !== 1) throw new AppError("CONFLICT", "suggestions.errors.movedMeanwhile");
  return recordSuggestionEvent(tx, tenantId, {
    suggestionId: a.suggestion.id,
    kind: a.move,
    from: a.suggestion.status,
    to,
    actorId: a.actorId,
    unitId: a.unitId ?? null,
    note,
  });
}

/** A timeline row for a step that is not a move (or is one, written by moveSuggestion). */
export async function recordSuggestionEvent(
  tx: TenantTx,
  tenantId: string,
  e: {
    suggestionId: string;
    kind: string;
    from?: SuggestionStatus | null;
    to: SuggestionStatus;
    actorId: string | null;
    unitId?: string | null;
    note?: string;
  },
): Promise<{ eventId: string }> {
  const event = await tx.suggestionEvent.create({
    data: {
      tenantId,
      suggestionId: e.suggestionId,
      kind: e.kind,
      fromStatus: e.from ?? null,
      toStatus: e.to,
      actorId: e.actorId,
      unitId: e.unitId ?? null,
      note: e.note ?? "",
    },
    select: { id: true },
  });
  return { eventId: event.id };
}
