import { defineAction } from "@/lib/action";
import { todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { workingCalendar } from "@/lib/modules/calendar";
import { notify } from "@/lib/modules/notifications";
import { messageForMove, moveAudit } from "./console-moves";
import { moveMessage } from "./move-message";
import { messageReasonSchema } from "./schemas-console";
import { HANDBACK_WORKING_DAYS, handbackOpen } from "./workflow";

/**
 * 申请退回: the unit asks the office to take back a message it was wrongly given, within HANDBACK_WORKING_DAYS
 * working days of the transfer (the reason is for the office, not the citizen); the office is notified.
 */
export const requestHandback = defineAction({
  name: "message.requestHandback",
  permission: "message.handle",
  schema: messageReasonSchema,
  async run(ctx, input) {
    const { message } = await messageForMove(ctx, input.id, "requestHandback");
    if (message.status === "TRANSFERRED" && message.transferredAt) {
      const cal = await workingCalendar(ctx.tenant.id);
      const since = cal.workingDaysBetween(todayInShanghai(message.transferredAt), todayInShanghai());
      if (!handbackOpen(since))
        throw new AppError("CONFLICT", "citizenMessages.errors.handbackWindowClosed", { days: HANDBACK_WORKING_DAYS });
    }
    const { eventId } = await moveMessage(ctx.tx, ctx.tenant.id, {
      message,
      move: "requestHandback",
      actorId: ctx.member.id,
      unitId: message.unitId,
      note: input.reason,
    });
    await notify(ctx.tx, ctx.tenant.id, {
      roles: ["deputyAffairs"],
      kind: "citizenMessages.handbackRequested",
      messageKey: "citizenMessagesConsole.notifications.handbackRequested",
      values: { code: message.receiptCode, title: message.title.slice(0, 60) },
      href: `/console/messages/${message.id}`,
      dedupeKey: `message:${message.id}:handback:${eventId}`,
    });
    return {
      result: { id: message.id },
      audit: moveAudit("requestHandback", message, { after: { reason: input.reason } }),
    };
  },
});
