"use client";
// Adds a contact point to the registry, or edits one (given `point`). The coordinator is chosen among the city's
// accounts holding the contact-point role; the server checks that again, and that the area is this city's.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Checkbox, Field, Input, Select } from "@/components/ui";
import { createContactPointAction, updateContactPointAction } from "@/lib/modules/contact-points/client";
import { CONTACT_POINT_TYPES, type ContactPointType } from "@/lib/modules/contact-points/client";

export type PointFormValues = {
  id: string;
  name: string;
  type: ContactPointType;
  areaId: string | null;
  coordinatorId: string | null;
  address: string;
  establishedOn: string | null;
  active: boolean;
};
type Props = {
  tenantSlug: string;
  point?: PointFormValues;
  areas: { id: string; name: string; depth: number }[];
  coordinators: { id: string; displayName: string; username: string }[];
  today: string;
};
const FIELDS = ["name", "type", "areaId", "coordinatorId", "address", "establishedOn", "active"];

export function ContactPointForm({ tenantSlug, point, areas, coordinators, today }: Props) {
  const t = useTranslations("contactPoints.form");
  const types = useTranslations("contactPoints.type");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) =>
    point ? updateContactPointAction(tenantSlug, input) : createContactPointAction(tenantSlug, input),
  );

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = formObject(e.currentTarget);
    const input = { ...f, active: f.active === "on", ...(point ? { id: point.id } : {}) };
    setSaved(false);
    submit(input, (data) => {
      if (point) {
        setSaved(true);
        router.refresh();
      } else {
        router.push(`/${tenantSlug}/console/contact-points/${data.id}`);
      }
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-xl space-y-4">
      <FormAlert error={error} shown={FIELDS} />
      {saved && <Alert tone="success">{t("saved")}</Alert>}
      <Field label={t("name")} hint={t("nameHint")} error={fieldError("name")} required>
        <Input name="name" defaultValue={point?.name} maxLength={100} autoComplete="off" />
      </Field>
      <Field label={t("type")} error={fieldError("type")} required>
        <Select name="type" defaultValue={point?.type ?? "SUBDISTRICT"}>
          {CONTACT_POINT_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {types(ty)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("area")} hint={t("areaHint")} error={fieldError("areaId")}>
        <Select name="areaId" defaultValue={point?.areaId ?? ""}>
          <option value="">{t("noArea")}</option>
          {/* Indentation shows the district → street → community tree inside a native select. */}
          {areas.map((a) => (
            <option key={a.id} value={a.id}>{`${"\u3000".repeat(a.depth)}${a.name}`}</option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("coordinator")}
        hint={coordinators.length ? t("coordinatorHint") : t("noCoordinators")}
        error={fieldError("coordinatorId")}
      >
        <Select name="coordinatorId" defaultValue={point?.coordinatorId ?? ""}>
          <option value="">{t("noCoordinator")}</option>
          {coordinators.map((u) => (
            <option key={u.id} value={u.id}>
              {t("coordinatorOption", { name: u.displayName, username: u.username })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("address")} error={fieldError("address")}>
        <Input name="address" defaultValue={point?.address} maxLength={200} autoComplete="off" />
      </Field>
      <Field label={t("establishedOn")} error={fieldError("establishedOn")}>
        <Input name="establishedOn" type="date" max={today} defaultValue={point?.establishedOn ?? ""} />
      </Field>
      <Checkbox name="active" label={t("active")} hint={t("activeHint")} defaultChecked={point?.active ?? true} />
      <Button type="submit" disabled={pending}>
        {point ? t("save") : t("create")}
      </Button>
    </form>
  );
}
