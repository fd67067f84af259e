// Names the city gives in Chinese and, where it provides one, in English (issue #14, item 8): the city itself
// (Tenant.nameEn, Tenant.fullNameEn), its committees (Committee.nameEn) and its fields of law (LegalField.nameEn).
// The one place that decides which to show: the English one on an English page when the city gave it, else the
// Chinese one. Pure (no database, no next-intl), so server pages, the Pages Router and client components share it.

/** `en` when the page is English and `en` is non-blank, else `zh`. */
export function inLocale(zh: string, en: string | null | undefined, locale: string): string {
  return locale === "en" && en && en.trim() ? en.trim() : zh;
}

/** A committee's or a field of law's name (or anything with `name` / `nameEn`) in the page's language. */
export function localName(row: { name: string; nameEn?: string | null }, locale: string): string {
  return inLocale(row.name, row.nameEn, locale);
}

export type CityNames = {
  shortName: string;
  fullName: string;
  nameEn?: string | null;
  fullNameEn?: string | null;
};

/** The city's full name (辽源市人大常委会 / Liaoyuan Municipal People's Congress Standing Committee). */
export function cityFullName(tenant: Pick<CityNames, "fullName" | "fullNameEn">, locale: string): string {
  return inLocale(tenant.fullName, tenant.fullNameEn, locale);
}

/** The city's short name (辽源 / Liaoyuan). */
export function cityShortName(tenant: Pick<CityNames, "shortName" | "nameEn">, locale: string): string {
  return inLocale(tenant.shortName, tenant.nameEn, locale);
}

/** Rows (a select's options, a list) with each `name` in the page's language; the rest of each row unchanged. */
export function localNames<T extends { name: string; nameEn?: string | null }>(
  rows: readonly T[],
  locale: string,
): T[] {
  return rows.map((row) => ({ ...row, name: localName(row, locale) }));
}
