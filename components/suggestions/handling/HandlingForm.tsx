"use client";
// One handling step's form: its heading, fields and submit button. A form with a file goes as FormData (the
// server action reads the file), the others as a plain object. On success the page refreshes (the panel and the
// timeline show the new row) and a short confirmation stays; refusals come back in the member's language, field
// errors under their fields.
import { useRouter } from "next/navigation";
import { useId, useState, type ReactNode } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button } from "@/components/ui";
import type { Result } from "@/lib/errors";

export type FieldError = (name: string) => string | undefined;

export type HandlingFormProps = {
  tenantSlug: string;
  id: string;
  title: string;
  submit: string;
  done: string;
  /** The action; `files` forms hand it FormData. */
  action: (tenantSlug: string, input: never) => Promise<Result<unknown>>;
  files?: boolean;
  /** Fields the form shows its own errors under. */
  shown: string[];
  tone?: "primary" | "secondary" | "danger";
  /** A line under the heading (a due day, what the step leads to). */
  hint?: ReactNode;
  children: (fieldError: FieldError) => ReactNode;
};

export function HandlingForm(p: HandlingFormProps) {
  const router = useRouter();
  const headingId = useId();
  const [sent, setSent] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) => p.action(p.tenantSlug, input as never));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    let input: unknown;
    if (p.files) {
      const data = new FormData(form);
      data.set("id", p.id);
      input = data;
    } else input = { ...formObject(form), id: p.id };
    setSent(false);
    submit(input, () => {
      form.reset();
      setSent(true);
      router.refresh();
    });
  }
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-gray-200 bg-white p-4">
      <h3 id={headingId} className="text-base font-semibold text-gray-900">
        {p.title}
      </h3>
      {p.hint && <div className="mt-1 text-sm text-gray-700">{p.hint}</div>}
      <form
        noValidate
        onSubmit={onSubmit}
        className="mt-3 space-y-3"
        encType={p.files ? "multipart/form-data" : undefined}
      >
        <FormAlert error={error} shown={p.shown} />
        {sent && !error && <Alert tone="success">{p.done}</Alert>}
        {p.children(fieldError)}
        <Button type="submit" variant={p.tone ?? "primary"} disabled={pending} className="w-full sm:w-auto">
          {p.submit}
        </Button>
      </form>
    </section>
  );
}
