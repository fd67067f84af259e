// The import's row-by-row check, pure (no database): every cell of every row is checked and every problem
// reported — a file with 50 bad rows answers 50 errors, not the first. The caller supplies the city's area
// paths and the registry's existing keys; ./check-import.ts loads them.
import { IMPORT_COLUMNS, GENDER_LABELS, LEVEL_LABELS, normaliseAreaPath, type ImportColumn } from "./import-columns";
import { BIRTH_YEAR_MIN, type DeputyInput } from "./schemas";
import type { DeputyLevel, Gender } from "./workflow";

export type ImportErrorCode =
  | "required"
  | "tooLong"
  | "badGender"
  | "badBirthYear"
  | "badLevel"
  | "badPhone"
  | "unknownArea"
  | "duplicateInFile"
  | "duplicateInRegistry";
export type ImportError = {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  column: ImportColumn;
  value: string;
  code: ImportErrorCode;
  /** duplicateInFile: the row it repeats. */
  firstRow?: number;
};
export type RawImportRow = { row: number; cells: Record<string, string> };
/** A valid row: the schema's fields (no account link: the import makes none) and the row it came from. */
export type ImportedDeputy = Omit<DeputyInput, "userId"> & { row: number };
export type ImportContext = {
  /** Normalised area path ("杏花岭区/鼓楼街道") → area id. */
  areaByPath: Map<string, string>;
  /** duplicateKey() of every deputy already in the registry that might clash. */
  existing: Set<string>;
  currentYear: number;
};

/** Level, term, name and birth year: the registry's own unique key (one person once per level and term). */
export const duplicateKey = (d: { level: string; term: string; name: string; birthYear: number }) =>
  `${d.level}\u0001${d.term}\u0001${d.name}\u0001${d.birthYear}`;

const LEVEL_BY_LABEL = new Map<string, DeputyLevel>(
  Object.entries(LEVEL_LABELS).flatMap(([code, label]) => [
    [label, code as DeputyLevel],
    // The longer names offices also write: 全国人大代表, 省人大代表, 乡镇人大代表 …
    [`${label}人大代表`, code as DeputyLevel],
    ...(code === "TOWNSHIP"
      ? ([
          ["乡镇", code],
          ["乡镇人大代表", code],
        ] as [string, DeputyLevel][])
      : []),
    ...(code === "COUNTY"
      ? ([
          ["县区", code],
          ["县（区）", code],
        ] as [string, DeputyLevel][])
      : []),
  ]),
);
const GENDER_BY_LABEL = new Map<string, Gender>(Object.entries(GENDER_LABELS).map(([c, l]) => [l, c as Gender]));
const MAX = new Map<string, number>(IMPORT_COLUMNS.flatMap((c) => ("max" in c ? [[c.key, c.max]] : [])));

/** Checks every row; `deputies` are the rows with no error (ready to store), `errors` every problem found. */
export function validateImportRows(
  rows: readonly RawImportRow[],
  ctx: ImportContext,
): { deputies: ImportedDeputy[]; errors: ImportError[] } {
  const deputies: ImportedDeputy[] = [];
  const errors: ImportError[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const before = errors.length;
    const cell = (key: ImportColumn) => (cells[key] ?? "").trim();
    const fail = (column: ImportColumn, code: ImportErrorCode, extra: Partial<ImportError> = {}) =>
      errors.push({ row, column, value: cell(column), code, ...extra });
    for (const [key, max] of MAX) if (cell(key as ImportColumn).length > max) fail(key as ImportColumn, "tooLong");

    const name = cell("name");
    if (!name) fail("name", "required");
    const gender = GENDER_BY_LABEL.get(cell("gender"));
    if (!gender) fail("gender", cell("gender") ? "badGender" : "required");
    const yearText = cell("birthYear");
    const birthYear = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!yearText) fail("birthYear", "required");
    else if (!(birthYear >= BIRTH_YEAR_MIN && birthYear <= ctx.currentYear - 18)) fail("birthYear", "badBirthYear");
    const level = LEVEL_BY_LABEL.get(cell("level").replace(/\s+/g, ""));
    if (!level) fail("level", cell("level") ? "badLevel" : "required");
    const term = cell("term");
    if (!term) fail("term", "required");
    const path = normaliseAreaPath(cell("constituency"));
    const constituencyId = path ? ctx.areaByPath.get(path) : null;
    if (constituencyId === undefined) fail("constituency", "unknownArea");
    const phone = cell("phone").replace(/[\s-]/g, "");
    if (phone && !/^1\d{10}$/.test(phone)) fail("phone", "badPhone");

    if (name && level && term && Number.isInteger(birthYear)) {
      const key = duplicateKey({ level, term, name, birthYear });
      const first = seen.get(key);
      if (first !== undefined) fail("name", "duplicateInFile", { firstRow: first });
      else {
        seen.set(key, row);
        if (ctx.existing.has(key)) fail("name", "duplicateInRegistry");
      }
    }
    if (errors.length > before) continue;
    deputies.push({
      row,
      name,
      gender: gender!,
      ethnicity: cell("ethnicity") || "汉族",
      birthYear,
      party: cell("party"),
      occupation: cell("occupation"),
      workUnit: cell("workUnit"),
      level: level!,
      term,
      delegation: cell("delegation"),
      constituencyId: constituencyId ?? null,
      phone: phone || null,
    });
  }
  return { deputies, errors };
}
