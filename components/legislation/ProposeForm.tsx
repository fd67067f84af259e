"use client";
// A deputy, unit or committee proposes a regulation to an open call. The proposer type follows from the
// member's role (chosen by the page); on success the receipt code is shown for tracking the proposal.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Field, Input, Select, Textarea } from "@/components/ui";
import { submitProposalAction } from "@/lib/modules/legislation/client";
import { FormAlert } from "./FormAlert";

type Props = {
  tenantSlug: string;
  calls: { id: string; title: string; closes: string }[];
  fields: { id: string; name: string }[];
  proposerType: "DEPUTY" | "UNIT" | "COMMITTEE" | "OTHER";
  defaultName: string;
};
const FIELDS = ["callId", "title", "necessity", "mainContent", "fieldId", "proposerName"];

export function ProposeForm({ tenantSlug, calls, fields, proposerType, defaultName }: Props) {
  const t = useTranslations("legislation.propose");
  const [receipt, setReceipt] = useState<string | null>(null);
  const [noCall, setNoCall] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) => submitProposalAction(tenantSlug, input));

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const input = formObject(form);
    // An empty choice would come back as zod's bare "invalid UUID"; say what is missing instead.
    setNoCall(!input.callId);
    if (!input.callId) return;
    submit({ ...input, proposerType }, (data) => {
      setReceipt((data as { receiptCode: string }).receiptCode);
      form.reset();
    });
  }

  if (receipt) {
    return (
      <div className="max-w-xl space-y-4">
        <Alert tone="success" title={t("submitted")}>
          <p>{t("receiptIntro")}</p>
          <p className="mt-2 font-mono text-2xl font-semibold tracking-wider">{receipt}</p>
          <p className="mt-2">{t("receiptHint")}</p>
        </Alert>
        <Button type="button" variant="secondary" onClick={() => setReceipt(null)}>
          {t("another")}
        </Button>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-2xl space-y-4">
      <FormAlert error={error} shown={FIELDS} />
      <Field label={t("call")} error={noCall ? t("chooseCallError") : fieldError("callId")} required>
        <Select name="callId" defaultValue={calls.length === 1 ? calls[0]!.id : ""}>
          {calls.length > 1 && <option value="">{t("chooseCall")}</option>}
          {calls.map((c) => (
            <option key={c.id} value={c.id}>
              {t("callOption", { title: c.title, closes: c.closes })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("title")} hint={t("titleHint")} error={fieldError("title")} required>
        <Input name="title" autoComplete="off" />
      </Field>
      <Field label={t("necessity")} hint={t("necessityHint")} error={fieldError("necessity")} required>
        <Textarea name="necessity" rows={5} />
      </Field>
      <Field label={t("mainContent")} hint={t("mainContentHint")} error={fieldError("mainContent")} required>
        <Textarea name="mainContent" rows={8} />
      </Field>
      <Field label={t("field")} error={fieldError("fieldId")}>
        <Select name="fieldId" defaultValue="">
          <option value="">{t("noField")}</option>
          {fields.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("proposerName")} hint={t(`proposerHint.${proposerType}`)} error={fieldError("proposerName")}>
        <Input name="proposerName" defaultValue={defaultName} autoComplete="off" />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
