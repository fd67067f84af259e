import { defineAction } from "@/lib/action";
import { messageForMove, moveAudit } from "./console-moves";
import { moveMessage } from "./move-message";
import { messageReasonSchema } from "./schemas-console";

/** 不予受理: not a matter for the station; the reason is shown to the citizen on the receipt page. */
export const returnMessage = defineAction({
  name: "message.return",
  permission: "message.handle",
  schema: messageReasonSchema,
  async run(ctx, input) {
    const { message } = await messageForMove(ctx, input.id, "return");
    await moveMessage(ctx.tx, ctx.tenant.id, {
      message,
      move: "return",
      actorId: ctx.member.id,
      note: input.reason,
      data: { reason: input.reason },
    });
    return { result: { id: message.id }, audit: moveAudit("return", message, { after: { reason: input.reason } }) };
  },
});
