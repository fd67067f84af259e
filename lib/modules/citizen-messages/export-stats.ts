// The statistics view on screen as .xlsx (exceljs): one sheet, the period and the rate's formula in its title
// rows, the same columns and figures as the page's table (stats-labels.ts), and the total. At most a few hundred
// rows (one per station, deputy, unit, category or district), so the workbook is built in memory.
import ExcelJS from "exceljs";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import type { MessageStats } from "./stats-query";
import { messageStatsRowLabel, STATS_COLUMNS, statsCell } from "./stats-labels";

export async function messageStatsWorkbook(stats: MessageStats, city: string, locale: Locale): Promise<Buffer> {
  const t = await getTranslator(locale);
  const say = (key: string, values?: Record<string, string>) => t(key as never, values as never) as string;
  const h = (key: string, values?: Record<string, string>) => say(`citizenMessageStats.${key}`, values);
  const q = stats.query;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(h(`view.${q.view}`));
  sheet.addRow([h("export.title", { city, from: q.from, to: q.to, view: h(`view.${q.view}`) })]).font = { bold: true };
  sheet.addRow([h("formula")]);
  const header = [h(`column.${q.view}`), ...STATS_COLUMNS.map((c) => h(`figure.${c}`))];
  sheet.addRow(header).font = { bold: true };
  sheet.getColumn(1).width = 28;
  STATS_COLUMNS.forEach((_, i) => (sheet.getColumn(i + 2).width = 11));
  for (const r of stats.rows)
    sheet.addRow([messageStatsRowLabel(r, q.view, say), ...STATS_COLUMNS.map((c) => statsCell(r, c))]);
  sheet.addRow([h("total"), ...STATS_COLUMNS.map((c) => statsCell(stats.total, c))]).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
