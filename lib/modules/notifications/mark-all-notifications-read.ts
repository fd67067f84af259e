import { defineAction } from "@/lib/action";
import { markAllNotificationsReadSchema } from "./schemas";

/** Marks every unread notification of the member's read; answers how many there were. */
export const markAllNotificationsRead = defineAction({
  name: "notification.markAllRead",
  permission: "notification.view",
  schema: markAllNotificationsReadSchema,
  async run({ tx, member }) {
    const { count } = await tx.notification.updateMany({
      where: { userId: member.id, readAt: null },
      data: { readAt: new Date() },
    });
    return {
      result: { count },
      // The field has its own name: the audit log words fields by name, and "count" is everybody's.
      audit: {
        action: "notification.markAllRead",
        entityType: "User",
        entityId: member.id,
        after: { markedRead: count },
      },
    };
  },
});
