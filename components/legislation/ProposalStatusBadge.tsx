import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui";

export type ProposalStatus = "SUBMITTED" | "SCREENING" | "IN_PLAN" | "MERGED" | "REJECTED";
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = ["SUBMITTED", "SCREENING", "IN_PLAN", "MERGED", "REJECTED"];

const tones: Record<ProposalStatus, BadgeTone> = {
  SUBMITTED: "info",
  SCREENING: "warning",
  IN_PLAN: "success",
  MERGED: "neutral",
  REJECTED: "danger",
};

/** The status of a proposal; an adopted one also names its category (审议项目 …). */
export function ProposalStatusBadge({ status, category }: { status: ProposalStatus; category?: string | null }) {
  const t = useTranslations("legislationTerms");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={tones[status]}>{t(`proposalStatus.${status}`)}</Badge>
      {status === "IN_PLAN" && category ? <Badge tone="success">{t(`category.${category}`)}</Badge> : null}
    </span>
  );
}
