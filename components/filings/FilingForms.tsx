"use client";
// The filing review's forms: register a filing (its text or a file), assign it to a committee, record the
// finding, and the issuer's response (by the unit, or recorded by the office).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Button, Field, Input, Select, Textarea } from "@/components/ui";
import {
  assignFilingAction,
  FILING_FINDINGS,
  recordFilingResponseAction,
  registerFilingAction,
  respondFilingAction,
  reviewFilingAction,
} from "@/lib/modules/filings/client";

type Choice = { id: string; name: string };

const REGISTER_FIELDS = [
  "title",
  "issuer",
  "issuerUnitId",
  "docNumber",
  "issuedOn",
  "filedOn",
  "effectiveOn",
  "text",
  "file",
  "committeeId",
] as const;

export function RegisterFilingForm({
  tenantSlug,
  units,
  committees,
  today,
}: {
  tenantSlug: string;
  units: Choice[];
  committees: Choice[];
  today: string;
}) {
  const t = useTranslations("filings");
  const router = useRouter();
  const { pending, error, submit, fieldError } = useActionForm<{ id: string }>((input) =>
    registerFilingAction(tenantSlug, input as FormData),
  );
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    submit(new FormData(e.currentTarget), (r) => router.push(`/${tenantSlug}/console/filings/${r.id}`));
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert error={error} shown={[...REGISTER_FIELDS]} />
      <Field label={t("fields.title")} error={fieldError("title")} required>
        <Input name="title" maxLength={300} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("fields.issuer")} error={fieldError("issuer")} required>
          <Input name="issuer" maxLength={200} />
        </Field>
        <Field label={t("fields.issuerUnitId")} hint={t("fields.issuerUnitHint")} error={fieldError("issuerUnitId")}>
          <Select name="issuerUnitId" defaultValue="">
            <option value="">{t("fields.issuerUnitNone")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("fields.docNumber")} error={fieldError("docNumber")} required>
        <Input name="docNumber" maxLength={100} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("fields.issuedOn")} error={fieldError("issuedOn")} required>
          <Input name="issuedOn" type="date" max={today} />
        </Field>
        <Field label={t("fields.filedOn")} error={fieldError("filedOn")} required>
          <Input name="filedOn" type="date" max={today} defaultValue={today} />
        </Field>
        <Field label={t("fields.effectiveOn")} error={fieldError("effectiveOn")}>
          <Input name="effectiveOn" type="date" />
        </Field>
      </div>
      <Field label={t("fields.text")} hint={t("fields.textHint")} error={fieldError("text")}>
        <Textarea name="text" rows={8} />
      </Field>
      <Field label={t("fields.file")} error={fieldError("file")}>
        <Input name="file" type="file" accept=".pdf,.docx,application/pdf" />
      </Field>
      <Field label={t("fields.committeeId")} error={fieldError("committeeId")}>
        <Select name="committeeId" defaultValue="">
          <option value="">{t("fields.committeeNone")}</option>
          {committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("new.submit")}
      </Button>
    </form>
  );
}

export function AssignFilingForm({
  tenantSlug,
  id,
  committees,
  current,
}: {
  tenantSlug: string;
  id: string;
  committees: Choice[];
  current: string | null;
}) {
  const t = useTranslations("filings");
  const router = useRouter();
  const { pending, error, submit, fieldError } = useActionForm((input) => assignFilingAction(tenantSlug, input));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    submit({ ...formObject(e.currentTarget), id }, () => router.refresh());
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormAlert error={error} shown={["committeeId"]} />
      <Field label={t("fields.committeeId")} error={fieldError("committeeId")} required>
        <Select name="committeeId" defaultValue={current ?? ""}>
          <option value="" disabled>
            {t("assign.choose")}
          </option>
          {committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("assign.submit")}
      </Button>
    </form>
  );
}

export function ReviewFilingForm({ tenantSlug, id }: { tenantSlug: string; id: string }) {
  const t = useTranslations("filings");
  const router = useRouter();
  const { pending, error, submit, fieldError } = useActionForm((input) => reviewFilingAction(tenantSlug, input));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    submit({ ...formObject(e.currentTarget), id }, () => router.refresh());
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormAlert error={error} shown={["finding", "note"]} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-gray-900">{t("fields.finding")}</legend>
        {FILING_FINDINGS.map((f, i) => (
          <label key={f} className="flex items-center gap-2 text-sm text-gray-900">
            <input type="radio" name="finding" value={f} defaultChecked={i === 0} className="h-4 w-4" />
            {t(`finding.${f}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t("review.note")} hint={t("review.noteHint")} error={fieldError("note")} required>
        <Textarea name="note" rows={4} maxLength={5000} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("review.submit")}
      </Button>
    </form>
  );
}

export function RespondFilingForm({ tenantSlug, id, asOffice }: { tenantSlug: string; id: string; asOffice: boolean }) {
  const t = useTranslations("filings");
  const router = useRouter();
  const { pending, error, submit, fieldError } = useActionForm((input) =>
    asOffice ? recordFilingResponseAction(tenantSlug, input) : respondFilingAction(tenantSlug, input),
  );
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    submit({ ...formObject(e.currentTarget), id }, () => router.refresh());
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormAlert error={error} shown={["body"]} />
      <Field label={t("respond.body")} hint={t("respond.bodyHint")} error={fieldError("body")} required>
        <Textarea name="body" rows={4} maxLength={5000} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("respond.submit")}
      </Button>
    </form>
  );
}
