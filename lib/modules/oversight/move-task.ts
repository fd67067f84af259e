// The one way a rectification task changes state: a compare-and-set on its status (a concurrent move that
// committed first leaves nothing to update → 409) and its RectificationEvent, in the caller's transaction.
import type { TenantTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RectificationStatus } from "@/lib/generated/prisma/enums";
import { TASK_MOVES, type RectificationMove } from "./rectification-workflow";

export type MoveTaskArgs = {
  task: { id: string; status: RectificationStatus };
  move: RectificationMove;
  actorId: string | null;
  reason?: string;
  reviewId?: string | null;
  data?: Prisma.RectificationTaskUncheckedUpdateManyInput;
};

/** Moves the task or throws: 409 from a state the move does not start from or when another move got there
 *  first, 422 when the move needs a reason and has none. */
export async function moveTask(tx: TenantTx, tenantId: string, a: MoveTaskArgs): Promise<{ eventId: string }> {
  const move = TASK_MOVES[a.move];
  if (!move.from.includes(a.task.status))
    throw new AppError("CONFLICT", "oversightRectification.errors.moveNotAllowed", {
      status: `@oversight.rectificationStatus.${a.task.status}`,
    });
  const reason = a.reason?.trim() ?? "";
  if (move.reason && !reason)
    throw new AppError("VALIDATION", "VALIDATION", {}, { reason: ["oversightRectification.errors.reasonRequired"] });
  const moved = await tx.rectificationTask.updateMany({
    where: { id: a.task.id, tenantId, status: a.task.status },
    data: {
      ...a.data,
      status: move.to,
      statusChangedAt: new Date(),
      ...(move.reason ? { reason } : {}),
      ...(move.to === "ACCEPTED" ? { acceptedAt: new Date() } : {}),
    },
  });
  if (moved.count !== 1) throw new AppError("CONFLICT", "oversightRectification.errors.movedMeanwhile");
  const event = await tx.rectificationEvent.create({
    data: {
      tenantId,
      taskId: a.task.id,
      fromStatus: a.task.status,
      toStatus: move.to,
      reason,
      reviewId: a.reviewId ?? null,
      actorId: a.actorId,
    },
    select: { id: true },
  });
  return { eventId: event.id };
}
