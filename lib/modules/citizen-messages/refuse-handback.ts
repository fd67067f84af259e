import { defineAction } from "@/lib/action";
import { notify } from "@/lib/modules/notifications";
import { messageForMove, moveAudit } from "./console-moves";
import { moveMessage } from "./move-message";
import { messageReasonSchema } from "./schemas-console";

/** 不同意退回: the office keeps the message with its unit (same deadline), telling the unit why. */
export const refuseHandback = defineAction({
  name: "message.refuseHandback",
  permission: "message.manage",
  schema: messageReasonSchema,
  async run(ctx, input) {
    const { message } = await messageForMove(ctx, input.id, "refuseHandback");
    const { eventId } = await moveMessage(ctx.tx, ctx.tenant.id, {
      message,
      move: "refuseHandback",
      actorId: ctx.member.id,
      unitId: message.unitId,
      note: input.reason,
    });
    if (message.unitId)
      await notify(ctx.tx, ctx.tenant.id, {
        roles: [{ role: "unit", scopeId: message.unitId }],
        kind: "citizenMessages.handbackRefused",
        messageKey: "citizenMessagesConsole.notifications.handbackRefused",
        values: { code: message.receiptCode, title: message.title.slice(0, 60) },
        href: `/console/messages/${message.id}`,
        dedupeKey: `message:${message.id}:refuseHandback:${eventId}`,
      });
    return {
      result: { id: message.id },
      audit: moveAudit("refuseHandback", message, { after: { reason: input.reason } }),
    };
  },
});
