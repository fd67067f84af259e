import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui";
import type { ConsultationState } from "@/lib/modules/consultation/client";

const TONE: Record<ConsultationState, BadgeTone> = {
  SCHEDULED: "info",
  OPEN: "success",
  CLOSED: "neutral",
  PUBLISHED: "warning",
};

/** A consultation's state (未开始 / 征求意见中 / 已截止 / 已公布采纳情况), named by the shared terms. */
export function StateBadge({ state }: { state: ConsultationState }) {
  const t = useTranslations("consultationTerms");
  return <Badge tone={TONE[state]}>{t(`state.${state}`)}</Badge>;
}
