import { defineAction } from "@/lib/action";
import { notify } from "@/lib/modules/notifications";
import { messageForMove, moveAudit } from "./console-moves";
import { moveMessage } from "./move-message";
import { messageReasonSchema } from "./schemas-console";

/** 退回重新答复: the checker sends the unit's reply back to rework, with the reason (the deadline stays). */
export const sendBackReply = defineAction({
  name: "message.sendBack",
  permission: "message.handle",
  schema: messageReasonSchema,
  async run(ctx, input) {
    const { message } = await messageForMove(ctx, input.id, "sendBack");
    const { eventId } = await moveMessage(ctx.tx, ctx.tenant.id, {
      message,
      move: "sendBack",
      actorId: ctx.member.id,
      unitId: message.unitId,
      note: input.reason,
    });
    const latest = await ctx.tx.citizenMessageReply.findFirst({
      where: { messageId: message.id, releasedAt: null, sentBackAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    if (latest) await ctx.tx.citizenMessageReply.update({ where: { id: latest.id }, data: { sentBackAt: new Date() } });
    if (message.unitId)
      await notify(ctx.tx, ctx.tenant.id, {
        roles: [{ role: "unit", scopeId: message.unitId }],
        kind: "citizenMessages.sentBack",
        messageKey: "citizenMessagesConsole.notifications.sentBack",
        values: { code: message.receiptCode, title: message.title.slice(0, 60) },
        href: `/console/messages/${message.id}`,
        dedupeKey: `message:${message.id}:sendBack:${eventId}`,
      });
    return {
      result: { id: message.id },
      audit: moveAudit("sendBack", message, { after: { reason: input.reason, replyId: latest?.id ?? null } }),
    };
  },
});
