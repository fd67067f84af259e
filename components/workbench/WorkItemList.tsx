// The workbench's list of things waiting for the member: what, how many, by when in working days, and a link to
// the filtered list where it is done. A server component; the texts are each module's own (`label`).
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { UnconfirmedYearNote } from "@/components/calendar/UnconfirmedYearNote";
import { Badge } from "@/components/ui";
import { dayToDate } from "@/lib/dates";
import type { WorkItem } from "@/lib/modules/define";

export async function WorkItemList({ items, calendarHref }: { items: WorkItem[]; calendarHref?: string }) {
  const [t, tAll, format] = await Promise.all([getTranslations("console.home"), getTranslations(), getFormatter()]);
  const dueText = (due: NonNullable<WorkItem["due"]>) => {
    const date = format.dateTime(dayToDate(due.day), "date");
    if (due.workingDaysLeft > 0) return t("due.left", { n: due.workingDaysLeft, date });
    if (due.workingDaysLeft === 0) return t("due.today", { date });
    return t("due.overdue", { n: -due.workingDaysLeft, date });
  };
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {items.map((item) => (
        <li key={item.id} className="p-4">
          <Link href={item.href} className="group flex flex-wrap items-start justify-between gap-2">
            <span className="min-w-0 flex-1 font-medium text-stone-900 group-hover:text-brand-700 group-hover:underline">
              {tAll(item.label as never, item.values as never)}
            </span>
            {item.due && (
              <Badge
                tone={item.due.workingDaysLeft < 0 ? "danger" : item.due.workingDaysLeft <= 3 ? "warning" : "info"}
              >
                {dueText(item.due)}
              </Badge>
            )}
          </Link>
          {item.due && (
            <UnconfirmedYearNote years={item.due.unconfirmedYears} calendarHref={calendarHref} className="mt-1" />
          )}
        </li>
      ))}
    </ul>
  );
}
