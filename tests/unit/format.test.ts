import { describe, expect, test } from "vitest";
import { maskContact, maskPhone } from "@/lib/format";

describe("maskPhone", () => {
  test("mainland mobile numbers keep the first 3 and last 4 digits", () => {
    expect(maskPhone("13812341234")).toBe("138****1234");
    expect(maskPhone("19900000001")).toBe("199****0001");
    expect(maskPhone(" 13812341234 ")).toBe("138****1234");
  });

  test("nothing in, nothing out", () => {
    expect(maskPhone(null)).toBe("");
    expect(maskPhone(undefined)).toBe("");
    expect(maskPhone("")).toBe("");
  });

  test("short values are fully masked", () => {
    expect(maskPhone("1")).toBe("*");
    expect(maskPhone("1234")).toBe("****");
  });

  test("other numbers keep their first and last quarter", () => {
    expect(maskPhone("12345")).toBe("1***5");
    expect(maskPhone("12345678")).toBe("12****78");
    expect(maskPhone("010-12345678")).toBe("010******678");
    expect(maskPhone("+8613812341234")).toBe("+86********234");
  });

  test("never shows the middle of a number", () => {
    for (const p of ["13812341234", "010-12345678", "+8613812341234", "0431-8888 6666"]) {
      const masked = maskPhone(p);
      expect(masked).toHaveLength(p.trim().length);
      expect(masked).toContain("*");
      expect(masked).not.toBe(p);
    }
  });
});

describe("maskContact", () => {
  test("phones as maskPhone, e-mail addresses keep their first letter and domain", () => {
    expect(maskContact("13800001234")).toBe("138****1234");
    expect(maskContact("0437-3216549")).toBe(maskPhone("0437-3216549"));
    expect(maskContact("wang.li@example.cn")).toBe("w***@example.cn");
    expect(maskContact(" ")).toBe("");
    expect(maskContact(null)).toBe("");
  });
});
