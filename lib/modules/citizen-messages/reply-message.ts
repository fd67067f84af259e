import { z } from "zod";
import { defineAction } from "@/lib/action";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import { DOCUMENT_TYPES, IMAGE_TYPES, storeAttachment, Upload } from "@/lib/modules/attachments";
import { notify } from "@/lib/modules/notifications";
import { messageForMove, moveAudit } from "./console-moves";
import { moveMessage } from "./move-message";
import { replyMessageSchema } from "./schemas-console";

/** Server actions take bodies up to 1 MB (next.config.ts). */
export const REPLY_FILE_MAX_BYTES = 1024 * 1024;

const replyInput = replyMessageSchema.extend({ file: z.instanceof(Upload).optional() });

/**
 * 承办单位答复: the unit answers (text and an optional photo or document, content-checked); the first reply
 * records when it came and whether by the deadline. The reply waits for the deputy's or the office's check
 * (release-reply.ts) before the citizen sees it; the office is told it is waiting.
 */
export const replyMessage = defineAction({
  name: "message.reply",
  permission: "message.handle",
  schema: replyInput,
  async run(ctx, { file, ...input }) {
    const { message } = await messageForMove(ctx, input.id, "reply");
    const now = new Date();
    const first = message.firstRepliedAt === null;
    const onTime = message.dueOn ? todayInShanghai(now) <= dateToDay(message.dueOn) : null;
    const { eventId } = await moveMessage(ctx.tx, ctx.tenant.id, {
      message,
      move: "reply",
      actorId: ctx.member.id,
      unitId: message.unitId,
      data: first ? { firstRepliedAt: now, repliedOnTime: onTime } : {},
    });
    const reply = await ctx.tx.citizenMessageReply.create({
      data: {
        tenantId: ctx.tenant.id,
        messageId: message.id,
        round: message.reopenCount + 1,
        unitId: message.unitId,
        authorId: ctx.member.id,
        body: input.body,
        createdAt: now,
      },
      select: { id: true },
    });
    let attachmentId: string | null = null;
    if (file) {
      const stored = await storeAttachment(
        ctx.tx,
        ctx.tenant.id,
        {
          body: file.body,
          fileName: file.fileName,
          owner: { module: "citizenMessages", kind: "replyFile", id: reply.id },
          allowed: [...IMAGE_TYPES, ...DOCUMENT_TYPES],
          maxBytes: REPLY_FILE_MAX_BYTES,
          access: "message.view",
        },
        { userId: ctx.member.id, requestId: ctx.request.requestId },
      );
      attachmentId = stored.id;
    }
    await notify(ctx.tx, ctx.tenant.id, {
      roles: ["deputyAffairs"],
      kind: "citizenMessages.replied",
      messageKey: "citizenMessagesConsole.notifications.replied",
      values: { code: message.receiptCode, title: message.title.slice(0, 60) },
      href: `/console/messages/${message.id}`,
      dedupeKey: `message:${message.id}:reply:${eventId}`,
    });
    return {
      result: { id: message.id, replyId: reply.id, onTime },
      audit: moveAudit("reply", message, { after: { replyId: reply.id, attachmentId, repliedOnTime: onTime } }),
    };
  },
});
