"use client";
// Adds a field of law, or renames one (given fieldId): one name input, the server's rules and messages.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Field, Input } from "@/components/ui";
import { createLegalFieldAction, renameLegalFieldAction } from "@/lib/modules/legislation/client";
import { FormAlert } from "./FormAlert";

type Props = { tenantSlug: string; field?: { id: string; name: string } };

export function FieldNameForm({ tenantSlug, field }: Props) {
  const t = useTranslations("legislation.fields");
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) =>
    field ? renameLegalFieldAction(tenantSlug, input) : createLegalFieldAction(tenantSlug, input),
  );
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const name = String(new FormData(form).get("name") ?? "");
        setDone(false);
        submit(field ? { fieldId: field.id, name } : { name }, () => {
          setDone(true);
          if (!field) form.reset();
          router.refresh();
        });
      }}
    >
      <FormAlert error={error} shown={["name"]} />
      <Field
        label={field ? t("renameLabel", { name: field.name }) : t("name")}
        error={fieldError("name")}
        required
        className="min-w-56 flex-1"
      >
        <Input name="name" defaultValue={field?.name} maxLength={30} autoComplete="off" />
      </Field>
      <Button type="submit" variant={field ? "secondary" : "primary"} disabled={pending}>
        {field ? t("rename") : t("add")}
      </Button>
      {done && (
        <Alert tone="success" className="w-full">
          {field ? t("renamed") : t("added")}
        </Alert>
      )}
    </form>
  );
}
