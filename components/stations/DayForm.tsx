"use client";
// Edits one reception day (time, place, theme, deputies on duty) or cancels it; the schedule is left as it is.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Checkbox, Field, Input } from "@/components/ui";
import { updateReceptionDayAction, type ReceptionDayRow } from "@/lib/modules/stations/client";
import { DeputyPicker, type PickedDeputy } from "./DeputyPicker";

type Props = { tenantSlug: string; day: ReceptionDayRow; offered: PickedDeputy[]; known: PickedDeputy[] };
const FIELDS = ["startTime", "endTime", "theme", "location", "deputyIds"];

export function DayForm({ tenantSlug, day, offered, known }: Props) {
  const t = useTranslations("stations.day");
  const router = useRouter();
  const [deputyIds, setDeputyIds] = useState(day.deputyIds);
  const [saved, setSaved] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) => updateReceptionDayAction(tenantSlug, input));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = formObject(e.currentTarget);
    setSaved(false);
    submit({ ...f, id: day.id, deputyIds, cancelled: f.cancelled === "on" }, () => {
      setSaved(true);
      router.refresh();
    });
  }
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3">
      <FormAlert error={error} shown={FIELDS} />
      {saved && <Alert tone="success">{t("saved")}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("startTime")} error={fieldError("startTime")} required>
          <Input name="startTime" type="time" defaultValue={day.startTime} />
        </Field>
        <Field label={t("endTime")} error={fieldError("endTime")} required>
          <Input name="endTime" type="time" defaultValue={day.endTime} />
        </Field>
      </div>
      <Field label={t("theme")} error={fieldError("theme")}>
        <Input name="theme" defaultValue={day.theme} maxLength={200} autoComplete="off" />
      </Field>
      <Field label={t("location")} error={fieldError("location")}>
        <Input name="location" defaultValue={day.location} maxLength={200} autoComplete="off" />
      </Field>
      <DeputyPicker
        tenantSlug={tenantSlug}
        offered={offered}
        known={known}
        value={deputyIds}
        onChange={setDeputyIds}
        legend={t("deputies")}
        error={fieldError("deputyIds")}
      />
      <Checkbox name="cancelled" label={t("cancelled")} hint={t("cancelledHint")} defaultChecked={day.cancelled} />
      <Button type="submit" size="sm" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
