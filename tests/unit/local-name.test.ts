// English names where the city gives them (issue #14, item 8): lib/i18n/local-name.ts decides, for the city, its
// committees and its fields of law, which name a page shows.
import { describe, expect, test } from "vitest";
import { cityFullName, cityShortName, inLocale, localName, localNames } from "@/lib/i18n/local-name";

const liaoyuan = {
  shortName: "辽源",
  fullName: "辽源市人大常委会",
  nameEn: "Liaoyuan",
  fullNameEn: "Liaoyuan Municipal People's Congress Standing Committee",
};

describe("local names", () => {
  test("an English page shows the English name, a Chinese page the Chinese one", () => {
    expect(cityFullName(liaoyuan, "en")).toBe("Liaoyuan Municipal People's Congress Standing Committee");
    expect(cityShortName(liaoyuan, "en")).toBe("Liaoyuan");
    expect(cityFullName(liaoyuan, "zh-CN")).toBe("辽源市人大常委会");
    expect(cityShortName(liaoyuan, "zh-CN")).toBe("辽源");
  });

  test("without an English name (empty, blank, null, absent) the English page shows the Chinese one", () => {
    for (const en of ["", "   ", null, undefined]) {
      expect(cityFullName({ fullName: "济宁市人大常委会", fullNameEn: en }, "en")).toBe("济宁市人大常委会");
      expect(localName({ name: "法制委员会", nameEn: en }, "en")).toBe("法制委员会");
    }
    expect(cityShortName({ shortName: "济宁" }, "en")).toBe("济宁");
    expect(inLocale("法制委员会", " Legislative Affairs Committee ", "en")).toBe("Legislative Affairs Committee");
  });

  test("only the English locale switches: any other keeps the Chinese name", () => {
    expect(inLocale("环境保护", "Environmental Protection", "zh-CN")).toBe("环境保护");
    expect(inLocale("环境保护", "Environmental Protection", "fr")).toBe("环境保护");
  });

  test("localNames renames each row and keeps the rest of it", () => {
    const rows = [
      { id: "c1", name: "法制委员会", nameEn: "Legislative Affairs Committee", shortName: "法制委" },
      { id: "c2", name: "代表工作委员会", nameEn: "", shortName: "代工委" },
    ];
    expect(localNames(rows, "en")).toEqual([
      { id: "c1", name: "Legislative Affairs Committee", nameEn: "Legislative Affairs Committee", shortName: "法制委" },
      { id: "c2", name: "代表工作委员会", nameEn: "", shortName: "代工委" },
    ]);
    expect(localNames(rows, "zh-CN")).toEqual(rows);
    expect(rows[0]!.name).toBe("法制委员会"); // the input is not changed
  });
});
