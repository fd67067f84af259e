import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { messageForMove, moveAudit } from "./console-moves";
import { moveMessage } from "./move-message";
import { classifyMessageSchema } from "./schemas-console";
import { messageSettings } from "./settings";

/** 审核分类: the office reviews an accepted message and files it under one of the city's categories. */
export const classifyMessage = defineAction({
  name: "message.classify",
  permission: "message.manage",
  schema: classifyMessageSchema,
  async run(ctx, input) {
    const { message } = await messageForMove(ctx, input.id, "classify");
    if (!messageSettings(ctx.tenant.settings).categories.includes(input.category))
      throw new AppError(
        "VALIDATION",
        "citizenMessages.errors.categoryUnknown",
        {},
        {
          category: ["citizenMessages.errors.categoryUnknown"],
        },
      );
    await moveMessage(ctx.tx, ctx.tenant.id, {
      message,
      move: "classify",
      actorId: ctx.member.id,
      data: { category: input.category },
    });
    return {
      result: { id: message.id },
      audit: moveAudit("classify", message, {
        before: { messageCategory: message.category },
        after: { messageCategory: input.category },
      }),
    };
  },
});
