// Opens any year's page (a year the city has no row for yet counts weekends only until its days are entered).
// A plain GET form: the list page redirects to /calendar/{year}. Server-rendered, no script needed.
import { useTranslations } from "next-intl";
import { Button, Field, Input } from "@/components/ui";
import { FIRST_YEAR, LAST_YEAR } from "@/lib/modules/calendar/client";

/** `error`: the message for a year the page could not open (out of range), shown under the field. */
export function OpenYearForm({ action, error }: { action: string; error?: string }) {
  const t = useTranslations("calendar.list");
  return (
    <form method="get" action={action} noValidate className="flex flex-wrap items-end gap-3">
      <Field
        label={t("openOtherLabel")}
        hint={t("openOtherHint", { first: FIRST_YEAR, last: LAST_YEAR })}
        error={error}
      >
        <Input name="year" type="number" inputMode="numeric" min={FIRST_YEAR} max={LAST_YEAR} className="w-32" />
      </Field>
      <Button type="submit" variant="secondary">
        {t("openOtherSubmit")}
      </Button>
    </form>
  );
}
