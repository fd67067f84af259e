"use client";
// Records one screening step of a proposal (初步审核, 征求意见函 and its reply, 立法论证会, a note). The first
// step moves a submitted proposal into screening (the server does that).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Field, Input, Select, Textarea } from "@/components/ui";
import { recordScreeningStepAction } from "@/lib/modules/legislation/client";
import { screeningStepSchema } from "@/lib/modules/legislation/client";
import { FormAlert } from "./FormAlert";

type Props = { tenantSlug: string; proposalId: string; today: string; units: { id: string; name: string }[] };
const FIELDS = ["kind", "occurredOn", "organiser", "participants", "unitId", "summary"];
const KINDS = screeningStepSchema.shape.kind.options;

export function ScreeningStepForm({ tenantSlug, proposalId, today, units }: Props) {
  const t = useTranslations("legislation.screening");
  const kinds = useTranslations("legislationTerms.stepKind");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) => recordScreeningStepAction(tenantSlug, input));

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setSaved(false);
    submit({ proposalId, ...formObject(form) }, () => {
      setSaved(true);
      form.reset();
      router.refresh();
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-xl space-y-4">
      <FormAlert error={error} shown={FIELDS} />
      {saved && <Alert tone="success">{t("saved")}</Alert>}
      <div className="flex flex-wrap gap-4">
        <Field label={t("kind")} error={fieldError("kind")} required>
          <Select name="kind" defaultValue={KINDS[0]}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {kinds(k)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("occurredOn")} error={fieldError("occurredOn")} required>
          <Input name="occurredOn" type="date" defaultValue={today} />
        </Field>
      </div>
      <Field label={t("organiser")} error={fieldError("organiser")}>
        <Input name="organiser" autoComplete="off" />
      </Field>
      <Field label={t("participants")} hint={t("participantsHint")} error={fieldError("participants")}>
        <Textarea name="participants" rows={2} />
      </Field>
      <Field label={t("unit")} hint={t("unitHint")} error={fieldError("unitId")}>
        <Select name="unitId" defaultValue="">
          <option value="">{t("noUnit")}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("summary")} error={fieldError("summary")} required>
        <Textarea name="summary" rows={4} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
