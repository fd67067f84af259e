// Translation outside React (actions, route handlers, validation): same messages, same locale rules.
import { createTranslator } from "use-intl/core";
import { defaultLocale, isLocale, localeCookie, timeZone, type Locale } from "./config";
import { formats } from "./formats";
import { loadMessages } from "./messages";

export async function getTranslator(locale: Locale) {
  return createTranslator({ locale, messages: await loadMessages(locale), timeZone, formats });
}
export type Translator = Awaited<ReturnType<typeof getTranslator>>;

/** The locale of a request: the language switch's cookie, else zh-CN (Accept-Language is ignored on purpose:
 *  the platform is Chinese first and an English browser should not turn a Chinese page English). */
export function localeFromCookieHeader(cookieHeader: string | null | undefined): Locale {
  const match = cookieHeader?.match(new RegExp(`(?:^|;\\s*)${localeCookie}=([^;]+)`));
  let value: string | undefined;
  try {
    value = match?.[1] ? decodeURIComponent(match[1]) : undefined;
  } catch {
    value = undefined;
  } // a malformed %-escape is no locale
  return isLocale(value) ? value : defaultLocale;
}
