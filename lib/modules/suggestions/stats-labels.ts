// The names of the rates' rows and columns, shared by the console page, the public page and the .xlsx export so
// that they read alike: a category's code named in the reader's language, "key"/"ordinary", a row without a
// unit, session or delegation. `t` reads the whole message tree (keys under suggestionStats and suggestions).
import type { SuggestionBreakdown, SuggestionStatsRow } from "./schemas-stats";
import { isDefaultCategory } from "./settings";

type T = (key: string, values?: Record<string, string | number>) => string;

export function statsRowLabel(dim: SuggestionBreakdown, r: Pick<SuggestionStatsRow, "key" | "label">, t: T): string {
  if (dim === "category") return isDefaultCategory(r.key) ? t(`suggestions.categories.${r.key}`) : r.key;
  if (dim === "key") return t(`suggestionStats.keyRow.${r.key === "key" ? "key" : "ordinary"}`);
  if (r.key === "") return t(`suggestionStats.none.${dim}`);
  if (dim === "year") return t("suggestionStats.yearRow", { year: r.key });
  return r.label;
}
