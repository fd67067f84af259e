import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { inLocale } from "@/lib/i18n/local-name";
import { Badge } from "@/components/ui";
import type { BoardCard, RegulationStage } from "@/lib/modules/legislation/client";
import { dayDate, linkClasses } from "./util";

export type BoardColumn = {
  stage: RegulationStage;
  /** How many projects the column holds; `cards` are only the most recently moved of them. */
  count: number;
  cards: BoardCard[];
};

// The stages in three phases and the side exits, for the strip above the columns.
const GROUPS: { key: "prep" | "reading" | "done" | "exits"; stages: RegulationStage[] }[] = [
  { key: "prep", stages: ["PLANNED", "DRAFTING", "ARGUMENTATION"] },
  { key: "reading", stages: ["SUBMITTED", "FIRST_READING", "SECOND_READING", "THIRD_READING"] },
  { key: "done", stages: ["PASSED", "PROVINCIAL_APPROVAL", "PROMULGATED"] },
  { key: "exits", stages: ["SHELVED", "WITHDRAWN"] },
];

/**
 * One column per stage. Above them a strip of every stage with its count, in its phase (立项–起草–论证 / 审议中 /
 * 通过–报批–公布 / 搁置–撤回): each jumps to its column, so no stage is out of view at a desk either. The row of
 * columns scrolls sideways with a visible hint (the region is focusable so keyboard users can scroll it too);
 * each column says how many projects it holds, and each card links to its regulation.
 */
export function PipelineBoard({ columns, base, query = "" }: { columns: BoardColumn[]; base: string; query?: string }) {
  const t = useTranslations("legislation.board");
  const terms = useTranslations("legislationTerms");
  const locale = useLocale();
  const format = useFormatter();
  const counts = new Map(columns.map((c) => [c.stage, c.count]));
  return (
    <div className="space-y-3">
      <nav aria-label={t("jump")} className="grid gap-2 sm:grid-cols-2 xl:grid-cols-4">
        {GROUPS.map((g) => {
          const stages = g.stages.filter((s) => counts.has(s));
          if (stages.length === 0) return null;
          return (
            <div key={g.key} className="rounded-lg border border-gray-200 bg-white p-2">
              <p className="px-1 text-xs font-semibold text-gray-700">
                {t(`groups.${g.key}`)}
                <span className="ms-1 font-normal">
                  {t("count", { count: stages.reduce((n, s) => n + (counts.get(s) ?? 0), 0) })}
                </span>
              </p>
              <ul className="mt-1 flex flex-wrap gap-1">
                {stages.map((s) => (
                  <li key={s}>
                    <a
                      href={`#col-${s}`}
                      className="inline-flex min-h-9 items-center gap-1 rounded-md px-2 text-sm text-brand-800 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-700"
                    >
                      {terms(`stage.${s}`)}
                      <span className="rounded-full bg-gray-100 px-1.5 text-xs text-gray-800">{counts.get(s)}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </nav>
      <p className="text-sm text-gray-700">
        <span aria-hidden="true">⇆ </span>
        {t("scrollHint", { count: columns.length })}
      </p>
      {/* `relative` keeps the sr-only counts (absolutely positioned) inside the scroller instead of widening the page. */}
      <div
        role="region"
        aria-label={t("columns")}
        tabIndex={0}
        className="relative -mx-4 snap-x overflow-x-auto scroll-smooth px-4 pb-2 md:mx-0 md:px-0"
      >
        <div className="flex gap-3">
          {columns.map(({ stage, count, cards }) => (
            <section
              key={stage}
              aria-labelledby={`col-${stage}`}
              className="flex w-60 shrink-0 snap-start scroll-ml-2 flex-col rounded-lg border border-gray-200 bg-gray-100"
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
                        {c.committee && <span>{inLocale(c.committee, c.committeeEn, locale)}</span>}
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
    </div>
  );
}
