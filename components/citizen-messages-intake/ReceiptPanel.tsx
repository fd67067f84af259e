"use client";
// The message is in: its receipt code, large enough to read out and screenshot, a button to copy it and the
// link to the tracking page.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button, buttonClasses } from "@/components/ui";

type Props = { code: string; trackUrl: string; onAnother: () => void };

export function ReceiptPanel({ code, trackUrl, onAnother }: Props) {
  const t = useTranslations("citizenMessagesIntake.done");
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  // The form is gone: move focus to the news so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), []);
  const copy = () =>
    navigator.clipboard?.writeText(code).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <section
      aria-labelledby="message-receipt-title"
      className="space-y-4 rounded-lg border-2 border-green-300 bg-green-50 p-5 text-center"
    >
      <h2
        id="message-receipt-title"
        ref={heading}
        tabIndex={-1}
        className="text-xl font-bold text-green-900 outline-none"
      >
        {t("title")}
      </h2>
      <p className="text-sm text-gray-800">{t("receiptLabel")}</p>
      <p
        className="select-all break-all font-mono text-3xl font-bold tracking-[0.2em] text-gray-900 sm:text-4xl"
        data-testid="receipt-code"
      >
        {code}
      </p>
      <p className="text-sm text-gray-800">{t("receiptHint")}</p>
      <div className="flex flex-col items-stretch gap-3 sm:flex-row sm:justify-center">
        <Link href={trackUrl} className={buttonClasses("primary")}>
          {t("track")}
        </Link>
        <Button type="button" variant="secondary" onClick={copy}>
          {t("copy")}
        </Button>
        <Button type="button" variant="ghost" onClick={onAnother}>
          {t("another")}
        </Button>
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-green-900">
        {copied ? t("copied") : ""}
      </p>
    </section>
  );
}
