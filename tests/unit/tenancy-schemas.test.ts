import { describe, expect, test } from "vitest";
import { createTenantSchema } from "@/lib/modules/tenancy";
import { RESERVED_SLUGS, tenantSettingsSchema, tenantSlugSchema } from "@/lib/tenant";

const valid = {
  slug: "liaoyuan",
  shortName: "辽源",
  fullName: "辽源市人大常委会",
  province: "吉林省",
  adminUsername: "admin",
  adminDisplayName: "王立新",
  adminPassword: "Abcdefgh12",
};

function messages(value: unknown): string[] {
  const r = createTenantSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("createTenantSchema", () => {
  test("parses a valid tenant; intro and the English names default to empty", () => {
    expect(createTenantSchema.parse(valid)).toEqual({ ...valid, intro: "", nameEn: "", fullNameEn: "" });
  });

  test("the English names are optional, trimmed and bounded", () => {
    const en = { nameEn: " Liaoyuan ", fullNameEn: "Liaoyuan Municipal People's Congress Standing Committee" };
    expect(createTenantSchema.parse({ ...valid, ...en })).toMatchObject({ ...en, nameEn: "Liaoyuan" });
    expect(messages({ ...valid, nameEn: "x".repeat(41) })).toHaveLength(1);
    expect(messages({ ...valid, fullNameEn: "x".repeat(121) })).toHaveLength(1);
  });

  test("the slug is trimmed and lower-cased", () => {
    expect(createTenantSchema.parse({ ...valid, slug: "  LiaoYuan " }).slug).toBe("liaoyuan");
  });

  test.each([
    "api",
    "platform",
    "login",
    "admin",
    "console",
    "static",
    "www",
    "health",
    "ready",
    "deputy",
    "unit",
    "auth",
  ])("reserved slug %j is rejected", (slug) => {
    expect(messages({ ...valid, slug })).toEqual(["slug: validation.slugReserved"]);
  });

  test("reserved slugs are caught after lower-casing too", () => {
    expect(messages({ ...valid, slug: "API" })).toEqual(["slug: validation.slugReserved"]);
    expect(messages({ ...valid, slug: " Platform " })).toEqual(["slug: validation.slugReserved"]);
  });

  test.each(["a", "1city", "-city", "ci_ty", "城市", "ci ty", "c".repeat(41), ""])(
    "malformed slug %j is rejected",
    (slug) => {
      expect(messages({ ...valid, slug })).toContain("slug: validation.slugFormat");
    },
  );

  test.each(["ab", "c".repeat(40), "t-1", "xi-an"])("slug %j is accepted", (slug) => {
    expect(createTenantSchema.safeParse({ ...valid, slug }).success).toBe(true);
  });

  test("names are required, the admin account follows the identity rules, unknown keys are rejected", () => {
    expect(messages({ ...valid, shortName: " " })).toEqual(["shortName: validation.required"]);
    expect(messages({ ...valid, adminUsername: "x" })).toEqual(["adminUsername: validation.usernameFormat"]);
    expect(messages({ ...valid, adminPassword: "abcdefghijk" })).toEqual(["adminPassword: validation.passwordMix"]);
    expect(createTenantSchema.safeParse({ ...valid, active: false }).success).toBe(false);
    expect(createTenantSchema.safeParse({ ...valid, shortName: "长".repeat(21) }).success).toBe(false);
  });
});

describe("tenantSlugSchema and RESERVED_SLUGS", () => {
  test("every reserved slug that looks like a slug is refused", () => {
    for (const slug of RESERVED_SLUGS) expect(tenantSlugSchema.safeParse(slug).success, slug).toBe(false);
  });
});

describe("tenantSettingsSchema", () => {
  test("fills defaults and drops unknown keys", () => {
    expect(tenantSettingsSchema.parse({ other: 1 })).toEqual({
      commentsRequireSignIn: false,
      contactPhone: "",
      contactAddress: "",
      messages: { replyWorkingDays: 15, ratingAskWorkingDays: 10, autoCloseWorkingDays: 15, publicBoard: false },
      suggestions: {
        motionMinSigners: 10,
        handlingWorkingDays: 65,
        viewWorkingDays: 22,
        rehandleWorkingDays: 22,
        handbackWorkingDays: 7,
        publish: false,
      },
      oversight: { reportBackWorkingDays: 40, rectificationWorkingDays: 60, filingReviewWorkingDays: 30 },
    });
    expect(tenantSettingsSchema.parse({ commentsRequireSignIn: true }).commentsRequireSignIn).toBe(true);
  });
});
