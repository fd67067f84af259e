// The columns of the import template, in order. Headers are Chinese whatever the user's language: the file is
// the office's own list, read back by header text, so a column moved or renamed by the user is still found.
import type { DeputyLevel, Gender } from "./workflow";
import { DEPUTY_LIMITS } from "./schemas";

export const IMPORT_COLUMNS = [
  { key: "name", header: "姓名", width: 12, max: DEPUTY_LIMITS.name },
  { key: "gender", header: "性别", width: 8 },
  { key: "ethnicity", header: "民族", width: 10, max: DEPUTY_LIMITS.ethnicity },
  { key: "birthYear", header: "出生年份", width: 10 },
  { key: "party", header: "党派", width: 14, max: DEPUTY_LIMITS.party },
  { key: "occupation", header: "职业", width: 16, max: DEPUTY_LIMITS.occupation },
  { key: "workUnit", header: "工作单位", width: 28, max: DEPUTY_LIMITS.workUnit },
  { key: "level", header: "代表层级", width: 10 },
  { key: "term", header: "届次", width: 10, max: DEPUTY_LIMITS.term },
  { key: "delegation", header: "代表团或代表小组", width: 20, max: DEPUTY_LIMITS.delegation },
  { key: "constituency", header: "选区", width: 26 },
  { key: "phone", header: "手机号码", width: 14 },
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]["key"];

/** The level as the office writes it (全国人大代表 … 乡镇人大代表, shortened to the one word the template asks for). */
export const LEVEL_LABELS: Record<DeputyLevel, string> = {
  NATIONAL: "全国",
  PROVINCIAL: "省",
  CITY: "市",
  COUNTY: "县",
  TOWNSHIP: "乡",
};
export const GENDER_LABELS: Record<Gender, string> = { MALE: "男", FEMALE: "女" };

/** Spreadsheet letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let out = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

/** "杏花岭区 / 鼓楼街道", "杏花岭区／鼓楼街道" and "杏花岭区/鼓楼街道" name the same area. */
export function normaliseAreaPath(path: string): string {
  return path
    .split(/\s*[/／]\s*/)
    .map((s) => s.trim())
    .filter(Boolean)
    .join("/");
}
