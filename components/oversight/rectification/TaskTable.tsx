// A page of rectification tasks: a table at a desk, cards on a phone; overdue flagged.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui";
import type { RectificationStatus, TaskRow } from "@/lib/modules/oversight/client";

export const STATUS_TONE: Record<RectificationStatus, BadgeTone> = {
  OPEN: "info",
  SUBMITTED: "warning",
  ACCEPTED: "success",
  RETURNED: "danger",
  REOPENED: "danger",
};

export async function TaskTable({
  rows,
  base,
  showActivity = false,
}: {
  rows: TaskRow[];
  base: string;
  showActivity?: boolean;
}) {
  const [t, o] = await Promise.all([getTranslations("oversightRectification"), getTranslations("oversight")]);
  const status = (r: TaskRow) => (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={STATUS_TONE[r.status]}>{o(`rectificationStatus.${r.status}`)}</Badge>
      {r.overdue && <Badge tone="danger">{t("board.overdueFlag")}</Badge>}
    </span>
  );
  return (
    <>
      <ul className="space-y-2 sm:hidden">
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-gray-200 bg-white p-3">
            <Link href={`${base}/${r.id}`} className="font-medium text-blue-800 underline">
              {r.problemSeq}. {r.problem.slice(0, 60)}
            </Link>
            <p className="mt-1 text-sm text-gray-700">
              {r.unitName} · {r.dueOn}
            </p>
            {showActivity && <p className="text-sm text-gray-600">{r.activityTitle}</p>}
            <div className="mt-1">{status(r)}</div>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto sm:block">
        <table className="min-w-full divide-y divide-gray-200 text-sm">
          <thead className="bg-gray-50 text-left text-gray-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("columns.seq")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("columns.problem")}
              </th>
              {showActivity && (
                <th scope="col" className="px-3 py-2">
                  {t("inbox.activity")}
                </th>
              )}
              <th scope="col" className="px-3 py-2">
                {t("columns.unit")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("columns.dueOn")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("columns.status")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100 bg-white">
            {rows.map((r) => (
              <tr key={r.id} className={r.overdue ? "bg-red-50" : undefined}>
                <td className="px-3 py-2">{r.problemSeq}</td>
                <td className="px-3 py-2">
                  <Link href={`${base}/${r.id}`} className="text-blue-800 underline">
                    {r.problem.slice(0, 80)}
                  </Link>
                </td>
                {showActivity && <td className="px-3 py-2">{r.activityTitle}</td>}
                <td className="px-3 py-2">{r.unitName}</td>
                <td className="whitespace-nowrap px-3 py-2">{r.dueOn}</td>
                <td className="px-3 py-2">{status(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
