// Every figure of the statistics view: one row per district, street or station. On a phone the table scrolls
// sideways inside its focusable region (a hint says so).
import { useTranslations } from "next-intl";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { StatsRow, StatsView } from "@/lib/modules/stations";

const FIGURES = ["stations", "deputies", "receptions", "people", "issues", "solved"] as const;

export function StatsTable({ rows, view }: { rows: StatsRow[]; view: StatsView }) {
  const t = useTranslations("stationStats");
  const total = (k: (typeof FIGURES)[number]) => rows.reduce((n, r) => n + r[k], 0);
  return (
    <div className="space-y-2">
      <p className="text-sm text-gray-600 md:hidden">{t("scrollHint")}</p>
      <Table label={t("tableLabel", { view: t(`view.${view}`) })}>
        <THead>
          <Tr>
            <Th>{t(`column.${view}`)}</Th>
            {view !== "district" && <Th>{t("column.district")}</Th>}
            {FIGURES.map((f) => (
              <Th key={f} className="text-right">
                {t(`column.${f}`)}
              </Th>
            ))}
          </Tr>
        </THead>
        <TBody>
          {rows.map((r) => (
            <Tr key={r.key}>
              <Th scope="row" className="font-medium">
                {r.label || t("unknownArea")}
              </Th>
              {view !== "district" && <Td>{r.district ?? ""}</Td>}
              {FIGURES.map((f) => (
                <Td key={f} className="text-right tabular-nums">
                  {r[f]}
                </Td>
              ))}
            </Tr>
          ))}
          {view !== "station" && (
            <Tr>
              <Th scope="row">{t("total")}</Th>
              {view !== "district" && <Td />}
              {FIGURES.map((f) => (
                <Td key={f} className="text-right font-semibold tabular-nums">
                  {f === "deputies" ? "" : total(f)}
                </Td>
              ))}
            </Tr>
          )}
        </TBody>
      </Table>
    </div>
  );
}
