// The draft form's choices as the pages build them (server side): the city's sessions and categories.
import type { CongressSessionRow } from "@/lib/modules/suggestions";
import { categoryLabel } from "../labels";

type T = { (key: string, values?: Record<string, string | number>): string };

export function sessionOptions(sessions: CongressSessionRow[]) {
  return sessions.map((s) => ({ value: s.id, label: s.name, open: s.open }));
}

export function categoryOptions(categories: string[], t: T) {
  return categories.map((c) => ({ value: c, label: categoryLabel(t, c) }));
}
