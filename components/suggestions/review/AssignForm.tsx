"use client";
// 交办 (and 重新交办 after a hand-back): the lead unit, any assisting units, and — on the first assignment — the
// key marking. The deadlines the city's calendar gives from today are shown before the office submits.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert, Checkbox, Field, Select, Textarea } from "@/components/ui";
import { KeyFields, type KeyValues, type Option } from "./KeyFields";
import { ReviewForm } from "./ReviewForm";

type Props = {
  tenantSlug: string;
  id: string;
  mode: "assign" | "reassign";
  units: Option[];
  leaders: Option[];
  committees: Option[];
  key_: KeyValues;
  /** The deadlines from today, formatted, and the years whose calendar is not confirmed. */
  clock: { dueOn: string; viewDueOn: string; handlingDays: number; viewDays: number; unconfirmedYears: number[] };
};

export function AssignForm(p: Props) {
  const t = useTranslations("suggestionsReview.forms.assign");
  const [lead, setLead] = useState("");
  return (
    <ReviewForm
      tenantSlug={p.tenantSlug}
      id={p.id}
      action={p.mode}
      title={t(`${p.mode}Title`)}
      submit={t(`${p.mode}Submit`)}
      shown={["leadUnitId", "assistUnitIds", "supervisingLeaderId", "pushingCommitteeId", "note"]}
      lists={["assistUnitIds"]}
    >
      {(fe) => (
        <>
          <Field label={t("leadUnit")} error={fe("leadUnitId")} required>
            <Select name="leadUnitId" value={lead} onChange={(e) => setLead(e.target.value)}>
              <option value="" disabled>
                {t("chooseUnit")}
              </option>
              {p.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>
          </Field>
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium text-gray-900">{t("assistUnits")}</legend>
            {fe("assistUnitIds") && (
              <p role="alert" className="text-sm text-red-700">
                {fe("assistUnitIds")}
              </p>
            )}
            <div className="max-h-60 overflow-y-auto rounded border border-gray-200 px-3">
              {p.units
                .filter((u) => u.id !== lead)
                .map((u) => (
                  <Checkbox key={u.id} name="assistUnitIds" value={u.id} label={u.name} />
                ))}
            </div>
          </fieldset>
          <p className="text-sm text-gray-700">
            {t("deadline", { days: p.clock.handlingDays, day: p.clock.dueOn })}
            <br />
            {t("viewDeadline", { days: p.clock.viewDays, day: p.clock.viewDueOn })}
          </p>
          {p.clock.unconfirmedYears.length > 0 && (
            <Alert tone="warning">{t("unconfirmed", { years: p.clock.unconfirmedYears.join("、") })}</Alert>
          )}
          {p.mode === "assign" ? (
            <KeyFields fe={fe} leaders={p.leaders} committees={p.committees} initial={p.key_} />
          ) : (
            <Field label={t("note")} error={fe("note")}>
              <Textarea name="note" rows={2} maxLength={1000} />
            </Field>
          )}
        </>
      )}
    </ReviewForm>
  );
}
