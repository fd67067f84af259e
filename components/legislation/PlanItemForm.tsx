"use client";
// Adds an item to a plan. An annual plan's item may be taken from a five-year plan: it then follows the same
// regulation project, and its fields are filled in from the source item (still editable).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Field, Input, Select, Textarea } from "@/components/ui";
import { addPlanItemAction } from "@/lib/modules/legislation/client";
import { addPlanItemSchema } from "@/lib/modules/legislation/client";
import { PIPELINE } from "@/lib/modules/legislation/client";
import { FormAlert } from "./FormAlert";

type Option = { id: string; name: string };
export type SourceItem = {
  id: string;
  title: string;
  planTitle: string;
  category: string;
  fieldId: string | null;
  draftingUnitId: string | null;
  leadCommitteeId: string | null;
};
type Props = {
  tenantSlug: string;
  planId: string;
  years: number[];
  sources: SourceItem[];
  fields: Option[];
  units: Option[];
  committees: Option[];
};
const CATEGORIES = addPlanItemSchema.shape.category.options;
const FIELDS = [
  "title",
  "category",
  "fieldId",
  "draftingUnitId",
  "leadCommitteeId",
  "plannedYear",
  "targetStage",
  "targetMonth",
  "sourceItemId",
  "notes",
];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function PlanItemForm({ tenantSlug, planId, years, sources, fields, units, committees }: Props) {
  const t = useTranslations("legislation.itemForm");
  const terms = useTranslations("legislationTerms");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [added, setAdded] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) => addPlanItemAction(tenantSlug, input));

  function fillFrom(sourceId: string) {
    const s = sources.find((x) => x.id === sourceId);
    const form = formRef.current;
    if (!s || !form) return;
    const set = (name: string, value: string | null) => {
      const el = form.elements.namedItem(name);
      if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) el.value = value ?? "";
    };
    set("title", s.title);
    set("category", s.category);
    set("fieldId", s.fieldId);
    set("draftingUnitId", s.draftingUnitId);
    set("leadCommitteeId", s.leadCommitteeId);
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = formObject(form);
    // Optional numbers are left out when empty (the schema coerces, and "" is not a year).
    const input = Object.fromEntries(
      Object.entries({ planId, ...f }).filter(
        ([k, v]) => !(["plannedYear", "targetStage", "targetMonth"].includes(k) && v === ""),
      ),
    );
    setAdded(false);
    submit(input, () => {
      setAdded(true);
      form.reset();
      router.refresh();
    });
  }

  const select = (name: string, label: string, options: Option[], hint?: string) => (
    <Field label={label} hint={hint} error={fieldError(name)}>
      <Select name={name} defaultValue="">
        <option value="">{t("none")}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="max-w-xl space-y-4">
      <FormAlert error={error} shown={FIELDS} />
      {added && <Alert tone="success">{t("added")}</Alert>}
      {sources.length > 0 && (
        <Field label={t("source")} hint={t("sourceHint")} error={fieldError("sourceItemId")}>
          <Select name="sourceItemId" defaultValue="" onChange={(e) => fillFrom(e.currentTarget.value)}>
            <option value="">{t("noSource")}</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {t("sourceOption", { plan: s.planTitle, title: s.title })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t("title")} error={fieldError("title")} required>
        <Input name="title" autoComplete="off" />
      </Field>
      <Field label={t("category")} hint={t("categoryHint")} error={fieldError("category")} required>
        <Select name="category" defaultValue="DELIBERATION">
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {terms(`category.${c}`)}
            </option>
          ))}
        </Select>
      </Field>
      {select("fieldId", t("field"), fields)}
      {select("draftingUnitId", t("draftingUnit"), units)}
      {select("leadCommitteeId", t("committee"), committees)}
      <div className="flex flex-wrap gap-4">
        <Field label={t("plannedYear")} error={fieldError("plannedYear")}>
          <Select name="plannedYear" defaultValue={years.length === 1 ? String(years[0]) : ""}>
            <option value="">{t("none")}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {t("yearOption", { year: y })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("targetStage")} error={fieldError("targetStage")}>
          <Select name="targetStage" defaultValue="">
            <option value="">{t("none")}</option>
            {PIPELINE.map((s) => (
              <option key={s} value={s}>
                {terms(`stage.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("targetMonth")} error={fieldError("targetMonth")}>
          <Select name="targetMonth" defaultValue="">
            <option value="">{t("none")}</option>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {t("monthOption", { month: m })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("notes")} error={fieldError("notes")}>
        <Textarea name="notes" rows={2} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
