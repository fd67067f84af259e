// Reception days as a list of cards (date, time, station, theme, deputies on duty by name and level): the
// station page's next days and the city calendar. Synchronous hooks only (the Pages Router renders it too).
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { linkClasses } from "@/components/legislation-public/format";
import type { PublicReceptionDay } from "@/lib/modules/stations/client";

type Props = { tenantSlug: string; days: PublicReceptionDay[]; showStation?: boolean; headingLevel?: "h2" | "h3" };

export function DayList({ tenantSlug, days, showStation = false, headingLevel = "h3" }: Props) {
  const t = useTranslations("stationsPublic");
  const format = useFormatter();
  const Heading = headingLevel;
  return (
    <ul className="space-y-3">
      {days.map((d) => (
        <li key={d.id} className="rounded-lg border border-gray-200 bg-white p-4">
          <Heading className="font-semibold text-gray-900">
            <time dateTime={d.day}>
              {format.dateTime(new Date(`${d.day}T00:00:00+08:00`), { dateStyle: "full", timeZone: "Asia/Shanghai" })}
            </time>{" "}
            <span className="font-normal text-gray-700">{t("day.time", { start: d.startTime, end: d.endTime })}</span>
          </Heading>
          {showStation && (
            <p className="mt-1">
              <Link href={`/${tenantSlug}/stations/${d.stationId}`} className={linkClasses}>
                {d.stationName}
              </Link>
            </p>
          )}
          {d.theme && <p className="mt-1 text-sm text-gray-800">{t("day.theme", { theme: d.theme })}</p>}
          {d.location && <p className="mt-1 text-sm text-gray-700">{t("day.location", { location: d.location })}</p>}
          <p className="mt-1 text-sm text-gray-700">
            {d.deputies.length === 0
              ? t("day.noDeputies")
              : t("day.deputies", {
                  names: d.deputies
                    .map((x) => t("day.deputy", { name: x.name, level: t(`level.${x.level}`) }))
                    .join(t("separator")),
                })}
          </p>
        </li>
      ))}
    </ul>
  );
}
