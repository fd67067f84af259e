// A station's reception schedules, each with its rule in words; those who run the station edit them in place.
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui";
import type { ScheduleRow } from "@/lib/modules/stations/client";
import type { PickedDeputy } from "./DeputyPicker";
import { ScheduleForm } from "./ScheduleForm";

type Props = {
  tenantSlug: string;
  stationId: string;
  schedules: ScheduleRow[];
  names: Record<string, string>;
  offered: PickedDeputy[];
  editable: boolean;
  today: string;
};

export function ScheduleList({ tenantSlug, stationId, schedules, names, offered, editable, today }: Props) {
  const t = useTranslations("stations.schedule");
  const rule = (s: ScheduleRow) => {
    if (s.kind === "ONCE") return t("rule.once", { day: s.startsOn });
    const every = s.everyMonths > 1 ? t("rule.every", { n: s.everyMonths }) : t("rule.monthly");
    if (s.kind === "MONTHLY_DAY") return `${every}${t("rule.day", { day: s.dayOfMonth ?? 1 })}`;
    const week = t(`weeks.${s.weekOfMonth === -1 ? "last" : (s.weekOfMonth ?? 1)}`);
    return `${every}${week}${t(`weekdays.${s.weekday ?? 1}`)}`;
  };
  if (schedules.length === 0) return <p className="text-sm text-gray-600">{t("none")}</p>;
  return (
    <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
      {schedules.map((s) => (
        <li key={s.id} className="space-y-1 p-4">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-medium text-gray-900">{s.title}</h3>
            {!s.active && <Badge>{t("inactive")}</Badge>}
          </div>
          <p className="text-sm text-gray-800">
            {rule(s)} {s.startTime}–{s.endTime} · {t(`holiday.${s.onHoliday}`)}
          </p>
          {s.theme && <p className="text-sm text-gray-700">{t("themeValue", { theme: s.theme })}</p>}
          <p className="text-sm text-gray-700">
            {t("deputiesValue", {
              names:
                s.deputyIds
                  .map((id) => names[id] ?? "")
                  .filter(Boolean)
                  .join("、") || "—",
            })}
          </p>
          {editable && (
            <details>
              <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("edit")}</summary>
              <div className="pt-3">
                <ScheduleForm
                  tenantSlug={tenantSlug}
                  stationId={stationId}
                  schedule={s}
                  offered={offered}
                  known={s.deputyIds.map((id) => ({ id, name: names[id] ?? "" }))}
                  today={today}
                />
              </div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
