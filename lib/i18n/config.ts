export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-CN";
export const localeCookie = "NEXT_LOCALE";
export const timeZone = "Asia/Shanghai";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The other language of the two: what the language switch offers. */
export function otherLocale(current: string): Locale {
  return locales.find((l) => l !== current) ?? defaultLocale;
}

/** The `document.cookie` assignment the language switch makes (one year, whole site), from React or from plain script. */
export function localeCookieAssignment(locale: Locale): string {
  return `${localeCookie}=${locale}; path=/; max-age=31536000; samesite=lax`;
}
