import { describe, expect, test } from "vitest";
import type { z } from "zod";
import {
  changePasswordSchema,
  createUserSchema,
  passwordSchema,
  resetPasswordSchema,
  updateUserSchema,
  userListFilterSchema,
  usernameSchema,
} from "@/lib/modules/identity";

/** The issues of a failed parse as "path: message" strings (unknown keys as "+key"). */
function issues(schema: z.ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  if (r.success) return [];
  return r.error.issues.map((i) =>
    i.code === "unrecognized_keys" ? i.keys.map((k) => `+${k}`).join(",") : `${i.path.join(".")}: ${i.message}`,
  );
}

const validUser = {
  username: "zhang.san",
  displayName: "张三",
  phone: "13812341234",
  password: "Abcdefgh12",
  roles: [{ role: "admin" }],
};
const UUID = "0190a000-0000-7000-8000-0000000000c1";
const UUID2 = "0190a000-0000-7000-8000-0000000000c2";

describe("usernameSchema", () => {
  test("trims and lower-cases", () => {
    expect(usernameSchema.parse("  Zhang.San ")).toBe("zhang.san");
  });

  test.each(["abc", "a.b_c-d", "0user", "x".repeat(32), "li-si_2"])("accepts %j", (name) => {
    expect(usernameSchema.safeParse(name).success).toBe(true);
  });

  test.each(["ab", "x".repeat(33), ".abc", "-abc", "_abc", "张三丰", "a b c", "abc!", "", "abc@def"])(
    "rejects %j",
    (name) => {
      const r = usernameSchema.safeParse(name);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("validation.usernameFormat");
    },
  );
});

describe("passwordSchema", () => {
  test.each(["Abcdefgh12", "1234567890a", "密码密码密码密码a1", "a1".repeat(64)])("accepts %j", (p) => {
    expect(passwordSchema.safeParse(p).success).toBe(true);
  });

  test("10 to 128 characters", () => {
    expect(issues(passwordSchema, "Abcdefg12")).toEqual([": validation.passwordLength"]);
    expect(issues(passwordSchema, "a1".repeat(64) + "x")).toContain(": validation.passwordLength");
  });

  test("needs a letter and a digit", () => {
    expect(issues(passwordSchema, "abcdefghij")).toEqual([": validation.passwordMix"]);
    expect(issues(passwordSchema, "1234567890")).toEqual([": validation.passwordMix"]);
    expect(issues(passwordSchema, "!@#$%^&*()_+")).toEqual([": validation.passwordMix"]);
  });
});

describe("createUserSchema", () => {
  test("parses a valid user", () => {
    expect(createUserSchema.parse(validUser)).toEqual({ ...validUser, roles: [{ role: "admin", scopeId: null }] });
  });

  test("phone: optional (absent stays absent), empty becomes null, trimmed, must be an 11-digit mobile number", () => {
    expect(createUserSchema.parse({ ...validUser, phone: undefined }).phone).toBeUndefined();
    expect(createUserSchema.parse({ ...validUser, phone: "" }).phone).toBeNull();
    expect(createUserSchema.parse({ ...validUser, phone: " 13812341234 " }).phone).toBe("13812341234");
    for (const bad of ["1381234123", "138123412345", "23812341234", "138-1234-1234", "abc"]) {
      expect(issues(createUserSchema, { ...validUser, phone: bad }), bad).toEqual(["phone: validation.phoneFormat"]);
    }
  });

  test("unknown keys are rejected, at the top level and in role grants", () => {
    expect(issues(createUserSchema, { ...validUser, isAdmin: true })).toEqual(["+isAdmin"]);
    expect(issues(createUserSchema, { ...validUser, tenantId: UUID })).toEqual(["+tenantId"]);
    expect(issues(createUserSchema, { ...validUser, roles: [{ role: "admin", tenantId: UUID }] })).toEqual([
      "+tenantId",
    ]);
  });

  test("display name is required and at most 50 characters", () => {
    expect(issues(createUserSchema, { ...validUser, displayName: "   " })).toEqual([
      "displayName: validation.required",
    ]);
    expect(createUserSchema.safeParse({ ...validUser, displayName: "名".repeat(50) }).success).toBe(true);
    expect(createUserSchema.safeParse({ ...validUser, displayName: "名".repeat(51) }).success).toBe(false);
  });

  test("roles: at least one, known roles only, uuid scopes, no duplicates", () => {
    expect(issues(createUserSchema, { ...validUser, roles: [] })).toEqual(["roles: validation.rolesRequired"]);
    expect(createUserSchema.safeParse({ ...validUser, roles: [{ role: "superuser" }] }).success).toBe(false);
    expect(
      createUserSchema.safeParse({ ...validUser, roles: [{ role: "committee", scopeId: "not-a-uuid" }] }).success,
    ).toBe(false);
    expect(
      issues(createUserSchema, { ...validUser, roles: [{ role: "admin" }, { role: "admin", scopeId: null }] }),
    ).toEqual(["roles: validation.rolesDuplicate"]);
    expect(
      issues(createUserSchema, {
        ...validUser,
        roles: [
          { role: "committee", scopeId: UUID },
          { role: "committee", scopeId: UUID },
        ],
      }),
    ).toEqual(["roles: validation.rolesDuplicate"]);
    // The same role with two different scopes is two grants, not a duplicate.
    expect(
      createUserSchema.safeParse({
        ...validUser,
        roles: [
          { role: "committee", scopeId: UUID },
          { role: "committee", scopeId: UUID2 },
        ],
      }).success,
    ).toBe(true);
    expect(
      createUserSchema.safeParse({ ...validUser, roles: Array.from({ length: 21 }, () => ({ role: "admin" })) })
        .success,
    ).toBe(false);
  });

  test("wrong types are rejected", () => {
    expect(createUserSchema.safeParse({ ...validUser, roles: "admin" }).success).toBe(false);
    expect(createUserSchema.safeParse({ ...validUser, phone: 13812341234 }).success).toBe(false);
    expect(createUserSchema.safeParse({ ...validUser, username: ["admin"] }).success).toBe(false);
    expect(createUserSchema.safeParse(null).success).toBe(false);
    expect(createUserSchema.safeParse("admin").success).toBe(false);
  });
});

