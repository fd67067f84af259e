// The year month by month, Monday first: days off (放假) and make-up working days (调休上班) marked in colour and
// in words (a letter inside the cell, and the full kind for screen readers), weekends greyed. Twelve small tables,
// one column of them on a phone. Server-rendered.
import { useFormatter, useTranslations } from "next-intl";
import { dayDate } from "@/components/legislation/util";
import { cx } from "@/components/ui";
import { addCalendarDays, weekdayOfDay, type CalendarEntryRow } from "@/lib/modules/calendar/client";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

type Props = { year: number; entries: CalendarEntryRow[]; today: string };

/** The month's days in weeks of seven, Monday first, padded with nulls. */
function weeksOf(year: number, month: number): (string | null)[][] {
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
  const cells: (string | null)[] = Array.from({ length: (weekdayOfDay(first) + 6) % 7 }, () => null);
  for (let day = first; day.startsWith(first.slice(0, 8)); day = addCalendarDays(day, 1)) cells.push(day);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

export function MonthGrid({ year, entries, today }: Props) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const listed = new Map(entries.map((e) => [e.day, e]));
  return (
    <div className="space-y-3">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-gray-700" aria-label={t("month.legend")}>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-4 w-4 rounded bg-red-100 ring-1 ring-red-300" />
          {t("kind.HOLIDAY")}
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-4 w-4 rounded bg-amber-100 ring-1 ring-amber-300" />
          {t("kind.WORKDAY")}
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-4 w-4 rounded bg-gray-100 ring-1 ring-gray-300" />
          {t("month.weekend")}
        </li>
      </ul>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
          <table key={month} className="w-full table-fixed border-collapse rounded-lg bg-white text-center text-sm">
            <caption className="pb-1 text-left font-semibold text-gray-900">
              {format.dateTime(dayDate(`${year}-${String(month).padStart(2, "0")}-01`), {
                year: "numeric",
                month: "long",
              })}
            </caption>
            <thead>
              <tr>
                {WEEKDAYS.map((d) => (
                  <th key={d} scope="col" className="py-1 text-xs font-medium text-gray-600">
                    <abbr title={t(`month.weekdayLong.${d}`)} className="no-underline">
                      {t(`month.weekday.${d}`)}
                    </abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeksOf(year, month).map((week, w) => (
                <tr key={w}>
                  {week.map((day, i) => {
                    if (!day) return <td key={i} />;
                    const entry = listed.get(day);
                    const weekend = i >= 5;
                    return (
                      <td key={day} className="p-0.5">
                        <span
                          className={cx(
                            "flex h-9 flex-col items-center justify-center rounded leading-tight",
                            entry?.kind === "HOLIDAY" && "bg-red-100 text-red-900 ring-1 ring-red-300",
                            entry?.kind === "WORKDAY" && "bg-amber-100 text-amber-900 ring-1 ring-amber-300",
                            !entry && weekend && "bg-gray-100 text-gray-600",
                            !entry && !weekend && "text-gray-900",
                            day === today && "font-bold underline",
                          )}
                          title={entry ? `${t(`kind.${entry.kind}`)} · ${entry.name}` : undefined}
                        >
                          {Number(day.slice(8))}
                          {entry && (
                            <>
                              <span aria-hidden className="text-[10px]">
                                {t(`month.mark.${entry.kind}`)}
                              </span>
                              <span className="sr-only">
                                {t(`kind.${entry.kind}`)} {entry.name}
                              </span>
                            </>
                          )}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}
