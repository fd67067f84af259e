// The import template: sheet 1 the header row (Chinese, one column per field) and sheet 2 the allowed values —
// levels, genders and every constituency path of this city, as the import reads them.
import ExcelJS from "exceljs";
import { forTenant } from "@/lib/db";
import { areaPaths } from "./check-import";
import { GENDER_LABELS, IMPORT_COLUMNS, LEVEL_LABELS } from "./import-columns";
import { DEPUTY_LEVELS } from "./workflow";

export const IMPORT_SHEET = "代表名册";
export const VALUES_SHEET = "填写说明";

export async function importTemplateXlsx(tenantId: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(IMPORT_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  // Text cells: a phone or a year typed into a number cell would lose nothing, but 选区 paths and 届次 stay as typed.
  for (let i = 1; i <= IMPORT_COLUMNS.length; i++) sheet.getColumn(i).numFmt = "@";

  const paths = [...(await areaPaths(forTenant(tenantId))).keys()].sort((a, b) => a.localeCompare(b, "zh-CN"));
  const values = workbook.addWorksheet(VALUES_SHEET);
  values.columns = [
    { header: "代表层级", width: 12 },
    { header: "性别", width: 8 },
    { header: "选区（区/街道/社区）", width: 40 },
    { header: "说明", width: 60 },
  ];
  values.getRow(1).font = { bold: true };
  const notes = [
    "姓名、性别、出生年份、代表层级、届次为必填项。",
    "代表层级填：全国、省、市、县、乡。",
    "届次按本级写法填写，例如：第九届。",
    "选区填所在区和街道，用“/”分隔，例如：杏花岭区/鼓楼街道；可只填区。",
    "手机号码为 11 位数字，可不填。民族不填时为汉族。",
    "同一层级、同一届次中，姓名和出生年份相同的视为同一人，不能重复登记。",
  ];
  const height = Math.max(DEPUTY_LEVELS.length, paths.length, notes.length);
  for (let i = 0; i < height; i++)
    values.addRow([
      LEVEL_LABELS[DEPUTY_LEVELS[i]!] ?? "",
      Object.values(GENDER_LABELS)[i] ?? "",
      paths[i] ?? "",
      notes[i] ?? "",
    ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
