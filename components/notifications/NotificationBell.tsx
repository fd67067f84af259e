import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cx, focusRing } from "@/components/ui/cx";
import { unreadCount } from "@/lib/modules/notifications";

type Props = { tenantSlug: string; tenantId: string; userId: string };

/**
 * The bell in the console's top bar: a link to the member's notifications, named with the unread count
 * ("3 条未读通知"), the count shown as a badge. A server component: no script, and it is part of the cached page,
 * which is fine because every new notification and every "mark as read" moves the city's action version.
 */
export async function NotificationBell({ tenantSlug, tenantId, userId }: Props) {
  const [t, count] = await Promise.all([getTranslations("notifications.bell"), unreadCount(tenantId, userId)]);
  return (
    <Link
      href={`/${tenantSlug}/console/notifications`}
      aria-label={t("label", { count })}
      title={t("label", { count })}
      className={cx(
        "relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-md text-gray-700 hover:bg-gray-100",
        focusRing,
      )}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-6 w-6"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
      >
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M6 9a6 6 0 1 1 12 0c0 4 1.5 6 2.5 7.5h-17C4.5 15 6 13 6 9Z"
        />
        <path strokeLinecap="round" d="M10 19.5a2 2 0 0 0 4 0" />
      </svg>
      {count > 0 && (
        <span
          aria-hidden="true"
          className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-brand-600 px-1 text-center text-xs font-semibold leading-5 text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
