import { defineAction } from "@/lib/action";
import { messageForMove, moveAudit } from "./console-moves";
import { moveMessage } from "./move-message";
import { answerMessageSchema } from "./schemas-console";

/** 直接答复: the deputy or the office answers the citizen without a unit; the answer is released at once. */
export const answerMessage = defineAction({
  name: "message.answer",
  permission: "message.handle",
  schema: answerMessageSchema,
  async run(ctx, input) {
    const { message } = await messageForMove(ctx, input.id, "answer");
    const now = new Date();
    await moveMessage(ctx.tx, ctx.tenant.id, {
      message,
      move: "answer",
      actorId: ctx.member.id,
      data: { releasedAt: now, ...(message.firstRepliedAt ? {} : { firstRepliedAt: now }) },
    });
    const reply = await ctx.tx.citizenMessageReply.create({
      data: {
        tenantId: ctx.tenant.id,
        messageId: message.id,
        round: message.reopenCount + 1,
        unitId: null,
        authorId: ctx.member.id,
        body: input.body,
        createdAt: now,
        releasedAt: now,
      },
      select: { id: true },
    });
    return {
      result: { id: message.id, replyId: reply.id },
      audit: moveAudit("answer", message, { after: { replyId: reply.id } }),
    };
  },
});
