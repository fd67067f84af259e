import { describe, expect, test } from "vitest";
import { z } from "zod";
import { AppError, ERROR_STATUS } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { failure } from "@/lib/result";
import { parseInput } from "@/lib/validation";

const zh = await getTranslator("zh-CN");
const en = await getTranslator("en");

describe("failure", () => {
  test("an AppError becomes its code and a translated message", () => {
    const f = failure(new AppError("FORBIDDEN"), zh);
    expect(f.ok).toBe(false);
    expect(f.error.code).toBe("FORBIDDEN");
    expect(f.error.message).toBeTruthy();
    expect(f.error.message).not.toBe("errors.FORBIDDEN");
    expect(f.error.fieldErrors).toBeUndefined();
  });

  test.each(Object.keys(ERROR_STATUS) as (keyof typeof ERROR_STATUS)[])("%s has a message in both locales", (code) => {
    for (const t of [zh, en]) {
      const { message } = failure(new AppError(code), t).error;
      expect(message.length).toBeGreaterThan(0);
      expect(message).not.toContain(`errors.${code}`);
    }
    expect(failure(new AppError(code), zh).error.message).not.toBe(failure(new AppError(code), en).error.message);
  });

  test("a message key other than the code is used", () => {
    const f = failure(new AppError("CONFLICT", "usernameTaken"), zh);
    expect(f.error).toMatchObject({ code: "CONFLICT" });
    expect(f.error.message).not.toBe(failure(new AppError("CONFLICT"), zh).error.message);
    expect(f.error.message).not.toContain("usernameTaken");
  });

  test("Prisma's unique violation becomes CONFLICT, record-not-found NOT_FOUND", () => {
    expect(failure(Object.assign(new Error("unique"), { code: "P2002" }), zh).error.code).toBe("CONFLICT");
    expect(failure(Object.assign(new Error("missing"), { code: "P2025" }), zh).error.code).toBe("NOT_FOUND");
  });

  test("anything else is a bug: rethrown, not disguised as a user error", () => {
    const bug = new TypeError("x is undefined");
    expect(() => failure(bug, zh)).toThrow(bug);
    expect(() => failure(Object.assign(new Error("fk"), { code: "P2003" }), zh)).toThrow("fk");
    expect(() => failure(Object.assign(new Error("pg"), { code: "23505" }), zh)).toThrow("pg");
    expect(() => failure("a string", zh)).toThrow();
  });

  test("field errors that are message keys are translated; other text passes through", () => {
    const f = failure(
      new AppError("VALIDATION", "VALIDATION", {}, { currentPassword: ["wrongPassword"], other: ["已翻译的文字"] }),
      zh,
    );
    expect(f.error.fieldErrors?.currentPassword).toHaveLength(1);
    expect(f.error.fieldErrors?.currentPassword?.[0]).not.toBe("wrongPassword");
    expect(f.error.fieldErrors?.currentPassword?.[0]).toBeTruthy();
    expect(f.error.fieldErrors?.other).toEqual(["已翻译的文字"]);
  });
});

describe("parseInput", () => {
  const schema = z.strictObject({
    name: z.string().min(1, { error: "validation.required" }),
    age: z.number().int(),
    tags: z.array(z.string()).optional(),
  });

  function fieldErrorsOf(raw: unknown, locale: "zh-CN" | "en" = "zh-CN") {
    try {
      parseInput(schema, raw, locale, locale === "en" ? en : zh);
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe("VALIDATION");
      return (err as AppError).fieldErrors!;
    }
    throw new Error("expected a validation error");
  }

  test("valid input is returned parsed", () => {
    expect(parseInput(schema, { name: "a", age: 3 }, "zh-CN", zh)).toEqual({ name: "a", age: 3 });
  });

  test("our own message keys are translated", () => {
    const errors = fieldErrorsOf({ name: "", age: 3 });
    expect(Object.keys(errors)).toEqual(["name"]);
    expect(errors.name![0]).not.toBe("validation.required");
    expect(errors.name![0]).toBeTruthy();
  });

  test("zod's own messages come in the user's language", () => {
    const zhErrors = fieldErrorsOf({ name: "a", age: "3" }, "zh-CN");
    const enErrors = fieldErrorsOf({ name: "a", age: "3" }, "en");
    expect(zhErrors.age![0]).toMatch(/[\u4e00-\u9fff]/);
    expect(enErrors.age![0]).toMatch(/^[\x20-\x7e]+$/);
  });

  test("unknown keys are reported under their own names", () => {
    const errors = fieldErrorsOf({ name: "a", age: 1, isAdmin: true, tenantId: "x" });
    expect(Object.keys(errors).sort()).toEqual(["isAdmin", "tenantId"]);
  });

  test("nested paths are joined with dots; a non-object is reported on _", () => {
    expect(Object.keys(fieldErrorsOf({ name: "a", age: 1, tags: ["x", 2] }))).toEqual(["tags.1"]);
    expect(Object.keys(fieldErrorsOf("not an object"))).toEqual(["_"]);
  });
});
