// Reads an uploaded registry file with exceljs: is it really an .xlsx (by its content, not its name), which
// column holds which field (by the header text, so columns may be moved), and every data row's cells as text.
import ExcelJS from "exceljs";
import { IMPORT_COLUMNS, type ImportColumn } from "./import-columns";
import type { RawImportRow } from "./import-rows";
import { IMPORT_MAX_ROWS } from "./schemas";

export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export type ReadProblem = "notXlsx" | "noSheet" | "missingColumns" | "tooManyRows";
export type ReadResult = { ok: true; rows: RawImportRow[] } | { ok: false; problem: ReadProblem; missing?: string[] };

const HEADER_KEY = new Map<string, ImportColumn>(IMPORT_COLUMNS.map((c) => [c.header, c.key]));
// What offices also call these columns in their own lists.
const ALIASES: Record<string, ImportColumn> = {
  代表团: "delegation",
  代表小组: "delegation",
  "代表团/代表小组": "delegation",
  出生年: "birthYear",
  层级: "level",
  届别: "term",
  电话: "phone",
  联系电话: "phone",
  选区名称: "constituency",
};
for (const [k, v] of Object.entries(ALIASES)) HEADER_KEY.set(k, v);

/** A cell as the user sees it: numbers without a trailing ".0", rich text flattened, formulas by their result. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return v;
  if (v instanceof Date) return String(v.getFullYear());
  if (typeof v === "object" && "result" in v) return v.result === undefined ? "" : String(v.result);
  return cell.text ?? "";
}

/** A zip archive (every .xlsx is one) begins "PK\3\4"; anything else is refused before exceljs reads it. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readImportFile(bytes: Uint8Array): Promise<ReadResult> {
  if (!looksLikeXlsx(bytes)) return { ok: false, problem: "notXlsx" };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    return { ok: false, problem: "notXlsx" };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, problem: "noSheet" };
  const columns = new Map<number, ImportColumn>();
  sheet.getRow(1).eachCell((cell, col) => {
    const key = HEADER_KEY.get(cellText(cell).replace(/\s+/g, ""));
    if (key && ![...columns.values()].includes(key)) columns.set(col, key);
  });
  const found = new Set(columns.values());
  // Name, gender, birth year, level and term identify a deputy; without their columns no row can be read.
  const missing = IMPORT_COLUMNS.filter(
    (c) => ["name", "gender", "birthYear", "level", "term"].includes(c.key) && !found.has(c.key),
  ).map((c) => c.header);
  if (missing.length) return { ok: false, problem: "missingColumns", missing };
  if (sheet.actualRowCount - 1 > IMPORT_MAX_ROWS) return { ok: false, problem: "tooManyRows" };
  const rows: RawImportRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    let any = false;
    for (const [col, key] of columns) {
      const text = cellText(row.getCell(col)).trim();
      if (text) any = true;
      cells[key] = text;
    }
    if (any) rows.push({ row: rowNumber, cells });
  });
  return { ok: true, rows };
}
