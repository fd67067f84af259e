import { describe, expect, test } from "vitest";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator, localeFromCookieHeader } from "@/lib/i18n/translate";

describe("localeFromCookieHeader", () => {
  test("Chinese unless the language cookie says English", () => {
    expect(localeFromCookieHeader(null)).toBe("zh-CN");
    expect(localeFromCookieHeader(undefined)).toBe("zh-CN");
    expect(localeFromCookieHeader("")).toBe("zh-CN");
    expect(localeFromCookieHeader("NEXT_LOCALE=en")).toBe("en");
    expect(localeFromCookieHeader("NEXT_LOCALE=zh-CN")).toBe("zh-CN");
  });

  test("finds the cookie among others", () => {
    expect(localeFromCookieHeader("a=1; NEXT_LOCALE=en; b=2")).toBe("en");
    expect(localeFromCookieHeader("a=1;NEXT_LOCALE=en")).toBe("en");
    expect(localeFromCookieHeader("session=abc; NEXT_LOCALE=en")).toBe("en");
  });

  test("unknown locales and look-alike cookie names are ignored", () => {
    expect(localeFromCookieHeader("NEXT_LOCALE=fr")).toBe("zh-CN");
    expect(localeFromCookieHeader("NEXT_LOCALE=EN")).toBe("zh-CN");
    expect(localeFromCookieHeader("XNEXT_LOCALE=en")).toBe("zh-CN");
    expect(localeFromCookieHeader("NEXT_LOCALE_OLD=en")).toBe("zh-CN");
    expect(localeFromCookieHeader("NEXT_LOCALE=")).toBe("zh-CN");
  });

  test("a URL-encoded value is decoded", () => {
    expect(localeFromCookieHeader("NEXT_LOCALE=zh%2DCN")).toBe("zh-CN");
  });

  test("a malformed cookie value falls back to Chinese instead of throwing", () => {
    expect(localeFromCookieHeader("NEXT_LOCALE=%E0%A4%A")).toBe("zh-CN");
    expect(localeFromCookieHeader("NEXT_LOCALE=%")).toBe("zh-CN");
  });
});

describe("isLocale", () => {
  test("only the supported locales", () => {
    expect(isLocale("zh-CN")).toBe(true);
    expect(isLocale("en")).toBe(true);
    for (const v of ["zh", "zh-cn", "en-US", "", null, 1]) expect(isLocale(v)).toBe(false);
  });
});

describe("getTranslator", () => {
  test("translates error messages in both locales", async () => {
    const zh = await getTranslator("zh-CN");
    const en = await getTranslator("en");
    expect(zh("errors.FORBIDDEN" as never)).toBe("您没有执行此操作的权限。");
    expect(en("errors.FORBIDDEN" as never)).toBe("You do not have permission to do this.");
  });
});
