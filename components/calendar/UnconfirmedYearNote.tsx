// The warning next to a deadline computed in a year whose holidays are not confirmed yet: it counts weekends
// only, so the day may still move when the State Council publishes the year's arrangement. Works in server and
// client components (a client component's layout must then hand it the "calendar" messages). Shows nothing when
// every year is confirmed, so a caller can always render it:
//   const due = calendar.addWorkingDaysChecked(today, 15);
//   <UnconfirmedYearNote years={due.unconfirmedYears} calendarHref={`/${slug}/console/calendar`} />
import Link from "next/link";
import { useTranslations } from "next-intl";
import { cx } from "@/components/ui";

type Props = {
  /** The unconfirmed years the deadline or range touches (`unconfirmedYears` of a *Checked result). */
  years: readonly number[];
  /** The city's calendar page, linked for members who may see it. */
  calendarHref?: string;
  className?: string;
};

export function UnconfirmedYearNote({ years, calendarHref, className }: Props) {
  const t = useTranslations("calendar.unconfirmed");
  if (years.length === 0) return null;
  return (
    <p role="note" className={cx("text-sm text-amber-900", className)}>
      <span aria-hidden>⚠ </span>
      {t("note", { years: years.join("、"), count: years.length })}
      {calendarHref && (
        <>
          {" "}
          <Link href={calendarHref} className="font-medium underline underline-offset-2">
            {t("link")}
          </Link>
        </>
      )}
    </p>
  );
}
