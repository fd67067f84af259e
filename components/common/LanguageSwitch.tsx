"use client";
// Switches between 中文 and English by setting the locale cookie, then re-renders the current page.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { locales, localeCookie } from "@/lib/i18n/config";

export function LanguageSwitch({ tone = "dark" }: { tone?: "dark" | "light" }) {
  const t = useTranslations("common");
  const current = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  const next = locales.find((l) => l !== current) ?? locales[0];
  return (
    <button
      type="button"
      lang={next}
      disabled={pending}
      aria-label={t("switchLanguageTo", { language: t(`languageName.${next}`) })}
      onClick={() =>
        start(() => {
          document.cookie = `${localeCookie}=${next}; path=/; max-age=31536000; samesite=lax`;
          router.refresh();
        })
      }
      className={
        "min-h-11 rounded-md px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 " +
        (tone === "light" ? "text-white hover:bg-white/15 focus-visible:outline-white" : "text-stone-800 hover:bg-stone-100 focus-visible:outline-brand-700")
      }
    >
      {t(`languageName.${next}`)}
    </button>
  );
}
