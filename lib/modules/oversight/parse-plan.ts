// The plan pages' and API's query: a year (default this year in Shanghai) and an optional kind; anything else is
// ignored (or, for the API, refused by its caller).
import { todayInShanghai } from "@/lib/dates";
import { OVERSIGHT_KINDS, type OversightKind } from "./kinds";

export function planYear(raw: string | null | undefined): number {
  const y = Number(raw);
  return raw && Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : Number(todayInShanghai().slice(0, 4));
}
export function planKind(raw: string | null | undefined): OversightKind | null {
  return (OVERSIGHT_KINDS as readonly string[]).includes(raw ?? "") ? (raw as OversightKind) : null;
}
