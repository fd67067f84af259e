"use client";
// Lists days off (放假) from one day to another under a festival's name, as the State Council's notice gives them
// (春节：2月15日至23日放假). The server refuses days already listed and names them.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Field, Input } from "@/components/ui";
import { addHolidayAction } from "@/lib/modules/calendar/client";

const FIELDS = ["name", "from", "to"];

export function AddHolidayForm({ tenantSlug, year }: { tenantSlug: string; year: number }) {
  const t = useTranslations("calendar.holidayForm");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [added, setAdded] = useState<number | null>(null);
  const { pending, error, submit, fieldError } = useActionForm((input) => addHolidayAction(tenantSlug, input));

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setAdded(null);
    submit(formObject(e.currentTarget), (data) => {
      setAdded(data.days);
      form.current?.reset();
      router.refresh();
    });
  }

  return (
    <form ref={form} noValidate onSubmit={onSubmit} className="space-y-4" aria-labelledby="holiday-form-title">
      <h3 id="holiday-form-title" className="font-semibold text-gray-900">
        {t("title")}
      </h3>
      <FormAlert error={error} shown={FIELDS} />
      {added !== null && <Alert tone="success">{t("added", { days: added })}</Alert>}
      <Field label={t("name")} hint={t("nameHint")} error={fieldError("name")} required>
        <Input name="name" maxLength={30} autoComplete="off" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("from")} error={fieldError("from")} required>
          <Input name="from" type="date" min={`${year - 1}-12-01`} max={`${year}-12-31`} defaultValue="" />
        </Field>
        <Field label={t("to")} hint={t("toHint")} error={fieldError("to")} required>
          <Input name="to" type="date" min={`${year - 1}-12-01`} max={`${year + 1}-01-31`} defaultValue="" />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
