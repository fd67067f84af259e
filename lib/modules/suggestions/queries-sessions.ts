// The city's congress sessions, newest first, with their days as Shanghai days (for the office's page and the
// draft form's choice of session).
import { forTenant } from "@/lib/db";
import { dateToDay, todayInShanghai } from "@/lib/dates";

export type CongressSessionRow = {
  id: string;
  term: string;
  number: number;
  name: string;
  year: number;
  opensOn: string;
  closesOn: string;
  deadlineOn: string;
  /** Suggestions made at it are still received today. */
  open: boolean;
};

export async function listSessions(tenantId: string, now = new Date()): Promise<CongressSessionRow[]> {
  const rows = await forTenant(tenantId).congressSession.findMany({
    orderBy: [{ opensOn: "desc" }, { number: "desc" }],
    take: 200,
  });
  const today = todayInShanghai(now);
  return rows.map((r) => {
    const deadlineOn = dateToDay(r.deadlineOn);
    return {
      id: r.id,
      term: r.term,
      number: r.number,
      name: r.name,
      year: r.year,
      opensOn: dateToDay(r.opensOn),
      closesOn: dateToDay(r.closesOn),
      deadlineOn,
      open: today <= deadlineOn,
    };
  });
}
