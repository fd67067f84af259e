import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { inLocale } from "@/lib/i18n/local-name";
import { StageBadge } from "@/components/legislation/StageBadge";
import { Card, CardBody, FactList } from "@/components/ui";
import type { PublicPlanItem } from "@/lib/modules/legislation/client";
import { linkClasses } from "./format";

/** One item of a published plan: who drafts it, who leads it, when, and where it stands now. */
export function PlanItemCard({ tenantSlug, item, index }: { tenantSlug: string; item: PublicPlanItem; index: number }) {
  const t = useTranslations("legislationPublic.plan");
  const terms = useTranslations("legislationTerms");
  const locale = useLocale();
  const target =
    item.targetStage && item.targetMonth
      ? t("targetMonth", { month: item.targetMonth, stage: terms(`stage.${item.targetStage}`) })
      : item.targetStage
        ? terms(`stage.${item.targetStage}`)
        : item.targetMonth
          ? t("targetMonthOnly", { month: item.targetMonth })
          : null;
  const href = item.regulation ? `/${tenantSlug}/regulations/${item.regulation.id}` : null;
  return (
    <Card as="article">
      <CardBody className="space-y-3">
        <h3 className="flex gap-2 text-base font-semibold leading-snug text-gray-900">
          <span aria-hidden="true" className="shrink-0 tabular-nums text-gray-500">
            {index}.
          </span>
          {href ? (
            <Link href={href} className={linkClasses}>
              {item.title}
            </Link>
          ) : (
            <span>{item.title}</span>
          )}
        </h3>
        <FactList
          compact
          rows={[
            [t("field"), item.field],
            [t("draftingUnit"), item.draftingUnit],
            [t("leadCommittee"), item.leadCommittee && inLocale(item.leadCommittee, item.leadCommitteeEn, locale)],
            [t("plannedYear"), item.plannedYear ? String(item.plannedYear) : null],
            [t("target"), target],
            [
              t("currentStage"),
              href && item.regulation ? (
                // The stage itself opens the regulation's timeline, as the title does.
                <Link href={href} className="inline-flex items-center gap-1 rounded-sm text-brand-700 hover:underline">
                  <StageBadge stage={item.regulation.stage} />
                  <span aria-hidden="true">›</span>
                </Link>
              ) : (
                <span className="text-gray-700">{t("notStarted")}</span>
              ),
            ],
          ]}
        />
      </CardBody>
    </Card>
  );
}
