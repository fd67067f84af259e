import { defineAction } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { activeUnit, messageForMove, moveAudit, replyDeadline } from "./console-moves";
import { moveMessage } from "./move-message";
import { reassignMessageSchema } from "./schemas-console";
import { notifyUnit } from "./transfer-message";

/** 重新交办: the office grants a unit's hand-back and gives the message to another unit, on a fresh clock. */
export const reassignMessage = defineAction({
  name: "message.reassign",
  permission: "message.manage",
  schema: reassignMessageSchema,
  async run(ctx, input) {
    const { message } = await messageForMove(ctx, input.id, "reassign");
    if (input.unitId === message.unitId)
      throw new AppError(
        "VALIDATION",
        "citizenMessages.errors.sameUnit",
        {},
        {
          unitId: ["citizenMessages.errors.sameUnit"],
        },
      );
    const unit = await activeUnit(ctx.tenant.id, input.unitId);
    const { dueOn, unconfirmedYears } = await replyDeadline(ctx.tenant, input.dueOn);
    const { eventId } = await moveMessage(ctx.tx, ctx.tenant.id, {
      message,
      move: "reassign",
      actorId: ctx.member.id,
      unitId: unit.id,
      note: input.note,
      data: { unitId: unit.id, dueOn: dayToDate(dueOn), transferredAt: new Date() },
    });
    await notifyUnit(ctx.tx, ctx.tenant.id, { ...message, messageId: message.id, unitId: unit.id, eventId, dueOn });
    return {
      result: { id: message.id, dueOn, unconfirmedYears },
      audit: moveAudit("reassign", message, {
        before: { handlingUnitId: message.unitId },
        after: { handlingUnitId: unit.id, replyDueOn: dueOn },
      }),
    };
  },
});
