// Read side: the bell's unread count and the member's list, newest first. Only ever the member's own rows.
import { forTenant } from "@/lib/db";
import { isUuid } from "@/lib/ids";

export const NOTIFICATIONS_PER_PAGE = 20;

const ROW = {
  id: true,
  kind: true,
  messageKey: true,
  values: true,
  href: true,
  createdAt: true,
  readAt: true,
} as const;

export type NotificationRow = {
  id: string;
  kind: string;
  messageKey: string;
  values: unknown;
  href: string;
  createdAt: Date;
  readAt: Date | null;
};

/** How many of the user's notifications are unread (the bell). */
export function unreadCount(tenantId: string, userId: string): Promise<number> {
  return forTenant(tenantId).notification.count({ where: { userId, readAt: null } });
}

/** One page of the user's notifications, newest first, with the counts the page shows. */
export async function listNotifications(tenantId: string, userId: string, page = 1) {
  const db = forTenant(tenantId);
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      select: ROW,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PER_PAGE,
      take: NOTIFICATIONS_PER_PAGE,
    }),
    db.notification.count({ where: { userId } }),
    db.notification.count({ where: { userId, readAt: null } }),
  ]);
  return {
    rows: rows as NotificationRow[],
    total,
    unread,
    page,
    pages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE)),
  };
}

/** One notification of the city by id, whoever it is for (the cross-tenant sweep's lookup); null elsewhere. */
export async function findNotification(tenantId: string, id: string) {
  if (!isUuid(id)) return null;
  return forTenant(tenantId).notification.findFirst({ where: { id }, select: { id: true, userId: true } });
}
