import { defineAction } from "@/lib/action";
import { messageForMove, moveAudit } from "./console-moves";
import { moveMessage } from "./move-message";
import { messageReasonSchema } from "./schemas-console";

/** 不予办理: the office declines an accepted message; the reason is shown to the citizen. */
export const declineMessage = defineAction({
  name: "message.decline",
  permission: "message.manage",
  schema: messageReasonSchema,
  async run(ctx, input) {
    const { message } = await messageForMove(ctx, input.id, "decline");
    await moveMessage(ctx.tx, ctx.tenant.id, {
      message,
      move: "decline",
      actorId: ctx.member.id,
      note: input.reason,
      data: { reason: input.reason },
    });
    return { result: { id: message.id }, audit: moveAudit("decline", message, { after: { reason: input.reason } }) };
  },
});
