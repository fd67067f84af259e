// Small labels shared by the staff and coordinator views: a consultation's state, and where an assignment stands
// against its due date (submitted, pending, overdue). No hooks beyond translations: usable on either side.
import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui";
import type { ConsultationState } from "@/lib/modules/consultation/client";

const STATE_TONE: Record<ConsultationState, BadgeTone> = {
  SCHEDULED: "neutral",
  OPEN: "success",
  CLOSED: "warning",
  PUBLISHED: "info",
};

export function ConsultationStateBadge({ state }: { state: ConsultationState }) {
  const t = useTranslations("contactPoints.state");
  return <Badge tone={STATE_TONE[state]}>{t(state)}</Badge>;
}

/** Submitted, or pending / overdue against the due date (`today` is the Shanghai day, YYYY-MM-DD). */
export function SubmissionBadge({ dueOn, submitted, today }: { dueOn: string; submitted: boolean; today: string }) {
  const t = useTranslations("contactPoints.submission");
  if (submitted) return <Badge tone="success">{t("submitted")}</Badge>;
  return dueOn < today ? <Badge tone="danger">{t("overdue")}</Badge> : <Badge tone="warning">{t("pending")}</Badge>;
}
