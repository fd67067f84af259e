// Legislative proposal (DESIGN §5): submitted → screening → in plan (deliberation / research / reserve),
// merged into another item, or rejected (reason required). Screening steps may be recorded while open.
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

export const OPEN_STATUSES: ProposalStatus[] = ["SUBMITTED", "SCREENING"];
export const DECISIONS = ["IN_PLAN", "MERGED", "REJECTED"] as const;
export type Decision = (typeof DECISIONS)[number];

export function canScreen(status: ProposalStatus) {
  return OPEN_STATUSES.includes(status);
}
export function canDecide(status: ProposalStatus) {
  return OPEN_STATUSES.includes(status);
}
