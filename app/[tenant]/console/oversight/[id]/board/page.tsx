import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { paginationLabels } from "@/components/common/pagination-labels";
import { MakeTasksForm, ReviewForm } from "@/components/oversight/rectification/TaskForms";
import { TaskTable } from "@/components/oversight/rectification/TaskTable";
import { EmptyState, PageHeader, Pagination } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { workingCalendar } from "@/lib/modules/calendar";
import {
  boardChoices,
  getBoard,
  oversightSettings,
  RECTIFICATION_STATUSES,
  type BoardFilter,
  type RectificationStatus,
} from "@/lib/modules/oversight";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("oversightRectification.board.title");

type Props = {
  params: Promise<{ tenant: string; id: string }>;
  searchParams: Promise<{ status?: string; unit?: string; page?: string }>;
};

/** One activity's (or inquiry's) rectification board: counts by state, overdue flagged, a filter and one page of
 *  tasks; its managers make tasks from problems and record the 回头看. */
export default async function BoardPage({ params, searchParams }: Props) {
  const { tenant: slug, id } = await params;
  const q = await searchParams;
  const { tenant, member, allowed } = await requireMember(slug, "rectification.view");
  if (!allowed) return <NoAccess />;
  const today = todayInShanghai();
  const status =
    q.status === "overdue" || (RECTIFICATION_STATUSES as readonly string[]).includes(q.status ?? "")
      ? (q.status as RectificationStatus | "overdue")
      : undefined;
  const filter: BoardFilter = { status, unitId: q.unit || undefined, page: Number(q.page) || 1 };
  const board = await getBoard(tenant.id, member, id, filter, today);
  if (!board) notFound();
  const [t, o] = await Promise.all([getTranslations("oversightRectification"), getTranslations("oversight")]);
  const base = `/${tenant.slug}/console/oversight/${id}/board`;
  const query = (p: number) =>
    `${base}?${new URLSearchParams({ ...(status ? { status } : {}), ...(filter.unitId ? { unit: filter.unitId } : {}), page: String(p) })}`;

  let manage: React.ReactNode = null;
  if (board.manage) {
    const days = oversightSettings(tenant.settings).rectificationWorkingDays;
    const [choices, cal] = await Promise.all([boardChoices(tenant.id, id), workingCalendar(tenant.id)]);
    manage = (
      <div className="grid gap-4 lg:grid-cols-2">
        <MakeTasksForm
          tenantSlug={tenant.slug}
          activityId={id}
          problems={choices.problems}
          units={choices.units}
          defaultDueOn={cal.addWorkingDays(today, days)}
          days={days}
        />
        <ReviewForm tenantSlug={tenant.slug} activityId={id} today={today} accepted={choices.accepted} />
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <PageHeader title={t("board.title")} description={board.activity.title} />
      <div className="-mt-4 text-sm">
        <Link href={`/${tenant.slug}/console/oversight/${id}`} className="text-blue-800 underline">
          {board.activity.title}
        </Link>
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
        {[
          { key: "", label: t("board.total"), n: board.total },
          ...RECTIFICATION_STATUSES.map((s) => ({ key: s, label: o(`rectificationStatus.${s}`), n: board.counts[s] })),
          { key: "overdue", label: t("board.overdue"), n: board.overdue },
        ].map((c) => (
          <div
            key={c.key || "total"}
            className={`rounded-lg border p-3 ${c.key === "overdue" && c.n > 0 ? "border-red-300 bg-red-50" : "border-gray-200 bg-white"}`}
          >
            <dt className="text-xs text-gray-700">
              <Link href={c.key ? `${base}?status=${c.key}` : base} className="underline">
                {c.label}
              </Link>
            </dt>
            <dd className="text-2xl font-semibold text-gray-900">{c.n}</dd>
          </div>
        ))}
      </dl>
      <form method="get" action={base} className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">
          <span>{t("board.filterStatus")}</span>
          <select name="status" defaultValue={status ?? ""} className="rounded border border-gray-300 px-2 py-1">
            <option value="">{t("board.any")}</option>
            {RECTIFICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {o(`rectificationStatus.${s}`)}
              </option>
            ))}
            <option value="overdue">{t("board.overdue")}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span>{t("board.filterUnit")}</span>
          <select name="unit" defaultValue={filter.unitId ?? ""} className="rounded border border-gray-300 px-2 py-1">
            <option value="">{t("board.any")}</option>
            {board.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 text-white">
          {t("board.apply")}
        </button>
      </form>
      <p className="text-sm text-gray-700">
        {t("board.page", { page: board.page, pages: board.pages, count: board.filtered })}
      </p>
      {board.rows.length === 0 ? (
        <EmptyState title={t("board.empty")} />
      ) : (
        <TaskTable rows={board.rows} base={`/${tenant.slug}/console/rectification`} />
      )}
      <Pagination page={board.page} pageCount={board.pages} hrefFor={query} labels={await paginationLabels()} />
      {manage}
    </div>
  );
}
