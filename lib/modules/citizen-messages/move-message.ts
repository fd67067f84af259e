// The one way a message changes state: a compare-and-set on its status (a concurrent move that committed first
// leaves nothing to update → 409) and the event row of its timeline, in the caller's transaction.
import type { TenantTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageStatus, MoveName } from "./workflow";
import { MOVES } from "./workflow";

export type MoveArgs = {
  message: { id: string; status: MessageStatus };
  move: MoveName;
  /** Overrides the move's usual target (a rating that reopens, 不满意 after the one reopening). */
  to?: MessageStatus;
  actorId: string | null;
  note?: string;
  unitId?: string | null;
  /** Columns changed with the status (unit, deadline, reason …). */
  data?: Prisma.CitizenMessageUpdateManyMutationInput & { unitId?: string | null; mergedIntoId?: string | null };
};

/** Moves the message, or throws: 409 transitionNotAllowed from a state the move does not start from, 409 when
 *  another move got there first, 422 when the move needs a reason and has none. */
export async function moveMessage(tx: TenantTx, tenantId: string, a: MoveArgs): Promise<{ eventId: string }> {
  const move = MOVES[a.move];
  if (!move.from.includes(a.message.status))
    throw new AppError("CONFLICT", "citizenMessages.errors.moveNotAllowed", {
      status: `@citizenMessages.status.${a.message.status}`,
    });
  const note = a.note?.trim() ?? "";
  if (move.reason && !note) throw new AppError("VALIDATION", "VALIDATION", {}, { note: ["reasonRequired"] });
  const to = a.to ?? move.to;
  const moved = await tx.citizenMessage.updateMany({
    where: { id: a.message.id, status: a.message.status },
    data: { ...a.data, status: to } as Prisma.CitizenMessageUncheckedUpdateManyInput,
  });
  if (moved.count !== 1) throw new AppError("CONFLICT", "citizenMessages.errors.movedMeanwhile");
  const event = await tx.citizenMessageEvent.create({
    data: {
      tenantId,
      messageId: a.message.id,
      kind: a.move,
      fromStatus: a.message.status,
      toStatus: to,
      actorId: a.actorId,
      unitId: a.unitId ?? null,
      note,
      public: move.public,
    },
    select: { id: true },
  });
  return { eventId: event.id };
}
