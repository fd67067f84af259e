// A year's listed days, month by month: the date with its weekday, 放假 or 调休上班, the festival, and for the
// admin a remove button. Rows wrap instead of scrolling, so nothing hides off a 360 px screen. Server-rendered.
import { useFormatter, useTranslations } from "next-intl";
import { dayDate } from "@/components/legislation/util";
import { Badge } from "@/components/ui";
import type { CalendarEntryRow } from "@/lib/modules/calendar/client";
import { RemoveDayButton } from "./RemoveDayButton";

type Props = {
  entries: CalendarEntryRow[];
  /** The city, when the member may remove entries; null hides the buttons. */
  tenantSlug: string | null;
};

export function EntryList({ entries, tenantSlug }: Props) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const months = new Map<string, CalendarEntryRow[]>();
  for (const e of entries) {
    const key = e.day.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), e]);
  }
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {[...months].map(([month, rows]) => {
        const heading = format.dateTime(dayDate(`${month}-01`), { year: "numeric", month: "long" });
        return (
          <section key={month} aria-label={heading} className="rounded-lg border border-gray-200 bg-white shadow-sm">
            <h3 className="border-b border-gray-200 px-4 py-2 font-semibold text-gray-900">{heading}</h3>
            <ul className="divide-y divide-gray-200">
              {rows.map((e) => {
                const date = format.dateTime(dayDate(e.day), { month: "long", day: "numeric", weekday: "short" });
                return (
                  <li key={e.id} className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2.5 text-sm">
                    <time dateTime={e.day} className="min-w-28 font-medium text-gray-900">
                      {date}
                    </time>
                    <Badge tone={e.kind === "HOLIDAY" ? "danger" : "warning"}>{t(`kind.${e.kind}`)}</Badge>
                    <span className="min-w-0 flex-1 text-gray-800">{e.name}</span>
                    {tenantSlug && <RemoveDayButton tenantSlug={tenantSlug} id={e.id} label={`${date} ${e.name}`} />}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
