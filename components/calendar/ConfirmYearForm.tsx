"use client";
// Confirms a year's arrangement once its days are entered from the State Council's notice; deadlines in the year
// then carry no warning. Offered only while the year is unconfirmed; the server checks again.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Button, Card, CardBody, CardHeader, CardTitle, Field, Input } from "@/components/ui";
import { confirmCalendarYearAction } from "@/lib/modules/calendar/client";

const FIELDS = ["note"];

export function ConfirmYearForm({ tenantSlug, year }: { tenantSlug: string; year: number }) {
  const t = useTranslations("calendar.confirmForm");
  const router = useRouter();
  const { pending, error, submit, fieldError } = useActionForm((input) => confirmCalendarYearAction(tenantSlug, input));

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    submit({ ...formObject(e.currentTarget), year }, () => router.refresh());
  }

  return (
    <Card as="section" aria-labelledby="confirm-year-title">
      <CardHeader>
        <CardTitle id="confirm-year-title">{t("title")}</CardTitle>
      </CardHeader>
      <CardBody>
        <form noValidate onSubmit={onSubmit} className="max-w-xl space-y-4">
          <p className="text-sm text-gray-700">{t("body")}</p>
          <FormAlert error={error} shown={FIELDS} />
          <Field label={t("note")} hint={t("noteHint")} error={fieldError("note")}>
            <Input name="note" maxLength={200} autoComplete="off" />
          </Field>
          <Button type="submit" disabled={pending}>
            {t("submit", { year })}
          </Button>
        </form>
      </CardBody>
    </Card>
  );
}
