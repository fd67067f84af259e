// What the suggestion page hands each part's panel: the city, the member, their policy view and the suggestion
// as getSuggestion read it. A panel reads its own extra rows (replies, contacts, units to choose from …).
import type { Member } from "@/lib/member";
import type { SuggestionDetail, SuggestionViewer } from "@/lib/modules/suggestions";
import type { TenantRecord } from "@/lib/tenant";

export type PanelProps = {
  tenant: TenantRecord;
  member: Member;
  viewer: SuggestionViewer;
  s: SuggestionDetail;
};
