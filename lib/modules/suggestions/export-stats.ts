// The rates on screen as .xlsx (exceljs): a sheet per table of the page — the headline figures with their
// formulas, the units' ranking, per category, delegation, session, year and key/ordinary — with the same columns
// and figures as the page (schemas-stats.ts statsCell), a bold bordered header row, column widths, and frozen
// headers. A few hundred rows at most, so the workbook is built in memory.
import ExcelJS from "exceljs";
import { todayInShanghai } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import {
  STATS_COLUMNS,
  statsCell,
  SUGGESTION_BREAKDOWNS,
  type SuggestionStats,
  type SuggestionStatsQuery,
  type suggestionStatsQuerySchema,
} from "./schemas-stats";
import { statsRowLabel } from "./stats-labels";
import type { z } from "zod";

/** The query with its year filled in (this year, Shanghai). */
export function suggestionStatsQuery(
  q: z.infer<typeof suggestionStatsQuerySchema>,
  now = new Date(),
): SuggestionStatsQuery {
  return { year: q.year ?? Number(todayInShanghai(now).slice(0, 4)), session: q.session ?? null, key: q.key ?? null };
}

const THIN = { style: "thin" as const, color: { argb: "FF9CA3AF" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Every row of a table sheet as the page shows it: [name, …STATS_COLUMNS], the ranking's place first. */
export function statsSheetRows(stats: SuggestionStats, dim: (typeof SUGGESTION_BREAKDOWNS)[number], t: Say) {
  return stats[dim].map((r, i) => [
    ...(dim === "unit" ? [i + 1] : []),
    statsRowLabel(dim, r, t),
    ...STATS_COLUMNS.map((c) => statsCell(r, c)),
  ]);
}

type Say = (key: string, values?: Record<string, string | number>) => string;

export async function suggestionStatsWorkbook(
  stats: SuggestionStats,
  city: string,
  sessionName: string | null,
  locale: Locale,
): Promise<Buffer> {
  const tr = await getTranslator(locale);
  const t: Say = (key, values) => tr(key as never, values as never) as string;
  const h: Say = (key, values) => t(`suggestionStats.${key}`, values);
  const wb = new ExcelJS.Workbook();
  const filters = [sessionName, stats.query.key ? h(`filter.keyOptions.${stats.query.key}`) : null].filter(Boolean);
  const title = h("export.title", { city, year: stats.query.year, filters: filters.join(" · ") || h("filter.all") });

  const head = wb.addWorksheet(h("export.sheet.total"));
  head.addRow([title]).font = { bold: true, size: 13 };
  head.addRow([h("export.countedOn", { day: stats.today })]);
  headerRow(head.addRow([h("export.figure"), h("export.value"), h("export.formula")]));
  for (const c of STATS_COLUMNS) bordered(head.addRow([h(`figure.${c}`), statsCell(stats.total, c), formulaOf(c, h)]));
  bordered(head.addRow([h("figure.keyCount"), stats.total.keyCount, ""]));
  head.getColumn(1).width = 24;
  head.getColumn(2).width = 12;
  head.getColumn(3).width = 60;
  head.views = [{ state: "frozen", ySplit: 3 }];

  for (const dim of SUGGESTION_BREAKDOWNS) {
    const sheet = wb.addWorksheet(h(`export.sheet.${dim}`));
    sheet.addRow([title]).font = { bold: true, size: 13 };
    sheet.addRow([dim === "unit" ? h("rankingRule") : h(`heading.${dim}`)]);
    const lead = dim === "unit" ? [h("column.rank")] : [];
    headerRow(sheet.addRow([...lead, h(`column.${dim}`), ...STATS_COLUMNS.map((c) => h(`figure.${c}`))]));
    for (const row of statsSheetRows(stats, dim, t)) bordered(sheet.addRow(row));
    const offset = lead.length;
    if (offset) sheet.getColumn(1).width = 6;
    sheet.getColumn(offset + 1).width = 28;
    STATS_COLUMNS.forEach((_, i) => (sheet.getColumn(offset + i + 2).width = 11));
    sheet.views = [{ state: "frozen", ySplit: 3, xSplit: offset + 1 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function formulaOf(c: string, h: Say): string {
  return ["replyRate", "doneRate", "solvingRate", "satisfactionRate"].includes(c) ? h(`formula.${c}`) : "";
}

function headerRow(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: "middle", wrapText: true };
  row.eachCell((cell) => {
    cell.border = BORDER;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F4F6" } };
  });
}

function bordered(row: ExcelJS.Row) {
  row.eachCell({ includeEmpty: true }, (cell) => (cell.border = BORDER));
}
