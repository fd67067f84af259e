"use client";
// A contact shown masked (138****1234) with a button that reveals it whole: `reveal` is a server action bound to one
// row, which checks the permission (contact.reveal) and writes the audit row. Only someone holding the permission
// gets the button; the page passes no action otherwise, and the whole number never reaches the page unasked.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui";
import type { Result } from "@/lib/errors";

type Props = {
  masked: string;
  reveal?: () => Promise<Result<{ value: string }>>;
  /** What is masked, for the button's accessible name ("手机号码"). */
  label: string;
};

export function RevealContact({ masked, reveal, label }: Props) {
  const t = useTranslations("console.reveal");
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!masked) return <span>—</span>;
  const show = () =>
    start(async () => {
      const result = await reveal!();
      if (result.ok) {
        setValue(result.data.value);
        setError(null);
      } else setError(result.error.message);
    });
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <span className="font-mono" aria-live="polite">
        {value ?? masked}
      </span>
      {reveal && value === null && (
        <Button
          type="button"
          size="sm"
          variant="ghost"
          onClick={show}
          disabled={pending}
          aria-label={t("showLabel", { label })}
        >
          {t("show")}
        </Button>
      )}
      {value !== null && <span className="text-sm text-gray-600">{t("logged")}</span>}
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