describe("updateUserSchema and resetPasswordSchema", () => {
  test("need a uuid user id", () => {
    expect(updateUserSchema.safeParse({ userId: UUID, active: false }).success).toBe(true);
    expect(updateUserSchema.safeParse({ userId: "1", active: false }).success).toBe(false);
    expect(updateUserSchema.safeParse({ active: false }).success).toBe(false);
    expect(resetPasswordSchema.safeParse({ userId: UUID, password: "Abcdefgh12" }).success).toBe(true);
    expect(resetPasswordSchema.safeParse({ userId: UUID, password: "short1" }).success).toBe(false);
  });

  test("every field but userId is optional; unknown keys rejected", () => {
    // Nothing absent is set: an update without `phone` leaves the phone as it is (issue #9).
    expect(updateUserSchema.parse({ userId: UUID })).toEqual({ userId: UUID });
    expect(issues(updateUserSchema, { userId: UUID, username: "other" })).toEqual(["+username"]);
    expect(updateUserSchema.safeParse({ userId: UUID, active: "false" }).success).toBe(false);
  });
});

describe("changePasswordSchema", () => {
  const base = { currentPassword: "Old-passw0rd", newPassword: "New-passw0rd", confirmPassword: "New-passw0rd" };

  test("accepts a matching new password", () => {
    expect(changePasswordSchema.parse(base)).toEqual(base);
  });

  test("the confirmation must match", () => {
    expect(issues(changePasswordSchema, { ...base, confirmPassword: "New-passw0rX" })).toEqual([
      "confirmPassword: validation.passwordMismatch",
    ]);
  });

  test("the new password must differ from the current one", () => {
    expect(
      issues(changePasswordSchema, {
        currentPassword: "Same-passw0rd",
        newPassword: "Same-passw0rd",
        confirmPassword: "Same-passw0rd",
      }),
    ).toEqual(["newPassword: validation.passwordUnchanged"]);
  });

  test("the new password follows the password rules; the current one is required", () => {
    expect(issues(changePasswordSchema, { ...base, newPassword: "short", confirmPassword: "short" })).toContain(
      "newPassword: validation.passwordLength",
    );
    expect(issues(changePasswordSchema, { ...base, currentPassword: "" })).toEqual([
      "currentPassword: validation.required",
    ]);
    expect(issues(changePasswordSchema, { ...base, extra: 1 })).toEqual(["+extra"]);
  });
});

describe("userListFilterSchema", () => {
  test("bad values fall back instead of failing", () => {
    expect(userListFilterSchema.parse({})).toEqual({ page: 1 });
    expect(userListFilterSchema.parse({ role: "root", status: "gone", page: "abc" })).toEqual({ page: 1 });
    expect(userListFilterSchema.parse({ role: "deputy", status: "disabled", page: "3", q: " 张 " })).toEqual({
      role: "deputy",
      status: "disabled",
      page: 3,
      q: "张",
    });
    expect(userListFilterSchema.parse({ page: "0" }).page).toBe(1);
    expect(userListFilterSchema.parse({ page: "99999999" }).page).toBe(1);
  });
});
