import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { inLocale } from "@/lib/i18n/local-name";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { RegulationStage } from "@/lib/modules/legislation/client";
import { StageBadge } from "./StageBadge";

export type PlanItemRow = {
  id: string;
  title: string;
  category: string;
  field: string | null;
  draftingUnit: string | null;
  committee: string | null;
  committeeEn: string | null;
  plannedYear: number | null;
  targetStage: RegulationStage | null;
  targetMonth: number | null;
  notes: string;
  regulationId: string | null;
  stage: RegulationStage | null;
};

/** The progress view: each item with who drafts and leads it, what was planned, and where its regulation is now. */
export function PlanItemsTable({ items, base, label }: { items: PlanItemRow[]; base: string; label: string }) {
  const t = useTranslations("legislation.plan");
  const terms = useTranslations("legislationTerms");
  const locale = useLocale();
  const planned = (i: PlanItemRow) => {
    const target = i.targetStage
      ? i.targetMonth
        ? t("targetByMonth", { stage: terms(`stage.${i.targetStage}`), month: i.targetMonth })
        : terms(`stage.${i.targetStage}`)
      : null;
    const year = i.plannedYear ? t("plannedYear", { year: i.plannedYear }) : null;
    return [year, target].filter(Boolean).join(" · ") || "—";
  };
  return (
    <div className="space-y-1">
      <p className="text-sm text-gray-600 lg:hidden">
        <span aria-hidden="true">⇆ </span>
        {t("scrollHint")}
      </p>
      <Table label={label}>
        <THead>
          <Tr>
            <Th className="text-right">{t("no")}</Th>
            <Th>{t("itemTitle")}</Th>
            <Th>{t("category")}</Th>
            <Th>{t("draftingUnit")}</Th>
            <Th>{t("committee")}</Th>
            <Th>{t("planned")}</Th>
            <Th>{t("progress")}</Th>
          </Tr>
        </THead>
        <TBody>
          {items.map((i, n) => (
            <Tr key={i.id}>
              <Td className="text-right tabular-nums">{n + 1}</Td>
              <Td className="min-w-[14rem]">
                <span className="font-medium text-gray-900">{i.title}</span>
                {i.field && <span className="ms-2 text-sm text-gray-600">{i.field}</span>}
                {i.notes && <p className="mt-1 text-sm text-gray-700">{i.notes}</p>}
              </Td>
              <Td className="whitespace-nowrap">
                <Badge tone={i.category === "DELIBERATION" ? "info" : "neutral"}>
                  {terms(`category.${i.category}`)}
                </Badge>
              </Td>
              <Td className="min-w-[9rem]">{i.draftingUnit ?? "—"}</Td>
              <Td className="min-w-[8rem]">{i.committee ? inLocale(i.committee, i.committeeEn, locale) : "—"}</Td>
              <Td className="whitespace-nowrap">{planned(i)}</Td>
              <Td className="whitespace-nowrap">
                {i.regulationId && i.stage ? (
                  <Link
                    href={`${base}/regulations/${i.regulationId}`}
                    className="inline-flex items-center gap-1 underline-offset-2 hover:underline"
                    aria-label={t("progressLink", { title: i.title, stage: terms(`stage.${i.stage}`) })}
                  >
                    <StageBadge stage={i.stage} />
                  </Link>
                ) : (
                  <span className="text-sm text-gray-600">{t("noRegulation")}</span>
                )}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
