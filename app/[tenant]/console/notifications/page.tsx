import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { paginationLabels } from "@/components/common/pagination-labels";
import { NotificationList } from "@/components/notifications/NotificationList";
import { EmptyState, PageHeader, Pagination } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { listNotifications, messageValues, notificationPageSchema } from "@/lib/modules/notifications";
import { titled } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string>> };

export const generateMetadata = titled("notifications.page.title");

/** 通知: the member's own notifications, newest first, 20 a page, each rendered in the reader's language. */
export default async function NotificationsPage({ params, searchParams }: Props) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "notification.view");
  if (!allowed) return <NoAccess />;
  const { page } = notificationPageSchema.parse(await searchParams);
  const [t, all, format, list, labels] = await Promise.all([
    getTranslations("notifications.page"),
    getTranslations(),
    getFormatter(),
    listNotifications(tenant.id, member.id, page),
    paginationLabels(),
  ]);
  const base = `/${tenant.slug}/console/notifications`;
  const items = list.rows.map((n) => ({
    id: n.id,
    // A module's message key with its stored values (a missing key shows the key, never an error page).
    text: all(n.messageKey as never, messageValues(n.values) as never) as string,
    href: `/${tenant.slug}${n.href}`,
    when: format.dateTime(n.createdAt, "dateTime"),
    read: n.readAt !== null,
  }));
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {list.total === 0 ? (
        <EmptyState title={t("empty")} description={t("emptyBody")} />
      ) : (
        <>
          <p className="text-sm text-gray-700">{t("summary", { total: list.total, unread: list.unread })}</p>
          <NotificationList tenantSlug={tenant.slug} items={items} unread={list.unread} />
          <Pagination
            page={list.page}
            pageCount={list.pages}
            hrefFor={(p) => (p === 1 ? base : `${base}?page=${p}`)}
            labels={labels}
          />
        </>
      )}
    </div>
  );
}
