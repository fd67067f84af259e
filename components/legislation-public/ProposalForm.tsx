"use client";
// A citizen's legislative proposal: the same action (and the same messages) as POST /api/v1/{tenant}/proposals.
// On success the receipt code replaces the form, large enough to read out and screenshot.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, buttonClasses, Field, Input, Select, Textarea } from "@/components/ui";
import { submitPublicProposalAction } from "@/lib/modules/legislation/client";

type Option = { id: string; title: string };
type Props = { tenantSlug: string; calls: Option[]; fields: { id: string; name: string }[] };

export function ProposalForm({ tenantSlug, calls, fields }: Props) {
  const t = useTranslations("legislationPublic.propose");
  const { pending, error, submit, fieldError } = useActionForm((input: unknown) =>
    submitPublicProposalAction(tenantSlug, input),
  );
  const [receipt, setReceipt] = useState<string | null>(null);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = formObject(e.currentTarget);
    const input = {
      callId: f.callId ?? "",
      title: f.title ?? "",
      necessity: f.necessity ?? "",
      mainContent: f.mainContent ?? "",
      fieldId: f.fieldId ?? "",
      proposerName: f.proposerName ?? "",
      proposerContact: f.proposerContact ?? "",
    };
    submit(input, (data) => setReceipt(data.receiptCode));
  }

  if (receipt) return <Receipt tenantSlug={tenantSlug} code={receipt} onAnother={() => setReceipt(null)} />;

  const only = calls.length === 1 ? calls[0] : undefined;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      {error && <Alert tone="error">{error.fieldErrors ? t("fixErrors") : error.message}</Alert>}
      {only ? (
        <>
          <input type="hidden" name="callId" value={only.id} />
          {fieldError("callId") && <Alert tone="error">{fieldError("callId")}</Alert>}
        </>
      ) : (
        <Field label={t("call")} error={fieldError("callId")} required>
          <Select name="callId" defaultValue="">
            <option value="" disabled>
              {t("chooseCall")}
            </option>
            {calls.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t("titleLabel")} hint={t("titleHint")} error={fieldError("title")} required>
        <Input name="title" maxLength={100} autoComplete="off" />
      </Field>
      <Field label={t("necessity")} hint={t("necessityHint")} error={fieldError("necessity")} required>
        <Textarea name="necessity" rows={6} maxLength={5000} />
      </Field>
      <Field label={t("mainContent")} hint={t("mainContentHint")} error={fieldError("mainContent")} required>
        <Textarea name="mainContent" rows={8} maxLength={10000} />
      </Field>
      {fields.length > 0 && (
        <Field label={t("field")} error={fieldError("fieldId")}>
          <Select name="fieldId" defaultValue="">
            <option value="">{t("fieldNone")}</option>
            {fields.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <fieldset className="space-y-4 rounded-lg border border-gray-200 bg-white p-4" aria-describedby="contact-purpose">
        <legend className="px-1 font-semibold text-gray-900">{t("contactTitle")}</legend>
        <p id="contact-purpose" className="text-sm text-gray-700">
          {t("contactPurpose")}
        </p>
        <Field label={t("name")} error={fieldError("proposerName")}>
          <Input name="proposerName" maxLength={50} autoComplete="name" />
        </Field>
        <Field label={t("contact")} error={fieldError("proposerContact")}>
          <Input name="proposerContact" maxLength={100} />
        </Field>
      </fieldset>
      <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

function Receipt({ tenantSlug, code, onAnother }: { tenantSlug: string; code: string; onAnother: () => void }) {
  const t = useTranslations("legislationPublic.propose");
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  // The form is gone: move focus to the news so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), []);
  const copy = () =>
    navigator.clipboard?.writeText(code).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <section
      aria-labelledby="receipt-title"
      className="space-y-4 rounded-lg border-2 border-green-300 bg-green-50 p-5 text-center"
    >
      <h2 id="receipt-title" ref={heading} tabIndex={-1} className="text-xl font-bold text-green-900 outline-none">
        {t("doneTitle")}
      </h2>
      <p className="text-sm text-gray-800">{t("receiptLabel")}</p>
      <p
        className="select-all break-all font-mono text-3xl font-bold tracking-[0.2em] text-gray-900"
        data-testid="receipt-code"
      >
        {code}
      </p>
      <p className="text-sm text-gray-800">{t("receiptHint")}</p>
      <div className="flex flex-col items-stretch gap-3 sm:flex-row sm:justify-center">
        <Link href={`/${tenantSlug}/track/${code}`} className={buttonClasses("primary")}>
          {t("trackIt")}
        </Link>
        <Button type="button" variant="secondary" onClick={copy}>
          {t("copy")}
        </Button>
        <Button type="button" variant="ghost" onClick={onAnother}>
          {t("another")}
        </Button>
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-green-900">
        {copied ? t("copied") : ""}
      </p>
    </section>
  );
}
