// The one way an oversight activity changes state: a compare-and-set on its status (a concurrent move that
// committed first leaves nothing to update → 409) and the OversightEvent of its timeline, in the caller's
// transaction.
import type { TenantTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OversightStatus } from "./kinds";
import { canMoveActivity, moveNeedsNote } from "./workflow";

export type MoveActivityArgs = {
  activity: { id: string; status: OversightStatus };
  to: OversightStatus;
  actorId: string | null;
  note?: string;
  /** Columns changed with the status (report, opinions …). */
  data?: Prisma.OversightActivityUncheckedUpdateManyInput;
};

/** Moves the activity, or throws: 409 from a state the move does not start from or when another move got there
 *  first, 422 when the move needs a note and has none. */
export async function moveActivity(tx: TenantTx, tenantId: string, a: MoveActivityArgs): Promise<{ eventId: string }> {
  const from = a.activity.status;
  if (!canMoveActivity(from, a.to))
    throw new AppError("CONFLICT", "oversightActivities.errors.moveNotAllowed", {
      from: `@oversight.status.${from}`,
      to: `@oversight.status.${a.to}`,
    });
  const note = a.note?.trim() ?? "";
  if (moveNeedsNote(from, a.to) && !note)
    throw new AppError("VALIDATION", "VALIDATION", {}, { note: ["oversightActivities.errors.noteRequired"] });
  const moved = await tx.oversightActivity.updateMany({
    where: { id: a.activity.id, status: from },
    data: { ...a.data, status: a.to, statusChangedAt: new Date() },
  });
  if (moved.count !== 1) throw new AppError("CONFLICT", "oversightActivities.errors.movedMeanwhile");
  const event = await tx.oversightEvent.create({
    data: { tenantId, activityId: a.activity.id, fromStatus: from, toStatus: a.to, note, actorId: a.actorId },
    select: { id: true },
  });
  return { eventId: event.id };
}
