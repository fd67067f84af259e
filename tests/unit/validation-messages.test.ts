// Every issue a schema does not word itself gets a sentence from messages/<locale>/validation.json by its code
// (lib/validation.ts): an enum field sent empty or with a value not offered, a discriminated union's tag, a
// wrong type, a length. Never zod's own text, which names codes ("期望以下之一 "ADOPTED"|…").
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { disposeOpinionsSchema } from "@/lib/modules/consultation/client";
import { createUserSchema } from "@/lib/modules/identity/client";
import { decideProposalSchema, transitionSchema } from "@/lib/modules/legislation/client";
import { parseInput } from "@/lib/validation";

const zh = await getTranslator("zh-CN");
const en = await getTranslator("en");
const ID = "0190a4b0-0000-7000-8000-000000000001";

function fieldErrors(schema: z.ZodType, raw: unknown, locale: "zh-CN" | "en" = "zh-CN"): Record<string, string[]> {
  try {
    parseInput(schema, raw, locale, locale === "en" ? en : zh);
  } catch (err) {
    if (err instanceof AppError && err.fieldErrors) return { ...err.fieldErrors };
    throw err;
  }
  throw new Error("parsed");
}

/** zod's own wording: quotes around codes, `|` between options, "expected", 期望. */
const ZOD_TEXT = /["'|]|expected|received|期望|无效/i;

describe("enum fields", () => {
  test("the dispose form without a result: required, in both languages; a value not offered: choose one", () => {
    const base = { consultationId: ID, opinionIds: [ID], reason: "理由" };
    expect(fieldErrors(disposeOpinionsSchema, { ...base, disposition: "" }).disposition).toEqual(["此项为必填项。"]);
    expect(fieldErrors(disposeOpinionsSchema, { ...base, disposition: "" }, "en").disposition).toEqual([
      "This field is required.",
    ]);
    expect(fieldErrors(disposeOpinionsSchema, { ...base, disposition: "MAYBE" }).disposition).toEqual([
      "请从给出的选项中选择一项。",
    ]);
    expect(fieldErrors(disposeOpinionsSchema, { ...base, disposition: "MAYBE" }, "en").disposition).toEqual([
      "Choose one of the options given.",
    ]);
  });

  test("enum values elsewhere: a role, a regulation stage, a proposal decision (a discriminated union's tag)", () => {
    const user = { username: "abc", displayName: "甲", password: "Abcdefgh12", roles: [{ role: "king" }] };
    expect(fieldErrors(createUserSchema, user)["roles.0.role"]).toEqual(["请从给出的选项中选择一项。"]);
    const moved = fieldErrors(transitionSchema, { regulationId: ID, to: "HEAVEN", occurredOn: "2026-01-01" });
    expect(moved.to).toEqual(["请从给出的选项中选择一项。"]);
    expect(fieldErrors(decideProposalSchema, { proposalId: ID, decision: "PERHAPS" }).decision).toEqual([
      "请从给出的选项中选择一项。",
    ]);
    expect(fieldErrors(decideProposalSchema, { proposalId: ID }).decision).toEqual(["此项为必填项。"]);
  });
});

describe("other issues are worded by code, never in zod's text", () => {
  const schema = z.strictObject({
    name: z.string().max(5),
    code: z.string().min(3),
    count: z.number().int().min(1).max(9),
    tags: z.array(z.string()).max(2),
    id: z.uuid(),
  });
  test.each([
    ["zh-CN", { name: "一二三四五六", code: "ab", count: 10, tags: ["a", "b", "c"], id: "x", extra: 1 }],
    ["zh-CN", { name: 1, code: null, count: "3", tags: "a" }],
    ["en", { name: "abcdefg", code: "a", count: 0, tags: [1], id: 7, constructor: 1 }],
  ] as const)("%s %j", (locale, raw) => {
    const errors = fieldErrors(schema, raw, locale);
    expect(Object.keys(errors).length).toBeGreaterThan(3);
    for (const [field, messages] of Object.entries(errors)) {
      for (const m of messages) {
        expect(m, field).not.toMatch(ZOD_TEXT);
        expect(m, field).not.toMatch(/^validation\./);
        if (locale === "zh-CN") expect(m, field).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  test("bounds are named", () => {
    const errors = fieldErrors(schema, { name: "一二三四五六", code: "ab", count: 10, tags: ["a", "b", "c"], id: ID });
    expect(errors).toEqual({
      name: ["最多 5 个字符。"],
      code: ["至少填写 3 个字符。"],
      count: ["不能大于 9。"],
      tags: ["最多 2 项。"],
    });
    expect(fieldErrors(schema, { code: "abc", count: 1, tags: [], id: ID }).name).toEqual(["此项为必填项。"]);
  });

  test("a schema's own message still wins", () => {
    const own = z.strictObject({ phone: z.string().regex(/^1\d{10}$/, { error: "validation.phoneFormat" }) });
    expect(fieldErrors(own, { phone: "12" }).phone).toEqual(["请输入 11 位手机号码。"]);
  });

  test("errors are gathered without a prototype: a key named constructor or __proto__ is a field like any other", () => {
    for (const key of ["constructor", "__proto__", "toString"]) {
      const errors = fieldErrors(
        schema,
        JSON.parse(`{"${key}": 1, "name": "a", "code": "abc", "count": 1, "tags": [], "id": "${ID}"}`),
      );
      expect(Object.keys(errors)).toEqual([key]);
      expect(errors[key]).toEqual(["不接受此字段，请删除后重试。"]);
    }
  });
});
