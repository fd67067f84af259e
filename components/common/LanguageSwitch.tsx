"use client";
// Switches between 中文 and English by setting the locale cookie, then re-renders the current page.
import { useLocale } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { localeCookieAssignment, otherLocale } from "@/lib/i18n/config";
import { LanguageButton, type LanguageButtonTone } from "./LanguageButton";

export function LanguageSwitch({ tone = "dark" }: { tone?: LanguageButtonTone }) {
  const next = otherLocale(useLocale());
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <LanguageButton
      tone={tone}
      disabled={pending}
      onClick={() =>
        start(() => {
          document.cookie = localeCookieAssignment(next);
          router.refresh();
        })
      }
    />
  );
}
