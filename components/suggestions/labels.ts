// Names of the city's categories and numbers, shared by the suggestion pages (server and client).
import { isDefaultCategory } from "@/lib/modules/suggestions/client";

type T = { (key: string, values?: Record<string, string | number>): string };

/** A default category's name in the reader's language; a city's own category as it is written. */
export function categoryLabel(t: T, code: string): string {
  return isDefaultCategory(code) ? t(code) : code;
}

/** 〔2026〕第12号, or "" before the office has numbered it. */
export function numberLabel(t: T, s: { year: number; number: number | null }): string {
  return s.number === null ? "" : t("number", { year: s.year, number: s.number });
}
