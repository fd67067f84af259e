// The station's coming reception days: date, time, theme, deputies on duty, and whether a record exists; those
// who run the station edit or cancel a day, and record a reception from it.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { dayDate, linkClasses } from "@/components/legislation/util";
import { Badge } from "@/components/ui";
import type { ReceptionDayRow } from "@/lib/modules/stations/client";
import { DayForm } from "./DayForm";
import type { PickedDeputy } from "./DeputyPicker";

type Props = {
  tenantSlug: string;
  base: string;
  days: ReceptionDayRow[];
  names: Record<string, string>;
  offered: PickedDeputy[];
  editable: boolean;
  today: string;
};

export function DayList({ tenantSlug, base, days, names, offered, editable, today }: Props) {
  const t = useTranslations("stations.day");
  const format = useFormatter();
  if (days.length === 0) return <p className="text-sm text-gray-600">{t("none")}</p>;
  return (
    <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
      {days.map((d) => (
        <li key={d.id} className="space-y-1 p-4">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-medium text-gray-900">
              {format.dateTime(dayDate(d.day), "date")} {d.startTime}–{d.endTime}
            </h3>
            {d.cancelled && <Badge tone="danger">{t("cancelledBadge")}</Badge>}
            {d.recordId && <Badge tone="success">{t("recorded")}</Badge>}
          </div>
          {d.theme && <p className="text-sm text-gray-700">{d.theme}</p>}
          <p className="text-sm text-gray-700">
            {t("deputiesValue", {
              names:
                d.deputyIds
                  .map((id) => names[id] ?? "")
                  .filter(Boolean)
                  .join("、") || "—",
            })}
          </p>
          <div className="flex flex-wrap gap-4 text-sm">
            {d.recordId ? (
              <Link href={`${base}/records/${d.recordId}`} className={linkClasses}>
                {t("openRecord")}
              </Link>
            ) : (
              editable &&
              !d.cancelled &&
              d.day <= today && (
                <Link href={`${base}/records/new?day=${d.id}`} className={linkClasses}>
                  {t("record")}
                </Link>
              )
            )}
          </div>
          {editable && !d.recordId && (
            <details>
              <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("edit")}</summary>
              <div className="pt-3">
                <DayForm
                  tenantSlug={tenantSlug}
                  day={d}
                  offered={offered}
                  known={d.deputyIds.map((id) => ({ id, name: names[id] ?? "" }))}
                />
              </div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
