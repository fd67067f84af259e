// What an oversight activity's page hands each part's panel: the city, the member and the activity's head row.
// A panel reads its own rows (the inquiry's questions, the tasks, the polls) and renders nothing when the
// activity has none of them and the member may not start any.
import type { Member } from "@/lib/member";
import type { OversightKind, OversightStatus } from "@/lib/modules/oversight/client";
import type { TenantRecord } from "@/lib/tenant";

export type ActivityHead = {
  id: string;
  year: number;
  kind: OversightKind;
  status: OversightStatus;
  title: string;
  committeeId: string | null;
  published: boolean;
  /** Whether this member manages the activity (policy.ts managesActivity), as the page has decided it. */
  manage: boolean;
};

export type PanelProps = { tenant: TenantRecord; member: Member; activity: ActivityHead };
