import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui";
import type { RegulationStage } from "@/lib/modules/legislation/client";
import { dayDate, linkClasses } from "./util";

export type BoardColumn = {
  stage: RegulationStage;
  /** How many projects the column holds; `cards` are only the most recently moved of them. */
  count: number;
  cards: { id: string; title: string; kind: string; year: number; committee: string | null; since: string }[];
};

/**
 * One column per stage. On phones the row scrolls sideways (the region is focusable so keyboard users can
 * scroll it too); each column says how many projects it holds, and each card links to its regulation.
 */
export function PipelineBoard({ columns, base, query = "" }: { columns: BoardColumn[]; base: string; query?: string }) {
  const t = useTranslations("legislation.board");
  const terms = useTranslations("legislationTerms");
  const format = useFormatter();
  return (
    // `relative` keeps the sr-only counts (absolutely positioned) inside the scroller instead of widening the page.
    <div
      role="region"
      aria-label={t("columns")}
      tabIndex={0}
      className="relative -mx-4 overflow-x-auto px-4 pb-2 md:mx-0 md:px-0"
    >
      <div className="flex gap-3">
        {columns.map(({ stage, count, cards }) => (
          <section
            key={stage}
            aria-labelledby={`col-${stage}`}
            className="flex w-64 shrink-0 flex-col rounded-lg border border-gray-200 bg-gray-100"
          >
            <h2
              id={`col-${stage}`}
              className="flex items-center justify-between gap-2 px-3 py-2 text-sm font-semibold text-gray-900"
            >
              {terms(`stage.${stage}`)}
              <span className="rounded-full bg-white px-2 text-xs font-medium text-gray-800 ring-1 ring-gray-300">
                <span className="sr-only">{t("count", { count })}</span>
                <span aria-hidden="true">{count}</span>
              </span>
            </h2>
            {cards.length === 0 ? (
              <p className="px-3 pb-3 text-sm text-gray-600">{t("emptyColumn")}</p>
            ) : (
              <ul className="space-y-2 px-2 pb-2">
                {cards.map((c) => (
                  <li key={c.id} className="rounded-md border border-gray-200 bg-white p-3 shadow-sm">
                    <Link href={`${base}/regulations/${c.id}`} className={linkClasses}>
                      {c.title}
                    </Link>
                    <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-gray-700">
                      {c.kind !== "NEW" && <Badge tone="warning">{terms(`regulationKind.${c.kind}`)}</Badge>}
                      <span>{t("year", { year: c.year })}</span>
                      {c.committee && <span>{c.committee}</span>}
                    </p>
                    <p className="mt-1 text-xs text-gray-600">
                      {t("since", { date: format.dateTime(dayDate(c.since), "date") })}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {count > cards.length && (
              <Link href={`${base}/stages/${stage}${query}`} className={`${linkClasses} px-3 pb-3 text-sm`}>
                {t("showAll", { count })}
              </Link>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
