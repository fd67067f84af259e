// The city's years as cards (they read well at 360 px): status, how many days are listed, working days in the
// year, and who confirmed it. Server-rendered.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { linkClasses } from "@/components/legislation/util";
import { Badge } from "@/components/ui";
import type { CalendarYearSummary } from "@/lib/modules/calendar/client";

export function YearList({ years, base }: { years: CalendarYearSummary[]; base: string }) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  return (
    <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label={t("list.years")}>
      {years.map((y) => (
        <li key={y.year} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-lg font-semibold text-gray-900">
              <Link href={`${base}/${y.year}`} className={linkClasses}>
                {t("list.yearTitle", { year: y.year })}
              </Link>
            </h2>
            {y.confirmed ? (
              <Badge tone="success">{t("status.confirmed")}</Badge>
            ) : (
              <Badge tone="warning">{t("status.unconfirmedShort")}</Badge>
            )}
          </div>
          {!y.confirmed && <p className="mt-2 text-sm text-amber-900">{t("status.unconfirmed")}</p>}
          <p className="mt-2 text-sm text-gray-700">
            {t("list.counts", { holidays: y.holidays, workdays: y.workdays, workingDays: y.workingDays })}
          </p>
          <p className="mt-1 text-sm text-gray-600">
            {y.source ? t(`source.${y.source as "manual" | "chinese-days"}`) : t("source.none")}
            {y.confirmedAt &&
              ` · ${
                y.confirmedBy
                  ? t("list.confirmedBy", { name: y.confirmedBy, at: format.dateTime(y.confirmedAt, "date") })
                  : t("list.confirmedAt", { at: format.dateTime(y.confirmedAt, "date") })
              }`}
          </p>
        </li>
      ))}
    </ul>
  );
}
