"use client";
// Create a regulation project (立项). Amending or repealing one names the regulation in force it changes; the
// title is then suggested in the usual form (关于修改《…》的决定) while the staff member has not typed one.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Button, Field, Input, Select, Textarea } from "@/components/ui";
import { createRegulationAction } from "@/lib/modules/legislation/client";
import { FormAlert } from "./FormAlert";

type Option = { id: string; name: string };
type Props = {
  tenantSlug: string;
  thisYear: number;
  inForce: { id: string; title: string }[];
  fields: Option[];
  committees: Option[];
  units: Option[];
};
const KINDS = ["NEW", "AMENDMENT", "REPEAL"] as const;
const FIELDS = ["title", "kind", "targetId", "fieldId", "committeeId", "draftingUnitId", "year", "summary"];

export function RegulationForm({ tenantSlug, thisYear, inForce, fields, committees, units }: Props) {
  const t = useTranslations("legislation.regulationForm");
  const terms = useTranslations("legislationTerms.regulationKind");
  const router = useRouter();
  const [kind, setKind] = useState<(typeof KINDS)[number]>("NEW");
  const [target, setTarget] = useState("");
  const title = useRef<HTMLInputElement>(null);
  const suggested = useRef("");
  const { pending, error, submit, fieldError } = useActionForm((input) => createRegulationAction(tenantSlug, input));

  // Suggest a title only over an empty field or our own earlier suggestion, never over what was typed.
  function suggest(nextKind: string, targetId: string) {
    const chosen = inForce.find((r) => r.id === targetId);
    const el = title.current;
    if (!el || (el.value !== "" && el.value !== suggested.current)) return;
    suggested.current = chosen && nextKind !== "NEW" ? t(`suggestedTitle.${nextKind}`, { title: chosen.title }) : "";
    el.value = suggested.current;
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = formObject(e.currentTarget);
    const input = { ...f, targetId: kind === "NEW" ? "" : target };
    submit(input, (data) =>
      router.push(`/${tenantSlug}/console/legislation/regulations/${(data as { id: string }).id}?created=1`),
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-xl space-y-4">
      <FormAlert error={error} shown={FIELDS} />
      <Field label={t("kind")} error={fieldError("kind")} required>
        <Select
          name="kind"
          value={kind}
          onChange={(e) => {
            const k = e.currentTarget.value as typeof kind;
            setKind(k);
            suggest(k, target);
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {terms(k)}
            </option>
          ))}
        </Select>
      </Field>
      {kind !== "NEW" && (
        <Field
          label={t(`target.${kind}`)}
          hint={inForce.length === 0 ? t("noneInForce") : undefined}
          error={fieldError("targetId")}
          required
        >
          <Select
            name="targetId"
            value={target}
            onChange={(e) => {
              setTarget(e.currentTarget.value);
              suggest(kind, e.currentTarget.value);
            }}
          >
            <option value="">{t("chooseTarget")}</option>
            {inForce.map((r) => (
              <option key={r.id} value={r.id}>
                {t("targetOption", { title: r.title })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t("title")} hint={t("titleHint")} error={fieldError("title")} required>
        <Input ref={title} name="title" autoComplete="off" />
      </Field>
      <Field label={t("field")} error={fieldError("fieldId")}>
        <Select name="fieldId" defaultValue="">
          <option value="">{t("none")}</option>
          {fields.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("committee")} hint={t("committeeHint")} error={fieldError("committeeId")}>
        <Select name="committeeId" defaultValue="">
          <option value="">{t("none")}</option>
          {committees.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("draftingUnit")} error={fieldError("draftingUnitId")}>
        <Select name="draftingUnitId" defaultValue="">
          <option value="">{t("none")}</option>
          {units.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("year")} error={fieldError("year")} required>
        <Input
          name="year"
          type="number"
          inputMode="numeric"
          min={1980}
          max={2100}
          defaultValue={thisYear}
          className="max-w-[10rem]"
        />
      </Field>
      <Field label={t("summary")} error={fieldError("summary")}>
        <Textarea name="summary" rows={5} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
