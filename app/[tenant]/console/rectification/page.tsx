import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { paginationLabels } from "@/components/common/pagination-labels";
import { TaskTable } from "@/components/oversight/rectification/TaskTable";
import { EmptyState, PageHeader, Pagination } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { listMyTasks, RECTIFICATION_STATUSES, type RectificationStatus } from "@/lib/modules/oversight";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("oversightRectification.inbox.title");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<{ status?: string; page?: string }>;
};

/** A member's rectification tasks by deadline: a unit its own, a committee its activities', the city all. */
export default async function RectificationInbox({ params, searchParams }: Props) {
  const { tenant: slug } = await params;
  const q = await searchParams;
  const { tenant, member, allowed } = await requireMember(slug, "rectification.view");
  if (!allowed) return <NoAccess />;
  const status = (RECTIFICATION_STATUSES as readonly string[]).includes(q.status ?? "")
    ? (q.status as RectificationStatus)
    : q.status === "all"
      ? "all"
      : "open";
  const page = Math.max(1, Number(q.page) || 1);
  const [list, t, o] = await Promise.all([
    listMyTasks(tenant.id, member, { status, page }, todayInShanghai()),
    getTranslations("oversightRectification"),
    getTranslations("oversight"),
  ]);
  const base = `/${tenant.slug}/console/rectification`;
  const tabs: { key: string; label: string }[] = [
    { key: "open", label: t("inbox.open") },
    ...RECTIFICATION_STATUSES.map((s) => ({ key: s, label: o(`rectificationStatus.${s}`) })),
    { key: "all", label: t("inbox.all") },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t("inbox.title")} description={t("inbox.intro")} />
      <nav aria-label={t("inbox.filter")} className="flex flex-wrap gap-2 text-sm">
        {tabs.map((tab) => (
          <Link
            key={tab.key}
            href={`${base}?status=${tab.key}`}
            aria-current={tab.key === status ? "page" : undefined}
            className={
              tab.key === status
                ? "rounded-full bg-blue-700 px-3 py-1 text-white"
                : "rounded-full border border-gray-300 px-3 py-1 text-gray-800"
            }
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      {list.rows.length === 0 ? (
        <EmptyState title={t("inbox.empty")} />
      ) : (
        <TaskTable rows={list.rows} base={base} showActivity />
      )}
      <Pagination
        page={list.page}
        pageCount={list.pages}
        hrefFor={(p) => `${base}?status=${status}&page=${p}`}
        labels={await paginationLabels()}
      />
    </div>
  );
}
