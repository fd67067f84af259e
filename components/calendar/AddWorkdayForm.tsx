"use client";
// Lists a make-up working day (调休上班): a Saturday or Sunday worked for a festival (春节：2月14日（周六）上班).
// The server refuses a weekday and a day already listed.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Field, Input } from "@/components/ui";
import { addWorkdayAction } from "@/lib/modules/calendar/client";

const FIELDS = ["name", "day"];

export function AddWorkdayForm({ tenantSlug, year }: { tenantSlug: string; year: number }) {
  const t = useTranslations("calendar.workdayForm");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [added, setAdded] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) => addWorkdayAction(tenantSlug, input));

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setAdded(false);
    submit(formObject(e.currentTarget), () => {
      setAdded(true);
      form.current?.reset();
      router.refresh();
    });
  }

  return (
    <form ref={form} noValidate onSubmit={onSubmit} className="space-y-4" aria-labelledby="workday-form-title">
      <h3 id="workday-form-title" className="font-semibold text-gray-900">
        {t("title")}
      </h3>
      <FormAlert error={error} shown={FIELDS} />
      {added && <Alert tone="success">{t("added")}</Alert>}
      <Field label={t("name")} hint={t("nameHint")} error={fieldError("name")} required>
        <Input name="name" maxLength={30} autoComplete="off" />
      </Field>
      <Field label={t("day")} hint={t("dayHint")} error={fieldError("day")} required>
        <Input name="day" type="date" min={`${year}-01-01`} max={`${year}-12-31`} defaultValue="" />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
