"use client";
// The inquiry panel's forms: the research figures and the session's day and place, the respondent units with
// their officials, and the inquiry's moves (closing the session opens the satisfaction vote). Each refreshes the
// page when it succeeds; refusals come back in the member's language, field errors under their fields.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Button, Field, Input, Select, Textarea } from "@/components/ui";
import {
  addRespondentAction,
  moveInquiryAction,
  removeRespondentAction,
  updateInquiryAction,
} from "@/lib/modules/oversight/client";
import type { InquiryStatus } from "@/lib/modules/oversight/client";

type Research = {
  reasons: string;
  questionnaires: number;
  questionnaireResponses: number;
  forums: number;
  visits: number;
  researchNote: string;
  sessionOn: string | null;
  sessionPlace: string;
};

export function ResearchForm({
  tenantSlug,
  inquiryId,
  values,
}: {
  tenantSlug: string;
  inquiryId: string;
  values: Research;
}) {
  const t = useTranslations("oversightInquiry.form");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) => updateInquiryAction(tenantSlug, input));
  const shown = [
    "reasons",
    "questionnaires",
    "questionnaireResponses",
    "forums",
    "visits",
    "researchNote",
    "sessionOn",
    "sessionPlace",
  ];
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        submit({ ...formObject(e.currentTarget), inquiryId }, () => {
          setSaved(true);
          router.refresh();
        });
      }}
    >
      <FormAlert error={error} shown={shown} />
      <Field label={t("reasons")} error={fieldError("reasons")}>
        <Textarea name="reasons" rows={3} defaultValue={values.reasons} maxLength={5000} />
      </Field>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {(["questionnaires", "questionnaireResponses", "forums", "visits"] as const).map((k) => (
          <Field key={k} label={t(k)} error={fieldError(k)}>
            <Input name={k} type="number" inputMode="numeric" min={0} defaultValue={values[k]} />
          </Field>
        ))}
      </div>
      <Field label={t("researchNote")} error={fieldError("researchNote")}>
        <Textarea name="researchNote" rows={3} defaultValue={values.researchNote} maxLength={5000} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("sessionOn")} error={fieldError("sessionOn")}>
          <Input name="sessionOn" type="date" defaultValue={values.sessionOn ?? ""} />
        </Field>
        <Field label={t("sessionPlace")} error={fieldError("sessionPlace")}>
          <Input name="sessionPlace" defaultValue={values.sessionPlace} maxLength={200} />
        </Field>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        {saved && (
          <span role="status" className="text-sm text-green-800">
            {t("saved")}
          </span>
        )}
      </div>
    </form>
  );
}

export function RespondentForm({
  tenantSlug,
  inquiryId,
  units,
}: {
  tenantSlug: string;
  inquiryId: string;
  units: { id: string; name: string }[];
}) {
  const t = useTranslations("oversightInquiry.form");
  const router = useRouter();
  const ref = useRef<HTMLFormElement>(null);
  const { pending, error, submit, fieldError } = useActionForm((input) => addRespondentAction(tenantSlug, input));
  return (
    <form
      ref={ref}
      noValidate
      className="space-y-3 rounded-lg border border-gray-200 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit({ ...formObject(e.currentTarget), inquiryId }, () => {
          ref.current?.reset();
          router.refresh();
        });
      }}
    >
      <FormAlert error={error} shown={["unitId", "officials"]} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("unit")} error={fieldError("unitId")} required>
          <Select name="unitId" defaultValue="">
            <option value="">{t("chooseUnit")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("officials")} hint={t("officialsHint")} error={fieldError("officials")} required>
          <Input name="officials" maxLength={500} />
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("addRespondent")}
      </Button>
    </form>
  );
}

export function RemoveRespondent({
  tenantSlug,
  inquiryId,
  respondentId,
}: {
  tenantSlug: string;
  inquiryId: string;
  respondentId: string;
}) {
  const t = useTranslations("oversightInquiry.form");
  const router = useRouter();
  const { pending, error, submit } = useActionForm((input) => removeRespondentAction(tenantSlug, input));
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        type="button"
        variant="ghost"
        size="sm"
        disabled={pending}
        onClick={() => submit({ inquiryId, respondentId }, () => router.refresh())}
      >
        {t("remove")}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error.message}
        </span>
      )}
    </span>
  );
}

export function MoveInquiry({
  tenantSlug,
  inquiryId,
  from,
  to,
}: {
  tenantSlug: string;
  inquiryId: string;
  from: InquiryStatus;
  to: InquiryStatus;
}) {
  const t = useTranslations("oversightInquiry.panel.moves");
  const router = useRouter();
  const { pending, error, submit } = useActionForm((input) => moveInquiryAction(tenantSlug, input));
  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant={to === "CLOSED" ? "secondary" : "primary"}
        disabled={pending}
        className="w-full sm:w-auto"
        onClick={() => submit({ inquiryId, from, to }, () => router.refresh())}
      >
        {t(to)}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error.message}
        </p>
      )}
    </div>
  );
}
