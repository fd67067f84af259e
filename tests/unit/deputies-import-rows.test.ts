// The import's row validator (pure): every kind of error, named by row and column, every one reported; and the
// valid rows parsed to what the registry stores.
import { describe, expect, test } from "vitest";
import { columnLetter, normaliseAreaPath } from "@/lib/modules/deputies/import-columns";
import { duplicateKey, validateImportRows, type ImportContext } from "@/lib/modules/deputies/import-rows";

const ctx = (over: Partial<ImportContext> = {}): ImportContext => ({
  areaByPath: new Map([
    ["杏花岭区", "a-district"],
    ["杏花岭区/鼓楼街道", "a-street"],
  ]),
  existing: new Set(),
  currentYear: 2026,
  ...over,
});
const good = (row: number, cells: Record<string, string> = {}) => ({
  row,
  cells: {
    name: `张${row}`,
    gender: "男",
    ethnicity: "",
    birthYear: "1970",
    party: "",
    occupation: "",
    workUnit: "",
    level: "市",
    term: "第九届",
    delegation: "第一代表小组",
    constituency: "杏花岭区 / 鼓楼街道",
    phone: "139 0000-0001",
    ...cells,
  },
});

describe("validateImportRows", () => {
  test("a valid row becomes a deputy: codes for level and gender, 汉族 by default, the area by its path, digits only", () => {
    const { deputies, errors } = validateImportRows([good(2)], ctx());
    expect(errors).toEqual([]);
    expect(deputies).toEqual([
      expect.objectContaining({
        row: 2,
        name: "张2",
        gender: "MALE",
        ethnicity: "汉族",
        birthYear: 1970,
        level: "CITY",
        constituencyId: "a-street",
        phone: "13900000001",
      }),
    ]);
  });

  test.each([
    ["name", "", "required"],
    ["gender", "未知", "badGender"],
    ["gender", "", "required"],
    ["birthYear", "七十", "badBirthYear"],
    ["birthYear", "2015", "badBirthYear"],
    ["birthYear", "1850", "badBirthYear"],
    ["level", "省级以上", "badLevel"],
    ["level", "", "required"],
    ["term", "", "required"],
    ["constituency", "万柏林区/不存在街道", "unknownArea"],
    ["phone", "12345", "badPhone"],
    ["workUnit", "单".repeat(101), "tooLong"],
    ["name", "名".repeat(51), "tooLong"],
  ])("column %s = %j → %s", (column, value, code) => {
    const { deputies, errors } = validateImportRows([good(7, { [column]: value })], ctx());
    expect(deputies).toEqual([]);
    expect(errors).toContainEqual(expect.objectContaining({ row: 7, column, code, value }));
  });

  test("the longer level names offices write are read too", () => {
    const rows = ["全国人大代表", "省", "县（区）", "乡镇"].map((level, i) => good(i + 2, { level }));
    expect(validateImportRows(rows, ctx()).deputies.map((d) => d.level)).toEqual([
      "NATIONAL",
      "PROVINCIAL",
      "COUNTY",
      "TOWNSHIP",
    ]);
  });

  test("a duplicate within the file names the row it repeats; one already in the registry is refused", () => {
    const rows = [good(2), good(3, { name: "李四" }), good(4, { name: "张2" })];
    const existing = new Set([duplicateKey({ level: "CITY", term: "第九届", name: "李四", birthYear: 1970 })]);
    const { deputies, errors } = validateImportRows(rows, ctx({ existing }));
    expect(deputies.map((d) => d.row)).toEqual([2]);
    expect(errors).toEqual([
      expect.objectContaining({ row: 3, column: "name", code: "duplicateInRegistry" }),
      expect.objectContaining({ row: 4, column: "name", code: "duplicateInFile", firstRow: 2 }),
    ]);
  });

  test("the same name at another level or with another birth year is another person", () => {
    const rows = [good(2), good(3, { name: "张2", level: "县" }), good(4, { name: "张2", birthYear: "1971" })];
    expect(validateImportRows(rows, ctx()).errors).toEqual([]);
  });

  test("every error of every row is reported: 50 bad rows answer 50 errors, a row with three problems three", () => {
    const bad = Array.from({ length: 50 }, (_, i) => good(i + 2, { level: "国家级" }));
    expect(validateImportRows(bad, ctx()).errors).toHaveLength(50);
    const three = validateImportRows([good(2, { name: "", gender: "x", phone: "1" })], ctx()).errors;
    expect(three.map((e) => e.code).sort()).toEqual(["badGender", "badPhone", "required"]);
  });
});

describe("helpers", () => {
  test("column letters and area paths", () => {
    expect([1, 12, 26, 27, 52].map(columnLetter)).toEqual(["A", "L", "Z", "AA", "AZ"]);
    expect(normaliseAreaPath(" 杏花岭区 ／ 鼓楼街道 ")).toBe("杏花岭区/鼓楼街道");
    expect(normaliseAreaPath("")).toBe("");
  });
});
