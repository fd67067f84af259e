"use client";
// The B reply's follow-up: solved now (A, closes it) or still in plan (B) with a new day; a letter may go with it.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, Input, Textarea } from "@/components/ui";
import { HANDLING_BODY_MAX, followUpSuggestionAction } from "@/lib/modules/suggestions/client";
import { ChoiceGroup } from "./ChoiceGroup";
import { HandlingForm } from "./HandlingForm";
import { LETTER_ACCEPT } from "./ReplyForm";

export function FollowUpForm(p: { tenantSlug: string; id: string; promisedOn: string | null; minPromised: string }) {
  const t = useTranslations("suggestionsHandling.forms");
  const [category, setCategory] = useState<"A" | "B">("A");
  return (
    <HandlingForm
      tenantSlug={p.tenantSlug}
      id={p.id}
      title={t("followUp.title")}
      submit={t("followUp.submit")}
      done={t("followUp.done")}
      action={followUpSuggestionAction}
      files
      shown={["category", "body", "promisedOn", "letter"]}
      hint={p.promisedOn ? t("followUp.hint", { date: p.promisedOn }) : undefined}
    >
      {(fe) => (
        <>
          <ChoiceGroup
            name="category"
            legend={t("followUp.category")}
            value={category}
            onChange={(v) => setCategory(v as "A" | "B")}
            options={[
              { value: "A", label: t("followUp.solved") },
              { value: "B", label: t("followUp.inPlan") },
            ]}
            error={fe("category")}
          />
          <Field label={t("followUp.body")} error={fe("body")} required>
            <Textarea name="body" rows={5} maxLength={HANDLING_BODY_MAX} />
          </Field>
          {category === "B" && (
            <Field label={t("followUp.promisedOn")} error={fe("promisedOn")} required>
              <Input type="date" name="promisedOn" min={p.minPromised} />
            </Field>
          )}
          <Field label={t("followUp.letter")} hint={t("fileHint")} error={fe("letter")}>
            <Input type="file" name="letter" accept={LETTER_ACCEPT} />
          </Field>
        </>
      )}
    </HandlingForm>
  );
}
