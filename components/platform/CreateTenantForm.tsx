"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Button, Field, Input, Textarea } from "@/components/ui";
import { createTenantAction } from "@/lib/modules/tenancy/client";
import { formObject, useActionForm } from "@/components/forms/useActionForm";

const FIELDS = [
  ["slug", "slugHint"],
  ["shortName", null],
  ["fullName", null],
  ["province", null],
  ["adminUsername", "usernameHint"],
  ["adminDisplayName", null],
] as const;

export function CreateTenantForm() {
  const t = useTranslations("platform.admin");
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const { pending, error, submit, fieldError } = useActionForm(createTenantAction);
  return (
    <form
      noValidate
      className="grid max-w-2xl grid-cols-1 gap-4 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        setCreated(null);
        submit(formObject(form), (data) => {
          setCreated(data.slug);
          form.reset();
          router.refresh();
        });
      }}
    >
      {error && (
        <Alert tone="error" className="sm:col-span-2">
          {error.fieldErrors ? t("fixErrors") : error.message}
        </Alert>
      )}
      {created && (
        <Alert tone="success" className="sm:col-span-2">
          {t("createdTenant", { slug: created })}
        </Alert>
      )}
      {FIELDS.map(([name, hint]) => (
        <Field
          key={name}
          label={t(`field.${name}`)}
          hint={hint ? t(hint) : undefined}
          error={fieldError(name)}
          required
        >
          <Input name={name} autoCapitalize="none" />
        </Field>
      ))}
      {(["nameEn", "fullNameEn"] as const).map((name) => (
        <Field key={name} label={t(`field.${name}`)} hint={t("englishNameHint")} error={fieldError(name)}>
          <Input name={name} lang="en" />
        </Field>
      ))}
      <Field label={t("field.adminPassword")} hint={t("passwordHint")} error={fieldError("adminPassword")} required>
        <Input name="adminPassword" type="password" autoComplete="new-password" />
      </Field>
      <Field label={t("field.intro")} error={fieldError("intro")} className="sm:col-span-2">
        <Textarea name="intro" rows={3} />
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
