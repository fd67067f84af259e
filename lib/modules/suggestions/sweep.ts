// Read functions of the cross-tenant sweep (manifest `sweep.lookups`): asked with another city's id, none finds
// anything. The suggestion is read as the office would (the widest scope), so a miss is the tenant filter's
// doing, not the viewer's.
import type { SuggestionViewer } from "./policy";
import { letterContent } from "./queries-letters";
import { getSuggestion } from "./queries-suggestion";

const OFFICE: SuggestionViewer = {
  id: "00000000-0000-7000-8000-000000000000",
  roles: ["deputyAffairs"],
  scopes: [{ role: "deputyAffairs", scopeId: null }],
  deputyId: null,
};

export const lookups = {
  suggestion: (tenantId: string, id: string) => getSuggestion(tenantId, OFFICE, id),
  letter: letterContent,
};
