import { defineAction } from "@/lib/action";
import { messageForMove, moveAudit } from "./console-moves";
import { moveMessage } from "./move-message";
import { messageIdSchema } from "./schemas-console";

/** 受理: the addressed deputy, a deputy or the staff of the station, or the office takes the message on. */
export const acceptMessage = defineAction({
  name: "message.accept",
  permission: "message.handle",
  schema: messageIdSchema,
  async run(ctx, input) {
    const { message } = await messageForMove(ctx, input.id, "accept");
    await moveMessage(ctx.tx, ctx.tenant.id, { message, move: "accept", actorId: ctx.member.id });
    return { result: { id: message.id }, audit: moveAudit("accept", message) };
  },
});
