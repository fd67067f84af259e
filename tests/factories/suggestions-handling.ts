// Handling-part helpers for tests: a reply letter as an upload (a tiny real PDF, which the attachments module
// detects by content), running an action as one of the city's people, and a key suggestion under a leader.
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import type { Result } from "@/lib/errors";
import { Upload } from "@/lib/modules/attachments";
import { sessionFor, type TestUser } from "./index";
import { insertSuggestion, type InsertSuggestion, type SuggestionCity } from "./suggestions";

export const pdfLetter = () =>
  new Upload("答复函.pdf", new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));

type Def = Parameters<typeof executeAction>[0];

/** Runs `def` as `user` in the city. */
export function actAs(c: SuggestionCity, user: TestUser | { id: string; tenantId: string }) {
  return <R = unknown>(def: Def, input: unknown) =>
    executeAction(def, c.tenant.slug, input, sessionFor(user)) as Promise<Result<R>>;
}

/** A key suggestion in `status`, supervised by the city's leader and pushed by its committee. */
export function insertKeySuggestion(c: SuggestionCity, o: InsertSuggestion = {}) {
  return insertSuggestion(c, {
    ...o,
    data: { isKey: true, supervisingLeaderId: c.leader.id, pushingCommitteeId: c.committee.id, ...o.data },
  });
}

export const suggestionRow = (s: { id: string; tenantId: string }) =>
  unsafePrisma.suggestion.findFirstOrThrow({ where: { id: s.id, tenantId: s.tenantId } });
