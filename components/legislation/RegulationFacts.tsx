import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge, FactList } from "@/components/ui";
import type { RegulationStage } from "@/lib/modules/legislation/client";
import { StageBadge } from "./StageBadge";
import { dayDate, linkClasses } from "./util";

export type RegulationFactsProps = {
  base: string;
  regulation: {
    kind: string;
    stage: RegulationStage;
    stageChangedOn: string;
    year: number;
    summary: string;
    promulgatedOn: string | null;
    effectiveOn: string | null;
    repealedOn: string | null;
  };
  committee: string | null;
  field: string | null;
  draftingUnit: string | null;
  target: { id: string; title: string } | null;
  changedBy: { id: string; title: string; kind: string; stage: RegulationStage }[];
};

/** The regulation's header facts, as a description list (label → value) that reads well on a phone. */
export function RegulationFacts({
  base,
  regulation: r,
  committee,
  field,
  draftingUnit,
  target,
  changedBy,
}: RegulationFactsProps) {
  const t = useTranslations("legislation.regulation");
  const terms = useTranslations("legislationTerms");
  const format = useFormatter();
  const date = (day: string) => format.dateTime(dayDate(day), "date");
  const rows: [string, ReactNode][] = [
    [
      t("kind"),
      <Badge key="k" tone={r.kind === "NEW" ? "neutral" : "warning"}>
        {terms(`regulationKind.${r.kind}`)}
      </Badge>,
    ],
    [
      t("stage"),
      <span key="s" className="inline-flex flex-wrap items-center gap-2">
        <StageBadge stage={r.stage} />
        <span className="text-sm text-gray-700">{t("since", { date: date(r.stageChangedOn) })}</span>
      </span>,
    ],
    [t("year"), t("yearValue", { year: r.year })],
    [t("committee"), committee ?? "—"],
    [t("field"), field ?? "—"],
    [t("draftingUnit"), draftingUnit ?? "—"],
  ];
  if (target)
    rows.push([
      t(`target.${r.kind}`),
      <Link key="t" href={`${base}/regulations/${target.id}`} className={linkClasses}>
        {t("quoted", { title: target.title })}
      </Link>,
    ]);
  if (r.promulgatedOn) rows.push([t("promulgatedOn"), date(r.promulgatedOn)]);
  if (r.effectiveOn) rows.push([t("effectiveOn"), date(r.effectiveOn)]);
  if (r.repealedOn) rows.push([t("repealedOn"), date(r.repealedOn)]);
  if (changedBy.length > 0) {
    rows.push([
      t("changedBy"),
      <ul key="c" className="space-y-1">
        {changedBy.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center gap-2">
            <Link href={`${base}/regulations/${c.id}`} className={linkClasses}>
              {c.title}
            </Link>
            <Badge tone="warning">{terms(`regulationKind.${c.kind}`)}</Badge>
            <StageBadge stage={c.stage} />
          </li>
        ))}
      </ul>,
    ]);
  }
  return (
    <div className="space-y-4">
      <FactList rows={rows} />
      {r.summary && <p className="max-w-prose whitespace-pre-line text-gray-800">{r.summary}</p>}
    </div>
  );
}
