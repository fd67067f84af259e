"use client";
// A congress session's form (new, or one corrected): 届, 第N次, its name, year, days and the suggestions' deadline.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Button, Field, Input } from "@/components/ui";
import { createSessionAction, updateSessionAction, type CongressSessionRow } from "@/lib/modules/suggestions/client";

const FIELDS = ["term", "number", "name", "year", "opensOn", "closesOn", "deadlineOn"] as const;

export function SessionForm({ tenantSlug, session }: { tenantSlug: string; session?: CongressSessionRow }) {
  const t = useTranslations("suggestionsSubmit.sessions");
  const router = useRouter();
  const { pending, error, submit, fieldError } = useActionForm((input) =>
    session ? updateSessionAction(tenantSlug, input) : createSessionAction(tenantSlug, input),
  );
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    submit({ ...formObject(form), ...(session ? { id: session.id } : {}) }, () => {
      if (!session) form.reset();
      router.refresh();
    });
  }
  const year = Number(new Date().toISOString().slice(0, 4));
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert error={error} shown={[...FIELDS]} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("term")} hint={t("termHint")} error={fieldError("term")} required>
          <Input name="term" defaultValue={session?.term ?? ""} maxLength={20} />
        </Field>
        <Field label={t("number")} error={fieldError("number")} required>
          <Input
            name="number"
            type="number"
            inputMode="numeric"
            min={1}
            max={20}
            defaultValue={session?.number ?? ""}
          />
        </Field>
      </div>
      <Field label={t("name")} hint={t("nameHint")} error={fieldError("name")} required>
        <Input name="name" defaultValue={session?.name ?? ""} maxLength={100} />
      </Field>
      <Field label={t("year")} error={fieldError("year")} required>
        <Input name="year" type="number" inputMode="numeric" defaultValue={session?.year ?? year} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("opensOn")} error={fieldError("opensOn")} required>
          <Input name="opensOn" type="date" defaultValue={session?.opensOn ?? ""} />
        </Field>
        <Field label={t("closesOn")} error={fieldError("closesOn")} required>
          <Input name="closesOn" type="date" defaultValue={session?.closesOn ?? ""} />
        </Field>
        <Field label={t("deadlineOn")} hint={t("deadlineHint")} error={fieldError("deadlineOn")} required>
          <Input name="deadlineOn" type="date" defaultValue={session?.deadlineOn ?? ""} />
        </Field>
      </div>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {session ? t("update") : t("create")}
      </Button>
    </form>
  );
}
