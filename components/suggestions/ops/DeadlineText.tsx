// A deadline as the lists show it: the clock's name and day, the working days left or the overdue flag, and a note
// when a year on the way has no confirmed holiday arrangement yet.
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui";
import type { SuggestionDeadline } from "@/lib/modules/suggestions/client";
import { leftLabel } from "./labels";

export function DeadlineText({ d, none }: { d: SuggestionDeadline | null; none: string }) {
  const t = useTranslations("suggestionsOps.list");
  const format = useFormatter();
  if (!d) return <span className="text-gray-600">{none}</span>;
  return (
    <span className={d.overdue ? "font-medium text-red-700" : "text-gray-800"}>
      <span className="text-xs text-gray-600">{t(`deadlineKind.${d.kind}`)}</span>{" "}
      <span className="whitespace-nowrap">{format.dateTime(new Date(`${d.day}T00:00:00+08:00`), "date")}</span>
      <span className="block text-xs">
        {d.overdue ? (
          <Badge tone="danger">{leftLabel(t, d)}</Badge>
        ) : (
          <span>
            {leftLabel(t, d)}
            {d.unconfirmedYears.length > 0 && (
              // The count may still move: a mark for the eye, the sentence for a screen reader and on hover.
              <span title={t("unconfirmed", { years: d.unconfirmedYears.join("、") })}>
                <span aria-hidden="true"> *</span>
                <span className="sr-only">{t("unconfirmed", { years: d.unconfirmedYears.join("、") })}</span>
              </span>
            )}
          </span>
        )}
      </span>
    </span>
  );
}
