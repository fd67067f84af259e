import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { markNotificationReadSchema } from "./schemas";

/** Marks one of the member's own notifications read; another user's (or city's) answers NOT_FOUND. Marking a
 *  read one again keeps its first reading time. */
export const markNotificationRead = defineAction({
  name: "notification.markRead",
  permission: "notification.view",
  schema: markNotificationReadSchema,
  async run({ tx, member }, input) {
    const row = await tx.notification.findFirst({
      where: { id: input.notificationId, userId: member.id },
      select: { id: true, readAt: true },
    });
    if (!row) throw new AppError("NOT_FOUND");
    const readAt = row.readAt ?? new Date();
    if (!row.readAt) await tx.notification.updateMany({ where: { id: row.id, readAt: null }, data: { readAt } });
    return {
      result: { id: row.id, readAt },
      audit: {
        action: "notification.markRead",
        entityType: "Notification",
        entityId: row.id,
        before: { readAt: row.readAt },
        after: { readAt },
      },
    };
  },
});
