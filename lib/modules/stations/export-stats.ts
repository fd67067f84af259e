// The statistics view on screen as .xlsx (exceljs): one sheet, the period in its title row, the same columns as the
// table. At most a few hundred rows (one per station at the finest), so the workbook is built in memory.
import ExcelJS from "exceljs";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import type { StationStatsQuery, StatsRow } from "./queries-stats";

export async function statsWorkbook(
  rows: StatsRow[],
  q: StationStatsQuery,
  city: string,
  locale: Locale,
): Promise<Buffer> {
  const t = await getTranslator(locale);
  const h = (key: string, values?: Record<string, string>) =>
    t(`stationStats.${key}` as never, values as never) as string;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(h(`view.${q.view}`));
  sheet.addRow([h("export.title", { city, from: q.from, to: q.to, view: h(`view.${q.view}`) })]).font = { bold: true };
  const columns = [
    { header: h(`column.${q.view}`), width: 28 },
    ...(q.view === "district" ? [] : [{ header: h("column.district"), width: 14 }]),
    { header: h("column.stations"), width: 10 },
    { header: h("column.deputies"), width: 10 },
    { header: h("column.receptions"), width: 10 },
    { header: h("column.people"), width: 12 },
    { header: h("column.issues"), width: 10 },
    { header: h("column.solved"), width: 10 },
  ];
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  for (const r of rows)
    sheet.addRow([
      r.label,
      ...(q.view === "district" ? [] : [r.district ?? ""]),
      r.stations,
      r.deputies,
      r.receptions,
      r.people,
      r.issues,
      r.solved,
    ]);
  sheet.views = [{ state: "frozen", ySplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
