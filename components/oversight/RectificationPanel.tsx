import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/authz";
import { todayInShanghai } from "@/lib/dates";
import { managesTasksOf, RECTIFICATION_STATUSES, seesBoard, taskSummary } from "@/lib/modules/oversight";
import type { PanelProps } from "./panel-props";

/** The activity's rectification tasks in short (counts by state, overdue), linking to its board; nothing when
 *  there are none and the member may not make any, or may not see the board. */
export async function RectificationPanel({ tenant, member, activity }: PanelProps) {
  if (!can(member.roles, "rectification.view") || !seesBoard(member, activity)) return null;
  const summary = await taskSummary(tenant.id, activity.id, todayInShanghai());
  const manage = managesTasksOf(member, activity);
  if (summary.total === 0 && !manage) return null;
  const [t, o] = await Promise.all([getTranslations("oversightRectification"), getTranslations("oversight")]);
  const board = `/${tenant.slug}/console/oversight/${activity.id}/board`;
  return (
    <section aria-labelledby="rectification-panel" className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="rectification-panel" className="text-lg font-semibold text-gray-900">
        {t("panel.heading")}
      </h2>
      {summary.total === 0 ? (
        <p className="mt-2 text-sm text-gray-600">{t("panel.empty")}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-3 text-sm">
          {RECTIFICATION_STATUSES.map((s) => (
            <li key={s}>
              {o(`rectificationStatus.${s}`)} <strong>{summary.counts[s]}</strong>
            </li>
          ))}
          <li className={summary.overdue > 0 ? "text-red-700" : undefined}>
            {t("board.overdue")} <strong>{summary.overdue}</strong>
          </li>
        </ul>
      )}
      <Link href={board} className="mt-3 inline-block text-sm text-blue-800 underline">
        {summary.total === 0 ? t("panel.makeTasks") : t("panel.openBoard")}
      </Link>
    </section>
  );
}
