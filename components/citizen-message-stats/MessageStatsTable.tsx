// Every figure of the statistics view: from `md` up a table, one row per station, deputy, unit, category or
// district and the total (it scrolls sideways inside its focusable region when wide); on a phone one card per
// row instead. The figures are those of the export (statsCell), the rate a percentage with one decimal.
import { useTranslations } from "next-intl";
import { FactList, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import {
  STATS_COLUMNS,
  statsCell,
  type MessageStatsFigures,
  type MessageStatsView,
  type StatsColumn,
} from "@/lib/modules/citizen-messages";

export type LabelledRow = MessageStatsFigures & { key: string; name: string };

export function MessageStatsTable(props: { rows: LabelledRow[]; total: MessageStatsFigures; view: MessageStatsView }) {
  const t = useTranslations("citizenMessageStats");
  const cell = (f: MessageStatsFigures, c: StatsColumn) => {
    const v = statsCell(f, c);
    return v === null ? t("noRate") : String(v);
  };
  return (
    <div className="space-y-3">
      <ul className="space-y-3 md:hidden" aria-label={t("tableLabel", { view: t(`view.${props.view}`) })}>
        {[...props.rows.map((r) => ({ ...r })), { ...props.total, key: "__total", name: t("total") }].map((r) => (
          <li key={r.key || "__none"} className="rounded-lg border border-gray-200 bg-white p-3">
            <h3 className="mb-2 font-medium text-gray-900">{r.name}</h3>
            <FactList compact rows={STATS_COLUMNS.map((c) => [t(`figure.${c}`), cell(r, c)])} />
          </li>
        ))}
      </ul>
      <div className="hidden space-y-2 md:block">
        <p className="text-sm text-gray-600 xl:hidden">{t("scrollHint")}</p>
        <Table label={t("tableLabel", { view: t(`view.${props.view}`) })}>
          <THead>
            <Tr>
              <Th>{t(`column.${props.view}`)}</Th>
              {STATS_COLUMNS.map((c) => (
                <Th key={c} className="text-right">
                  {t(`figure.${c}`)}
                </Th>
              ))}
            </Tr>
          </THead>
          <TBody>
            {props.rows.map((r) => (
              <Tr key={r.key || "__none"}>
                <Th scope="row" className="font-medium">
                  {r.name}
                </Th>
                {STATS_COLUMNS.map((c) => (
                  <Td key={c} className="text-right tabular-nums">
                    {cell(r, c)}
                  </Td>
                ))}
              </Tr>
            ))}
            <Tr>
              <Th scope="row">{t("total")}</Th>
              {STATS_COLUMNS.map((c) => (
                <Td key={c} className="text-right font-semibold tabular-nums">
                  {cell(props.total, c)}
                </Td>
              ))}
            </Tr>
          </TBody>
        </Table>
      </div>
    </div>
  );
}
