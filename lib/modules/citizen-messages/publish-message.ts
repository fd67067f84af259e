import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { messageFor } from "./console-moves";
import { publishMessageSchema } from "./schemas-console";
import { messageSettings } from "./settings";

/** States whose reply the citizen has seen: only those may be shown on the public board. */
const ANSWERED = ["RELEASED", "CLOSED"];

/**
 * The office shows a replied message, anonymised, on the city's public board (publishedAt), or takes it down:
 * only with the citizen's consent, only once its reply is released, only in a city that keeps a board.
 */
export const publishMessage = defineAction({
  name: "message.publish",
  permission: "message.manage",
  schema: publishMessageSchema,
  async run(ctx, input) {
    const { message } = await messageFor(ctx, input.id);
    if (input.published) {
      if (!messageSettings(ctx.tenant.settings).publicBoard)
        throw new AppError("CONFLICT", "citizenMessagesConsole.errors.noPublicBoard");
      if (!message.publishConsent) throw new AppError("CONFLICT", "citizenMessages.errors.noConsent");
      if (!ANSWERED.includes(message.status))
        throw new AppError("CONFLICT", "citizenMessagesConsole.errors.publishNotReleased");
    }
    const publishedAt = input.published ? (message.publishedAt ?? new Date()) : null;
    await ctx.tx.citizenMessage.update({ where: { id: message.id }, data: { publishedAt } });
    return {
      result: { id: message.id, published: publishedAt !== null },
      audit: {
        action: input.published ? "message.publish" : "message.unpublish",
        entityType: "CitizenMessage",
        entityId: message.id,
        before: { publishedAt: message.publishedAt },
        after: { publishedAt },
      },
    };
  },
});
