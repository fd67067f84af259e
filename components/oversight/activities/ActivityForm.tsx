"use client";
// The activity's form, new or edit: kind, year, title, summary, committee, the law inspected (and the Lianxin
// regulation when it is one), the planned quarter and the days, published on the plan page.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button, Checkbox, Field, Input, Select, Textarea } from "@/components/ui";
import {
  createActivityAction,
  OVERSIGHT_KINDS,
  updateActivityAction,
  type OversightKind,
} from "@/lib/modules/oversight/client";

type Option = { id: string; name: string };
export type ActivityFormValues = {
  id?: string;
  kind: OversightKind;
  year: number;
  title: string;
  summary: string;
  committeeId: string | null;
  lawName: string | null;
  regulationId: string | null;
  plannedQuarter: number | null;
  startOn: string | null;
  endOn: string | null;
  published: boolean;
};

const SHOWN = [
  "kind",
  "year",
  "title",
  "summary",
  "committeeId",
  "lawName",
  "regulationId",
  "plannedQuarter",
  "startOn",
  "endOn",
];

export function ActivityForm({
  tenantSlug,
  values,
  committees,
  regulations,
  committeeRequired,
}: {
  tenantSlug: string;
  values: ActivityFormValues;
  committees: Option[];
  regulations: { id: string; title: string }[];
  committeeRequired: boolean;
}) {
  const t = useTranslations("oversightActivities.form");
  const base = useTranslations("oversight");
  const router = useRouter();
  const [kind, setKind] = useState<OversightKind>(values.kind);
  const { pending, error, submit, fieldError } = useActionForm((input) =>
    values.id ? updateActivityAction(tenantSlug, input) : createActivityAction(tenantSlug, input),
  );
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const input: Record<string, unknown> = {};
    data.forEach((v, k) => {
      if (typeof v === "string") input[k] = v;
    });
    input.published = data.get("published") === "on";
    if (values.id) input.id = values.id;
    submit(input, (r) => router.push(`/${tenantSlug}/console/oversight/${(r as { id: string }).id}`));
  }
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4 rounded-lg border border-gray-200 bg-white p-4">
      <FormAlert error={error} shown={SHOWN} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("kind")} error={fieldError("kind")} required>
          <Select name="kind" defaultValue={values.kind} onChange={(e) => setKind(e.target.value as OversightKind)}>
            {OVERSIGHT_KINDS.map((k) => (
              <option key={k} value={k}>
                {base(`kind.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("year")} error={fieldError("year")} required>
          <Input name="year" type="number" inputMode="numeric" defaultValue={values.year} min={2000} max={2100} />
        </Field>
      </div>
      <Field label={t("title")} error={fieldError("title")} required>
        <Input name="title" defaultValue={values.title} maxLength={200} />
      </Field>
      <Field label={t("summary")} error={fieldError("summary")}>
        <Textarea name="summary" rows={4} defaultValue={values.summary} maxLength={4000} />
      </Field>
      <Field label={t("committee")} error={fieldError("committeeId")} required={committeeRequired}>
        <Select name="committeeId" defaultValue={values.committeeId ?? ""}>
          {!committeeRequired && <option value="">{t("noCommittee")}</option>}
          {committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      {kind === "LAW_INSPECTION" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("lawName")} hint={t("lawNameHint")} error={fieldError("lawName")}>
            <Input name="lawName" defaultValue={values.lawName ?? ""} maxLength={200} />
          </Field>
          <Field label={t("regulation")} error={fieldError("regulationId")}>
            <Select name="regulationId" defaultValue={values.regulationId ?? ""}>
              <option value="">{t("noRegulation")}</option>
              {regulations.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("quarter")} error={fieldError("plannedQuarter")}>
          <Select name="plannedQuarter" defaultValue={values.plannedQuarter ? String(values.plannedQuarter) : ""}>
            <option value="">{t("noQuarter")}</option>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {t("quarterValue", { q })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("startOn")} error={fieldError("startOn")}>
          <Input name="startOn" type="date" defaultValue={values.startOn ?? ""} />
        </Field>
        <Field label={t("endOn")} error={fieldError("endOn")}>
          <Input name="endOn" type="date" defaultValue={values.endOn ?? ""} />
        </Field>
      </div>
      <Checkbox name="published" label={t("published")} defaultChecked={values.published} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {values.id ? t("save") : t("create")}
      </Button>
    </form>
  );
}
