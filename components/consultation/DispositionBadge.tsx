import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui";
import type { Disposition } from "@/lib/modules/consultation/client";

const TONE: Record<Disposition, BadgeTone> = {
  ADOPTED: "success",
  PARTLY_ADOPTED: "success",
  NOT_ADOPTED: "neutral",
  REFERRED: "info",
  DUPLICATE: "neutral",
};

/** An opinion's disposition, or "pending" (amber) while it has none. */
export function DispositionBadge({ disposition }: { disposition: Disposition | null }) {
  const t = useTranslations("consultationTerms");
  return disposition ? (
    <Badge tone={TONE[disposition]}>{t(`disposition.${disposition}`)}</Badge>
  ) : (
    <Badge tone="warning">{t("opinionStatus.RECEIVED")}</Badge>
  );
}
