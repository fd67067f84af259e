"use client";
// Opens a call for legislative proposals (立项征集): its period and the channels it is announced through.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Checkbox, Field, Input, Textarea } from "@/components/ui";
import { createProposalCallAction } from "@/lib/modules/legislation/client";
import { CHANNELS } from "@/lib/modules/legislation/client";
import { FormAlert } from "./FormAlert";

const FIELDS = ["title", "description", "opensOn", "closesOn", "channels"];

export function CallForm({ tenantSlug, today }: { tenantSlug: string; today: string }) {
  const t = useTranslations("legislation.callForm");
  const terms = useTranslations("legislationTerms.channel");
  const router = useRouter();
  const [created, setCreated] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) => createProposalCallAction(tenantSlug, input));

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = formObject(form);
    // Checkboxes are read from the form itself (formObject keeps one value per name).
    const channels = new FormData(form).getAll("channels").map(String);
    setCreated(false);
    submit(
      {
        title: f.title ?? "",
        description: f.description ?? "",
        opensOn: f.opensOn ?? "",
        closesOn: f.closesOn ?? "",
        channels,
      },
      () => {
        setCreated(true);
        form.reset();
        router.refresh();
      },
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-xl space-y-4">
      <FormAlert error={error} shown={FIELDS} />
      {created && <Alert tone="success">{t("created")}</Alert>}
      <Field label={t("title")} hint={t("titleHint")} error={fieldError("title")} required>
        <Input name="title" autoComplete="off" />
      </Field>
      <Field label={t("description")} error={fieldError("description")}>
        <Textarea name="description" rows={4} />
      </Field>
      <div className="flex flex-wrap gap-4">
        <Field label={t("opensOn")} error={fieldError("opensOn")} required>
          <Input name="opensOn" type="date" defaultValue={today} />
        </Field>
        <Field label={t("closesOn")} error={fieldError("closesOn")} required>
          <Input name="closesOn" type="date" />
        </Field>
      </div>
      <fieldset aria-describedby={fieldError("channels") ? "channels-error" : undefined}>
        <legend className="text-sm font-medium text-gray-900">
          {t("channels")}
          <span aria-hidden="true" className="ms-1 text-red-700">
            *
          </span>
        </legend>
        <div className="grid sm:grid-cols-2">
          {CHANNELS.map((c) => (
            <Checkbox key={c} name="channels" value={c} label={terms(c)} />
          ))}
        </div>
        {fieldError("channels") && (
          <p id="channels-error" className="text-sm font-medium text-red-700">
            {fieldError("channels")}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
