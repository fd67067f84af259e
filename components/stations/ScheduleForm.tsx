"use client";
// A station's reception schedule: monthly on a day (the 15th), monthly on a weekday (the first Tuesday, the last
// Friday), every N months (quarterly), or once (a mobile station's day at a fishing harbour); with its time,
// place, theme, deputies on duty and what happens on a day off. Saving rewrites its future days without a record.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Checkbox, Field, Input, Select } from "@/components/ui";
import {
  createScheduleAction,
  HOLIDAY_RULES,
  RECURRENCE_KINDS,
  updateScheduleAction,
  type RecurrenceKind,
  type ScheduleRow,
} from "@/lib/modules/stations/client";
import { DeputyPicker, type PickedDeputy } from "./DeputyPicker";

type Props = {
  tenantSlug: string;
  stationId: string;
  schedule?: ScheduleRow;
  offered: PickedDeputy[];
  known: PickedDeputy[];
  today: string;
};
const FIELDS = [
  "title",
  "kind",
  "dayOfMonth",
  "weekOfMonth",
  "weekday",
  "everyMonths",
  "startsOn",
  "endsOn",
  "startTime",
  "endTime",
  "onHoliday",
  "location",
  "theme",
  "deputyIds",
];
const WEEKS = [1, 2, 3, 4, -1];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

export function ScheduleForm({ tenantSlug, stationId, schedule, offered, known, today }: Props) {
  const t = useTranslations("stations.schedule");
  const router = useRouter();
  const [kind, setKind] = useState<RecurrenceKind>(schedule?.kind ?? "MONTHLY_DAY");
  const [deputyIds, setDeputyIds] = useState<string[]>(schedule?.deputyIds ?? []);
  const [saved, setSaved] = useState<number | null>(null);
  const { pending, error, submit, fieldError } = useActionForm((input) =>
    schedule ? updateScheduleAction(tenantSlug, input) : createScheduleAction(tenantSlug, input),
  );
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = formObject(e.currentTarget);
    const form = e.currentTarget;
    setSaved(null);
    const input = {
      ...f,
      stationId,
      deputyIds,
      active: f.active === "on",
      ...(kind === "ONCE" ? { everyMonths: "1" } : {}),
      ...(schedule ? { id: schedule.id } : {}),
    };
    submit(input, (data) => {
      setSaved(data.days);
      if (!schedule) {
        form.reset();
        setDeputyIds([]);
      }
      router.refresh();
    });
  }
  return (
    <form noValidate onSubmit={onSubmit} className="max-w-xl space-y-4">
      <FormAlert error={error} shown={FIELDS} />
      {saved !== null && <Alert tone="success">{t("saved", { days: saved })}</Alert>}
      <Field label={t("title")} hint={t("titleHint")} error={fieldError("title")} required>
        <Input name="title" defaultValue={schedule?.title} maxLength={100} autoComplete="off" />
      </Field>
      <Field label={t("kind")} error={fieldError("kind")} required>
        <Select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as RecurrenceKind)}>
          {RECURRENCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      {kind === "MONTHLY_DAY" && (
        <Field label={t("dayOfMonth")} hint={t("dayOfMonthHint")} error={fieldError("dayOfMonth")} required>
          <Input name="dayOfMonth" type="number" min={1} max={31} defaultValue={schedule?.dayOfMonth ?? 15} />
        </Field>
      )}
      {kind === "MONTHLY_WEEKDAY" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("weekOfMonth")} error={fieldError("weekOfMonth")} required>
            <Select name="weekOfMonth" defaultValue={String(schedule?.weekOfMonth ?? 1)}>
              {WEEKS.map((w) => (
                <option key={w} value={w}>
                  {t(`weeks.${w === -1 ? "last" : w}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("weekday")} error={fieldError("weekday")} required>
            <Select name="weekday" defaultValue={String(schedule?.weekday ?? 2)}>
              {WEEKDAYS.map((d) => (
                <option key={d} value={d}>
                  {t(`weekdays.${d}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      {kind !== "ONCE" && (
        <Field label={t("everyMonths")} hint={t("everyMonthsHint")} error={fieldError("everyMonths")}>
          <Input name="everyMonths" type="number" min={1} max={12} defaultValue={schedule?.everyMonths ?? 1} />
        </Field>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={kind === "ONCE" ? t("onDay") : t("startsOn")} error={fieldError("startsOn")} required>
          <Input name="startsOn" type="date" defaultValue={schedule?.startsOn ?? today} />
        </Field>
        {kind !== "ONCE" && (
          <Field label={t("endsOn")} error={fieldError("endsOn")}>
            <Input name="endsOn" type="date" defaultValue={schedule?.endsOn ?? ""} />
          </Field>
        )}
        <Field label={t("startTime")} error={fieldError("startTime")} required>
          <Input name="startTime" type="time" defaultValue={schedule?.startTime ?? "09:00"} />
        </Field>
        <Field label={t("endTime")} error={fieldError("endTime")} required>
          <Input name="endTime" type="time" defaultValue={schedule?.endTime ?? "11:30"} />
        </Field>
      </div>
      <Field label={t("onHoliday")} error={fieldError("onHoliday")}>
        <Select name="onHoliday" defaultValue={schedule?.onHoliday ?? "NEXT_WORKING_DAY"}>
          {HOLIDAY_RULES.map((h) => (
            <option key={h} value={h}>
              {t(`holiday.${h}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("location")} hint={t("locationHint")} error={fieldError("location")}>
        <Input name="location" defaultValue={schedule?.location} maxLength={200} autoComplete="off" />
      </Field>
      <Field label={t("theme")} hint={t("themeHint")} error={fieldError("theme")}>
        <Input name="theme" defaultValue={schedule?.theme} maxLength={200} autoComplete="off" />
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
      <Checkbox name="active" label={t("active")} hint={t("activeHint")} defaultChecked={schedule?.active ?? true} />
      <Button type="submit" disabled={pending}>
        {schedule ? t("save") : t("create")}
      </Button>
    </form>
  );
}
