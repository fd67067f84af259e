"use client";
// Creates a five-year plan (e.g. 第九届, 2026–2030) or an annual plan (one year). An annual plan's end year is
// its start year, so the form asks for the end year only for five-year plans.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Button, Field, Input, Select, Textarea } from "@/components/ui";
import { createPlanAction } from "@/lib/modules/legislation/client";
import { createPlanSchema } from "@/lib/modules/legislation/client";
import { FormAlert } from "./FormAlert";

const KINDS = createPlanSchema.shape.kind.options;
const FIELDS = ["kind", "title", "term", "startYear", "endYear", "description"];

export function PlanForm({ tenantSlug, thisYear }: { tenantSlug: string; thisYear: number }) {
  const t = useTranslations("legislation.planForm");
  const terms = useTranslations("legislationTerms.planKind");
  const router = useRouter();
  const [kind, setKind] = useState<(typeof KINDS)[number]>("ANNUAL");
  const { pending, error, submit, fieldError } = useActionForm((input) => createPlanAction(tenantSlug, input));

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = formObject(e.currentTarget);
    const input = {
      kind,
      title: f.title ?? "",
      term: f.term ?? "",
      startYear: f.startYear ?? "",
      endYear: kind === "ANNUAL" ? (f.startYear ?? "") : (f.endYear ?? ""),
      description: f.description ?? "",
    };
    submit(input, (data) => router.push(`/${tenantSlug}/console/legislation/plans/${(data as { id: string }).id}`));
  }

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-xl space-y-4">
      <FormAlert error={error} shown={FIELDS} />
      <Field label={t("kind")} error={fieldError("kind")} required>
        <Select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {terms(k)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("title")} hint={t(`titleHint.${kind}`)} error={fieldError("title")} required>
        <Input name="title" autoComplete="off" />
      </Field>
      <Field label={t("term")} hint={t("termHint")} error={fieldError("term")}>
        <Input name="term" autoComplete="off" className="max-w-xs" />
      </Field>
      <div className="flex flex-wrap gap-4">
        <Field label={kind === "ANNUAL" ? t("year") : t("startYear")} error={fieldError("startYear")} required>
          <Input
            name="startYear"
            type="number"
            inputMode="numeric"
            min={1980}
            max={2100}
            defaultValue={thisYear}
            className="max-w-[10rem]"
          />
        </Field>
        {kind === "FIVE_YEAR" && (
          <Field label={t("endYear")} error={fieldError("endYear")} required>
            <Input
              name="endYear"
              type="number"
              inputMode="numeric"
              min={1980}
              max={2100}
              defaultValue={thisYear + 4}
              className="max-w-[10rem]"
            />
          </Field>
        )}
      </div>
      {kind === "ANNUAL" && fieldError("endYear") && (
        <p className="text-sm font-medium text-red-700">{fieldError("endYear")}</p>
      )}
      <Field label={t("description")} error={fieldError("description")}>
        <Textarea name="description" rows={4} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
