"use client";
// One review move's form: its heading, fields and submit button; refreshes the page when the move is made.
// Refusals come back in the member's language, field errors under their fields. The move's server action is
// chosen by name (a server page cannot hand a client form a function).
import { useRouter } from "next/navigation";
import { useId } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui";
import type { Result } from "@/lib/errors";
import {
  acceptSuggestionAction,
  assignSuggestionAction,
  convertSuggestionAction,
  markKeySuggestionAction,
  mergeSuggestionAction,
  reassignSuggestionAction,
  refuseSuggestionHandbackAction,
  requestSuggestionHandbackAction,
  returnSuggestionAction,
} from "@/lib/modules/suggestions/client";

const ACTIONS = {
  accept: acceptSuggestionAction,
  assign: assignSuggestionAction,
  convert: convertSuggestionAction,
  markKey: markKeySuggestionAction,
  merge: mergeSuggestionAction,
  reassign: reassignSuggestionAction,
  refuseHandback: refuseSuggestionHandbackAction,
  requestHandback: requestSuggestionHandbackAction,
  return: returnSuggestionAction,
} satisfies Record<string, (tenantSlug: string, input: unknown) => Promise<Result<unknown>>>;

export type ReviewActionName = keyof typeof ACTIONS;
export type FieldError = (name: string) => string | undefined;

/** Reads the form into the action's input (multi-value fields such as checkbox lists as arrays). */
function readForm(form: HTMLFormElement, lists: readonly string[]): Record<string, unknown> {
  const data = new FormData(form);
  const out: Record<string, unknown> = {};
  data.forEach((v, k) => {
    if (typeof v === "string" && !lists.includes(k)) out[k] = v;
  });
  for (const k of lists) out[k] = data.getAll(k).filter((v): v is string => typeof v === "string");
  return out;
}

export function ReviewForm({
  tenantSlug,
  id,
  action,
  title,
  submit,
  shown = [],
  lists = [],
  tone = "primary",
  children,
}: {
  tenantSlug: string;
  id: string;
  action: ReviewActionName;
  title: string;
  submit: string;
  shown?: string[];
  lists?: string[];
  tone?: "primary" | "secondary" | "danger";
  children?: (fieldError: FieldError) => React.ReactNode;
}) {
  const router = useRouter();
  const headingId = useId();
  const { pending, error, submit: send, fieldError } = useActionForm((input) => ACTIONS[action](tenantSlug, input));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    send({ ...readForm(e.currentTarget, lists), id }, () => router.refresh());
  }
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-gray-200 bg-white p-4">
      <h3 id={headingId} className="text-base font-semibold text-gray-900">
        {title}
      </h3>
      <form noValidate onSubmit={onSubmit} className="mt-3 space-y-3">
        <FormAlert error={error} shown={shown} />
        {children?.(fieldError)}
        <Button type="submit" variant={tone} disabled={pending} className="w-full sm:w-auto">
          {submit}
        </Button>
      </form>
    </section>
  );
}
