import { defineAction } from "@/lib/action";
import { messageForMove, moveAudit } from "./console-moves";
import { moveMessage } from "./move-message";
import { messageIdSchema } from "./schemas-console";

/** 审核通过，答复群众: the checker releases the unit's reply; from now on the citizen sees it on the receipt page. */
export const releaseReply = defineAction({
  name: "message.release",
  permission: "message.handle",
  schema: messageIdSchema,
  async run(ctx, input) {
    const { message } = await messageForMove(ctx, input.id, "release");
    const now = new Date();
    await moveMessage(ctx.tx, ctx.tenant.id, {
      message,
      move: "release",
      actorId: ctx.member.id,
      unitId: message.unitId,
      data: { releasedAt: now },
    });
    const latest = await ctx.tx.citizenMessageReply.findFirst({
      where: { messageId: message.id, releasedAt: null, sentBackAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    if (latest) await ctx.tx.citizenMessageReply.update({ where: { id: latest.id }, data: { releasedAt: now } });
    return {
      result: { id: message.id, replyId: latest?.id ?? null },
      audit: moveAudit("release", message, { after: { replyId: latest?.id ?? null } }),
    };
  },
});
