// The language switch's button as it looks and reads: the other language's name, in that language. Shared by the
// App Router's LanguageSwitch (which reacts in React) and the script-light consultation page (which marks it
// `data-locale-cookie` for its small inline script to act on). No hooks of its own beyond next-intl's, so it renders
// in server components, client components and the Pages Router alike.
import { useLocale, useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { localeCookieAssignment, otherLocale } from "@/lib/i18n/config";

export type LanguageButtonTone = "dark" | "light";

export function LanguageButton({
  tone = "dark",
  ...props
}: { tone?: LanguageButtonTone } & Omit<ComponentProps<"button">, "children">) {
  const t = useTranslations("common");
  const next = otherLocale(useLocale());
  return (
    <button
      type="button"
      lang={next}
      aria-label={t("switchLanguageTo", { language: t(`languageName.${next}`) })}
      className={
        "min-h-11 rounded-md px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 " +
        (tone === "light"
          ? "text-white hover:bg-white/15 focus-visible:outline-white"
          : "text-stone-800 hover:bg-stone-100 focus-visible:outline-brand-700")
      }
      {...props}
    >
      {t(`languageName.${next}`)}
    </button>
  );
}

/**
 * The switch on a page that ships no React (the consultation draft page): the button carries the cookie to set,
 * and that page's inline script (components/consultation-public/page-script.ts) sets it and reloads.
 */
export function ScriptLanguageSwitch({ tone }: { tone?: LanguageButtonTone }) {
  return <LanguageButton tone={tone} data-locale-cookie={localeCookieAssignment(otherLocale(useLocale()))} />;
}
