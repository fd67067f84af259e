import { defineAction } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { notify } from "@/lib/modules/notifications";
import { activeUnit, messageForMove, moveAudit, replyDeadline } from "./console-moves";
import { moveMessage } from "./move-message";
import { transferMessageSchema } from "./schemas-console";

/** Tells the unit's accounts a message is theirs to answer by `dueOn` (once per transfer event). */
export async function notifyUnit(
  tx: Parameters<typeof notify>[0],
  tenantId: string,
  a: { unitId: string; messageId: string; eventId: string; receiptCode: string; title: string; dueOn: string },
) {
  await notify(tx, tenantId, {
    roles: [{ role: "unit", scopeId: a.unitId }],
    kind: "citizenMessages.transferred",
    messageKey: "citizenMessagesConsole.notifications.transferred",
    values: { code: a.receiptCode, title: a.title.slice(0, 60), dueOn: { day: a.dueOn } },
    href: `/console/messages/${a.messageId}`,
    dedupeKey: `message:${a.messageId}:transfer:${a.eventId}`,
  });
}

/**
 * 转交承办单位: the office hands a classified message to a handling unit, due in the city's replyWorkingDays
 * working days from today (or on the working day the office sets); the unit's accounts are notified.
 */
export const transferMessage = defineAction({
  name: "message.transfer",
  permission: "message.manage",
  schema: transferMessageSchema,
  async run(ctx, input) {
    const { message } = await messageForMove(ctx, input.id, "transfer");
    const unit = await activeUnit(ctx.tenant.id, input.unitId);
    const { dueOn, unconfirmedYears } = await replyDeadline(ctx.tenant, input.dueOn);
    const { eventId } = await moveMessage(ctx.tx, ctx.tenant.id, {
      message,
      move: "transfer",
      actorId: ctx.member.id,
      unitId: unit.id,
      note: input.note,
      data: { unitId: unit.id, dueOn: dayToDate(dueOn), transferredAt: new Date() },
    });
    await notifyUnit(ctx.tx, ctx.tenant.id, { ...message, messageId: message.id, unitId: unit.id, eventId, dueOn });
    return {
      result: { id: message.id, dueOn, unconfirmedYears },
      audit: moveAudit("transfer", message, { after: { handlingUnitId: unit.id, replyDueOn: dueOn } }),
    };
  },
});
