"use client";
// The lead deputy's rating, on a phone first: three large choices (满意 / 基本满意 / 不满意) and a comment; what
// 不满意 leads to (re-handling on a new deadline, or closing when re-handling has been used) is said before sending.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert, Field, Textarea } from "@/components/ui";
import { HANDLING_NOTE_MAX, SATISFACTIONS, rateSuggestionAction } from "@/lib/modules/suggestions/client";
import { ChoiceGroup } from "./ChoiceGroup";
import { HandlingForm } from "./HandlingForm";

export function RateForm(p: { tenantSlug: string; id: string; rehandleLeft: boolean; rehandleDays: number }) {
  const t = useTranslations("suggestionsHandling.forms.rate");
  const base = useTranslations("suggestions");
  const [choice, setChoice] = useState<string | null>(null);
  return (
    <HandlingForm
      tenantSlug={p.tenantSlug}
      id={p.id}
      title={t("title")}
      submit={t("submit")}
      done={t("done")}
      action={rateSuggestionAction}
      shown={["satisfaction", "comment"]}
      hint={t("hint")}
    >
      {(fe) => (
        <>
          <ChoiceGroup
            name="satisfaction"
            legend={t("choice")}
            value={choice}
            onChange={setChoice}
            options={SATISFACTIONS.map((s) => ({
              value: s,
              label: base(`satisfaction.${s}`),
              ...(s === "UNSATISFIED" ? { tone: "danger" as const } : {}),
            }))}
            error={fe("satisfaction")}
          />
          {choice === "UNSATISFIED" && (
            <Alert tone="warning">
              {p.rehandleLeft ? t("unsatisfiedNote", { days: p.rehandleDays }) : t("unsatisfiedFinal")}
            </Alert>
          )}
          <Field label={t("comment")} error={fe("comment")}>
            <Textarea name="comment" rows={3} maxLength={HANDLING_NOTE_MAX} />
          </Field>
        </>
      )}
    </HandlingForm>
  );
}
