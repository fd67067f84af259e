import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui";
import type { ConsultationState } from "@/lib/modules/consultation/client";

const TONE: Record<ConsultationState, BadgeTone> = {
  SCHEDULED: "info",
  OPEN: "success",
  CLOSED: "warning",
  PUBLISHED: "neutral",
};

/** A consultation's state for staff: closed ones are amber because they await the dispositions' publication. */
export function ConsultationStateBadge({ state }: { state: ConsultationState }) {
  const t = useTranslations("consultationTerms.state");
  return <Badge tone={TONE[state]}>{t(state)}</Badge>;
}
