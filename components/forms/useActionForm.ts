"use client";
// State for a form that calls a server action returning a Result: pending flag, the failure's message and
// field errors (already in the user's language), and a submit that runs onSuccess when the action succeeds.
import { useState, useTransition } from "react";
import type { Failure, Result } from "@/lib/errors";

export function useActionForm<T>(action: (input: unknown) => Promise<Result<T>>) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<Failure["error"] | null>(null);
  const submit = (input: unknown, onSuccess?: (data: T) => void) =>
    start(async () => {
      const result = await action(input);
      if (result.ok) {
        setError(null);
        onSuccess?.(result.data);
      } else {
        setError(result.error);
      }
    });
  const fieldError = (name: string) => error?.fieldErrors?.[name]?.join(" ") || undefined;
  return { pending, error, submit, fieldError };
}

/** FormData → plain object of strings (checkboxes and multi-selects are read by the form itself). */
export function formObject(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  new FormData(form).forEach((v, k) => {
    if (typeof v === "string") out[k] = v;
  });
  return out;
}
