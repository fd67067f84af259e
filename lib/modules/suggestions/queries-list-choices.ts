// The choices of the list's filters: the city's sessions (newest first), its units, the years it has counted.
import { forTenant } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { listUnits } from "@/lib/modules/tenancy";

export type SuggestionListChoices = {
  sessions: { id: string; name: string; year: number }[];
  units: { id: string; name: string }[];
  years: number[];
};

export async function suggestionListChoices(tenantId: string, now: Date = new Date()): Promise<SuggestionListChoices> {
  const [sessions, units] = await Promise.all([
    forTenant(tenantId).congressSession.findMany({
      select: { id: true, name: true, year: true },
      orderBy: [{ year: "desc" }, { opensOn: "desc" }],
    }),
    listUnits(tenantId),
  ]);
  const thisYear = Number(todayInShanghai(now).slice(0, 4));
  // This year and the four before, and every session's year (a city entering its history goes further back).
  const years = [...new Set([...Array.from({ length: 5 }, (_, i) => thisYear - i), ...sessions.map((s) => s.year)])];
  return {
    sessions,
    units: units.map((u) => ({ id: u.id, name: u.name })),
    years: years.sort((a, b) => b - a),
  };
}
