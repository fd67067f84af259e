import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { normaliseReceiptCode } from "@/lib/receipt";
import { messageForMove, moveAudit } from "./console-moves";
import { moveMessage } from "./move-message";
import { mergeMessageSchema } from "./schemas-console";
import { FINAL_STATUSES } from "./workflow";

const invalid = () =>
  new AppError(
    "VALIDATION",
    "citizenMessages.errors.mergeTargetInvalid",
    {},
    {
      target: ["citizenMessages.errors.mergeTargetInvalid"],
    },
  );

/**
 * 合并办理: the office merges a message (before its transfer) into another of the city about the same problem.
 * It becomes MERGED with mergedIntoId, and its receipt follows the other's progress; messages merged into it
 * before now point at the other too, so a receipt is never two hops away.
 */
export const mergeMessage = defineAction({
  name: "message.merge",
  permission: "message.manage",
  schema: mergeMessageSchema,
  async run(ctx, input) {
    const { message } = await messageForMove(ctx, input.id, "merge");
    const t = input.target.trim();
    const code = normaliseReceiptCode(t) ?? "";
    const target = await ctx.tx.citizenMessage.findFirst({
      where: isUuid(t) ? { id: t } : { receiptCode: code },
      select: { id: true, receiptCode: true, status: true },
    });
    if (!target || target.id === message.id || FINAL_STATUSES.includes(target.status)) throw invalid();
    await moveMessage(ctx.tx, ctx.tenant.id, {
      message,
      move: "merge",
      actorId: ctx.member.id,
      note: target.receiptCode,
      data: { mergedIntoId: target.id },
    });
    await ctx.tx.citizenMessage.updateMany({ where: { mergedIntoId: message.id }, data: { mergedIntoId: target.id } });
    return {
      result: { id: message.id, mergedIntoId: target.id },
      audit: moveAudit("merge", message, { after: { mergedIntoId: target.id } }),
    };
  },
});
