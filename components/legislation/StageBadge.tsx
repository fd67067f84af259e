import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui";
import type { RegulationStage } from "@/lib/modules/legislation/client";

// Early work is neutral, readings are "in the committee's hands", the end of the line is success and the
// side exits stand out. The stage's name is always written out, so colour is never the only signal.
const tones: Record<RegulationStage, BadgeTone> = {
  PLANNED: "neutral",
  DRAFTING: "neutral",
  ARGUMENTATION: "neutral",
  SUBMITTED: "info",
  FIRST_READING: "info",
  SECOND_READING: "info",
  THIRD_READING: "info",
  PASSED: "success",
  PROVINCIAL_APPROVAL: "success",
  PROMULGATED: "success",
  WITHDRAWN: "danger",
  SHELVED: "warning",
};

/** A regulation's stage as a badge (works in server and client components alike). */
export function StageBadge({ stage }: { stage: RegulationStage }) {
  const t = useTranslations("legislationTerms.stage");
  return <Badge tone={tones[stage]}>{t(stage)}</Badge>;
}
