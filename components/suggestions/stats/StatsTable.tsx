// Every figure of one breakdown of the rates: from `md` up a table (it scrolls sideways inside its focusable region
// when wide), on a phone one card per row. The cells are those of the export (statsCell): counts, and rates as a
// percentage with one decimal. The units' table is the ranking (its place first).
import { useTranslations } from "next-intl";
import { FactList, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import {
  SUGGESTION_STATS_COLUMNS,
  statsCell,
  type SuggestionBreakdown,
  type SuggestionFigures,
  type SuggestionStatsColumn,
} from "@/lib/modules/suggestions/client";

export type NamedRow = SuggestionFigures & { key: string; name: string };

export function StatsTable(props: { dim: SuggestionBreakdown; rows: NamedRow[]; total?: SuggestionFigures }) {
  const t = useTranslations("suggestionStats");
  const ranked = props.dim === "unit";
  const cell = (f: SuggestionFigures, c: SuggestionStatsColumn) => {
    const v = statsCell(f, c);
    return v === null ? t("noRate") : String(v);
  };
  const label = t("tableLabel", { dim: t(`dim.${props.dim}`) });
  const all = [...props.rows, ...(props.total ? [{ ...props.total, key: "__total", name: t("total") }] : [])];
  return (
    <div className="space-y-3">
      <ol className="space-y-3 md:hidden" aria-label={label}>
        {all.map((r, i) => (
          <li key={r.key || "__none"} className="rounded-lg border border-gray-200 bg-white p-3">
            <h4 className="mb-2 font-medium text-gray-900">
              {ranked && r.key !== "__total" ? `${i + 1}. ${r.name}` : r.name}
            </h4>
            <FactList compact rows={SUGGESTION_STATS_COLUMNS.map((c) => [t(`figure.${c}`), cell(r, c)])} />
          </li>
        ))}
      </ol>
      <div className="hidden space-y-2 md:block">
        <p className="text-sm text-gray-600 2xl:hidden">{t("scrollHint")}</p>
        <Table label={label}>
          <THead>
            <Tr>
              {ranked && <Th>{t("column.rank")}</Th>}
              <Th>{t(`column.${props.dim}`)}</Th>
              {SUGGESTION_STATS_COLUMNS.map((c) => (
                <Th key={c} className="text-right">
                  {t(`figure.${c}`)}
                </Th>
              ))}
            </Tr>
          </THead>
          <TBody>
            {all.map((r, i) => (
              <Tr key={r.key || "__none"}>
                {ranked && <Td className="tabular-nums">{r.key === "__total" ? "" : i + 1}</Td>}
                <Th scope="row" className="font-medium">
                  {r.name}
                </Th>
                {SUGGESTION_STATS_COLUMNS.map((c) => (
                  <Td
                    key={c}
                    className={`text-right tabular-nums ${r.key === "__total" ? "font-semibold" : ""}`.trim()}
                  >
                    {cell(r, c)}
                  </Td>
                ))}
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
    </div>
  );
}
