// The filtered registry as .xlsx (exceljs, streamed: rows are read in batches and committed as they are
// written, so a 50,000-deputy city exports in flat memory). Phones stay masked, as in the list.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import { GENDER_LABELS, LEVEL_LABELS } from "./import-columns";
import { deputyAreas, listDeputies, type DeputyFilter } from "./queries-deputies";

const BATCH = 2_000;
export const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** attachment; filename="…" with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function xlsxDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${name}.xlsx`)}`;
}

export async function deputiesXlsxStream(
  tenantId: string,
  filter: DeputyFilter,
  locale: Locale,
): Promise<ReadableStream<Uint8Array>> {
  const t = await getTranslator(locale);
  const h = (key: string) => t(`deputies.export.${key}` as never) as string;
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(h("sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: h("name"), key: "name", width: 12 },
    { header: h("gender"), key: "gender", width: 6 },
    { header: h("birthYear"), key: "birthYear", width: 9 },
    { header: h("level"), key: "level", width: 8 },
    { header: h("term"), key: "term", width: 10 },
    { header: h("delegation"), key: "delegation", width: 20 },
    { header: h("constituency"), key: "constituency", width: 28 },
    { header: h("workUnit"), key: "workUnit", width: 28 },
    { header: h("phone"), key: "phone", width: 14 },
    { header: h("status"), key: "status", width: 10 },
    { header: h("statusOn"), key: "statusOn", width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const write = async () => {
    const areas = await deputyAreas(tenantId);
    for (let offset = 0; ; offset += BATCH) {
      const { rows } = await listDeputies(tenantId, filter, { limit: BATCH, offset }, areas);
      for (const d of rows)
        sheet
          .addRow({
            name: d.name,
            gender: GENDER_LABELS[d.gender],
            birthYear: d.birthYear,
            level: LEVEL_LABELS[d.level],
            term: d.term,
            delegation: d.delegation,
            constituency: d.constituency ?? "",
            workUnit: d.workUnit,
            phone: d.phoneMasked,
            status: t(`deputies.status.${d.status}` as never) as string,
            statusOn: d.statusOn ?? "",
          })
          .commit();
      if (rows.length < BATCH) break;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((err) => out.destroy(err as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
