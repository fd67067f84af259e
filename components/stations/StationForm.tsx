"use client";
// Sets a liaison station up, or edits one (given `station`). Its staff accounts are not chosen here: the admin
// scopes a `station` role to it on the user form, and the station page lists them.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Checkbox, Field, Input, Select, Textarea } from "@/components/ui";
import {
  createStationAction,
  STATION_KINDS,
  updateStationAction,
  type StationKind,
} from "@/lib/modules/stations/client";

export type StationFormValues = {
  id: string;
  name: string;
  kind: StationKind;
  areaId: string | null;
  address: string;
  openingHours: string;
  phone: string;
  intro: string;
  establishedOn: string | null;
  active: boolean;
};
type Props = {
  tenantSlug: string;
  station?: StationFormValues;
  areas: { id: string; name: string; depth: number }[];
  today: string;
};
const FIELDS = ["name", "kind", "areaId", "address", "openingHours", "phone", "intro", "establishedOn", "active"];

export function StationForm({ tenantSlug, station, areas, today }: Props) {
  const t = useTranslations("stations.form");
  const kinds = useTranslations("stations.kind");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) =>
    station ? updateStationAction(tenantSlug, input) : createStationAction(tenantSlug, input),
  );

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = formObject(e.currentTarget);
    setSaved(false);
    submit({ ...f, active: f.active === "on", ...(station ? { id: station.id } : {}) }, (data) => {
      if (station) {
        setSaved(true);
        router.refresh();
      } else router.push(`/${tenantSlug}/console/stations/${data.id}`);
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-xl space-y-4">
      <FormAlert error={error} shown={FIELDS} />
      {saved && <Alert tone="success">{t("saved")}</Alert>}
      <Field label={t("name")} error={fieldError("name")} required>
        <Input name="name" defaultValue={station?.name} maxLength={100} autoComplete="off" />
      </Field>
      <Field label={t("kind")} error={fieldError("kind")} required>
        <Select name="kind" defaultValue={station?.kind ?? "COMMUNITY"}>
          {STATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {kinds(k)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("area")} hint={t("areaHint")} error={fieldError("areaId")}>
        <Select name="areaId" defaultValue={station?.areaId ?? ""}>
          <option value="">{t("noArea")}</option>
          {/* Indentation shows the district → street tree inside a native select. */}
          {areas.map((a) => (
            <option key={a.id} value={a.id}>{`${"\u3000".repeat(a.depth)}${a.name}`}</option>
          ))}
        </Select>
      </Field>
      <Field label={t("address")} error={fieldError("address")}>
        <Input name="address" defaultValue={station?.address} maxLength={200} autoComplete="off" />
      </Field>
      <Field label={t("openingHours")} hint={t("openingHoursHint")} error={fieldError("openingHours")}>
        <Input name="openingHours" defaultValue={station?.openingHours} maxLength={200} autoComplete="off" />
      </Field>
      <Field label={t("phone")} hint={t("phoneHint")} error={fieldError("phone")}>
        <Input name="phone" type="tel" defaultValue={station?.phone} maxLength={30} autoComplete="off" />
      </Field>
      <Field label={t("intro")} error={fieldError("intro")}>
        <Textarea name="intro" defaultValue={station?.intro} maxLength={2000} rows={4} />
      </Field>
      <Field label={t("establishedOn")} error={fieldError("establishedOn")}>
        <Input name="establishedOn" type="date" max={today} defaultValue={station?.establishedOn ?? ""} />
      </Field>
      <Checkbox name="active" label={t("active")} hint={t("activeHint")} defaultChecked={station?.active ?? true} />
      <Button type="submit" disabled={pending}>
        {station ? t("save") : t("create")}
      </Button>
    </form>
  );
}
