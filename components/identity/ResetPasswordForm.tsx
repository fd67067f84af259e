"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert, Button, Field, Input } from "@/components/ui";
import { resetPasswordAction } from "@/lib/modules/identity/client";
import { useActionForm } from "@/components/forms/useActionForm";

export function ResetPasswordForm({ tenantSlug, userId }: { tenantSlug: string; userId: string }) {
  const t = useTranslations("console.users");
  const [done, setDone] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) => resetPasswordAction(tenantSlug, input));
  return (
    <form
      noValidate
      className="max-w-md space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const password = String(new FormData(form).get("password") ?? "");
        setDone(false);
        submit({ userId, password }, () => {
          setDone(true);
          form.reset();
        });
      }}
    >
      {error && !error.fieldErrors && <Alert tone="error">{error.message}</Alert>}
      {done && <Alert tone="success">{t("passwordReset")}</Alert>}
      <Field label={t("newPassword")} hint={t("passwordRule")} error={fieldError("password")} required>
        <Input name="password" type="password" autoComplete="new-password" />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("resetPassword")}
      </Button>
    </form>
  );
}
