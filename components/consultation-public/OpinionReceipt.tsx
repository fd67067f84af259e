"use client";
// The receipt code in place of the form, large enough to read out and screenshot, with the way to track it.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button, buttonClasses } from "@/components/ui";

type Props = { tenantSlug: string; code: string; headingId: string; onAnother: () => void; onClose: () => void };

export function OpinionReceipt({ tenantSlug, code, headingId, onAnother, onClose }: Props) {
  const t = useTranslations("consultationPublic.form");
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  // The form is gone: move focus to the news so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), []);
  const copy = () => navigator.clipboard?.writeText(code).then(() => setCopied(true), () => setCopied(false));
  return (
    <div className="space-y-3 text-center">
      <h3 id={headingId} ref={heading} tabIndex={-1} className="text-lg font-bold text-green-900 outline-none">{t("doneTitle")}</h3>
      <p className="text-sm text-gray-800">{t("receiptLabel")}</p>
      <p className="select-all break-all font-mono text-3xl font-bold tracking-[0.2em] text-gray-900" data-testid="opinion-receipt-code">{code}</p>
      <p className="text-sm text-gray-800">{t("receiptHint")}</p>
      <div className="flex flex-col items-stretch gap-3 sm:flex-row sm:justify-center">
        <Link href={`/${tenantSlug}/track/${code}`} className={buttonClasses("primary")}>{t("trackIt")}</Link>
        <Button type="button" variant="secondary" onClick={copy}>{t("copy")}</Button>
        <Button type="button" variant="ghost" onClick={onAnother}>{t("another")}</Button>
        <Button type="button" variant="ghost" onClick={onClose}>{t("cancel")}</Button>
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-green-900">{copied ? t("copied") : ""}</p>
    </div>
  );
}
