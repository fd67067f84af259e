"use client";
// The member's notifications: each opens where it points (marking it read on the way), can be marked read
// where it stands, and all can be marked read at once. Without script the links still lead where they point.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert, Badge, Button } from "@/components/ui";
import { cx, focusRing } from "@/components/ui/cx";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/modules/notifications/client";

export type NotificationItem = { id: string; text: string; href: string; when: string; read: boolean };
type Props = { tenantSlug: string; items: NotificationItem[]; unread: number };

export function NotificationList({ tenantSlug, items, unread }: Props) {
  const t = useTranslations("notifications.page");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const markRead = (id: string) =>
    start(async () => {
      const r = await markNotificationReadAction(tenantSlug, { notificationId: id });
      setStatus(r.ok ? null : { tone: "error", text: t("failed") });
      if (r.ok) router.refresh();
    });
  const markAll = () =>
    start(async () => {
      const r = await markAllNotificationsReadAction(tenantSlug, {});
      setStatus(
        r.ok
          ? { tone: "success", text: t("markedAll", { count: r.data.count }) }
          : { tone: "error", text: t("failed") },
      );
      if (r.ok) router.refresh();
    });
  // Opening an unread one marks it read first (whatever the answer, the link is followed).
  const open = (e: React.MouseEvent<HTMLAnchorElement>, item: NotificationItem) => {
    if (item.read || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    start(async () => {
      await markNotificationReadAction(tenantSlug, { notificationId: item.id }).catch(() => null);
      // A full load, not a client-side push: the console's layout (and its bell) is kept across client
      // navigations, so only a load shows the count without the one just read.
      window.location.assign(item.href);
    });
  };

  return (
    <div className="space-y-4">
      {unread > 0 && (
        <div className="flex justify-end">
          <Button type="button" variant="secondary" size="sm" disabled={pending} onClick={markAll}>
            {t("markAllRead")}
          </Button>
        </div>
      )}
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      <ul aria-label={t("listLabel")} className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
        {items.map((item) => (
          <li
            key={item.id}
            className={cx("flex flex-col gap-2 p-4 sm:flex-row sm:items-start", !item.read && "bg-brand-50/40")}
          >
            <Link
              href={item.href}
              onClick={(e) => open(e, item)}
              className={cx("min-w-0 flex-1 rounded-sm text-gray-900 hover:underline", focusRing)}
            >
              <span className={cx("block break-words", !item.read && "font-semibold")}>{item.text}</span>
              <span className="mt-1 flex flex-wrap items-center gap-2 text-sm text-gray-600">
                {!item.read && <Badge tone="info">{t("unread")}</Badge>}
                <time>{item.when}</time>
              </span>
            </Link>
            {!item.read && (
              <Button
                type="button"
                variant="ghost"
                size="sm"
                disabled={pending}
                onClick={() => markRead(item.id)}
                className="self-start"
              >
                {t("markRead")}
                <span className="sr-only">{t("markReadWhich", { message: item.text })}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
