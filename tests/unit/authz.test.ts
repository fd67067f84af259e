import { describe, expect, test } from "vitest";
import { can, isRole, PERMISSIONS, ROLES, type Permission } from "@/lib/authz";
import { Role } from "@/lib/generated/prisma/enums";

const permissions = Object.keys(PERMISSIONS) as Permission[];

describe("ROLES", () => {
  test("lists exactly the database's Role enum", () => {
    expect([...ROLES].sort()).toEqual(Object.values(Role).sort());
  });
});

describe("can: the permission table", () => {
  test.each(permissions)("%s is held by exactly its roles", (permission) => {
    const allowed: readonly string[] = PERMISSIONS[permission];
    expect(allowed.length).toBeGreaterThan(0);
    for (const role of ROLES) {
      expect(can([role], permission), `${role} → ${permission}`).toBe(allowed.includes(role));
    }
  });

  // The table itself, spelled out, so that widening a permission by accident fails here.
  test("user and audit administration is admin-only", () => {
    for (const p of ["user.view", "user.manage", "audit.view"] as const) {
      expect(ROLES.filter((r) => can([r], p))).toEqual(["admin"]);
    }
  });

  test("everyone may view the console and change their own password", () => {
    expect(ROLES.filter((r) => can([r], "console.view"))).toEqual([...ROLES]);
    expect(ROLES.filter((r) => can([r], "account.changePassword"))).toEqual([...ROLES]);
  });

  test("reference data is for staff, not for units or deputies", () => {
    expect(can(["deputy"], "reference.view")).toBe(false);
    expect(can(["unit"], "reference.view")).toBe(false);
    expect(can(["contactPoint"], "reference.view")).toBe(true);
    expect(can(["leader"], "reference.view")).toBe(true);
  });

  test("any one of several roles is enough", () => {
    expect(can(["deputy", "admin"], "user.manage")).toBe(true);
    expect(can(["deputy", "unit"], "user.manage")).toBe(false);
  });

  test("unknown permissions are denied, including Object.prototype's names", () => {
    for (const p of ["user.delete", "", "USER.MANAGE", "toString", "constructor", "__proto__", "hasOwnProperty"]) {
      expect(can([...ROLES], p), p).toBe(false);
    }
  });

  test("unknown roles are denied", () => {
    expect(can(["superuser"], "console.view")).toBe(false);
    expect(can(["Admin"], "user.manage")).toBe(false);
    expect(can(["admin "], "user.manage")).toBe(false);
    expect(can([""], "console.view")).toBe(false);
  });

  test("no roles, no permissions", () => {
    for (const p of permissions) expect(can([], p)).toBe(false);
  });
});

describe("isRole", () => {
  test("accepts the roles and nothing else", () => {
    for (const r of ROLES) expect(isRole(r)).toBe(true);
    for (const v of ["", "ADMIN", "root", null, undefined, 1, {}, ["admin"]]) expect(isRole(v)).toBe(false);
  });
});
