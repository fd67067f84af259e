// The year's activities as cards (phone first): kind, state, committee, quarter or days, points and problems.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui";
import type { ActivityListRow } from "@/lib/modules/oversight";

export async function ActivityCards({
  rows,
  href,
}: {
  rows: ActivityListRow[];
  href: ((id: string) => string) | null;
}) {
  const [t, base] = await Promise.all([getTranslations("oversightActivities.list"), getTranslations("oversight")]);
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {rows.map((r) => (
        <li key={r.id} className="rounded-lg border border-gray-200 bg-white p-4">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone="info">{base(`kind.${r.kind}`)}</Badge>
            <Badge tone={r.status === "DONE" ? "success" : r.status === "CANCELLED" ? "neutral" : "warning"}>
              {base(`status.${r.status}`)}
            </Badge>
          </div>
          <h3 className="mt-2 break-words text-base font-semibold text-gray-900">
            {href ? (
              <Link href={href(r.id)} className="text-brand-700 underline-offset-2 hover:underline">
                {r.title}
              </Link>
            ) : (
              r.title
            )}
          </h3>
          <p className="mt-1 text-sm text-gray-700">
            {[
              r.committeeName,
              r.startOn ? (r.endOn && r.endOn !== r.startOn ? `${r.startOn} – ${r.endOn}` : r.startOn) : null,
              !r.startOn && r.plannedQuarter ? t("quarter", { q: r.plannedQuarter }) : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {(r.points > 0 || r.problems > 0) && (
            <p className="mt-1 text-sm text-gray-700">{t("counts", { points: r.points, problems: r.problems })}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
