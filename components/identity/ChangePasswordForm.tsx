"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/lib/modules/identity/client";
import { Alert, Button, Field, Input } from "@/components/ui";
import { formObject, useActionForm } from "@/components/forms/useActionForm";

/** Changing one's password ends every session, this one too: on success the user signs in again. */
export function ChangePasswordForm({ tenantSlug }: { tenantSlug: string }) {
  const t = useTranslations("console.account");
  const { pending, error, submit, fieldError } = useActionForm((input) => changePasswordAction(tenantSlug, input));
  return (
    <form
      noValidate
      className="max-w-md space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit(formObject(e.currentTarget), () => void signOut({ callbackUrl: `/${tenantSlug}/login?changed=1` }));
      }}
    >
      {error && !error.fieldErrors && <Alert tone="error">{error.message}</Alert>}
      <Field label={t("currentPassword")} error={fieldError("currentPassword")} required>
        <Input name="currentPassword" type="password" autoComplete="current-password" />
      </Field>
      <Field label={t("newPassword")} hint={t("passwordRule")} error={fieldError("newPassword")} required>
        <Input name="newPassword" type="password" autoComplete="new-password" />
      </Field>
      <Field label={t("confirmPassword")} error={fieldError("confirmPassword")} required>
        <Input name="confirmPassword" type="password" autoComplete="new-password" />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
