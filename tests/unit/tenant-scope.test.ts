import { describe, expect, test } from "vitest";
import { assertScoped, scopeArgs, TenantMismatchError, UnscopedQueryError } from "@/lib/tenant-scope";

const A = "0190a000-0000-7000-8000-00000000000a";
const B = "0190b000-0000-7000-8000-00000000000b";

const READ_OPS = [
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
];
const WRITE_WHERE_OPS = ["update", "updateMany", "updateManyAndReturn", "delete", "deleteMany"];

describe("scopeArgs (forTenant)", () => {
  test.each([...READ_OPS, ...WRITE_WHERE_OPS])("%s: the where clause gets the tenant", (op) => {
    expect(scopeArgs(A, "User", op, { where: { username: "x" } })).toEqual({ where: { username: "x", tenantId: A } });
    expect(scopeArgs(A, "User", op, undefined)).toEqual({ where: { tenantId: A } });
    expect(scopeArgs(A, "User", op, {})).toEqual({ where: { tenantId: A } });
  });

  test.each([...READ_OPS, ...WRITE_WHERE_OPS])("%s: a where naming the same tenant passes, another throws", (op) => {
    expect(scopeArgs(A, "User", op, { where: { id: "u", tenantId: A } })).toEqual({ where: { id: "u", tenantId: A } });
    expect(() => scopeArgs(A, "User", op, { where: { id: "u", tenantId: B } })).toThrow(TenantMismatchError);
    // A filter object on tenantId could widen the scope: refused.
    expect(() => scopeArgs(A, "User", op, { where: { tenantId: { in: [A, B] } } })).toThrow(TenantMismatchError);
    expect(() => scopeArgs(A, "User", op, { where: { tenantId: { not: A } } })).toThrow(TenantMismatchError);
  });

  test("other arguments are kept and the caller's object is not mutated", () => {
    const args = { where: { active: true }, select: { id: true }, orderBy: { username: "asc" }, take: 5 };
    const copy = structuredClone(args);
    const out = scopeArgs(A, "User", "findMany", args);
    expect(out).toEqual({ ...copy, where: { active: true, tenantId: A } });
    expect(args).toEqual(copy);
  });

  test.each(["update", "updateMany", "updateManyAndReturn"])("%s: moving a row to another tenant throws", (op) => {
    expect(() => scopeArgs(A, "User", op, { where: { id: "u" }, data: { tenantId: B } })).toThrow(TenantMismatchError);
    expect(scopeArgs(A, "User", op, { where: { id: "u" }, data: { tenantId: A, displayName: "x" } })).toEqual({
      where: { id: "u", tenantId: A },
      data: { tenantId: A, displayName: "x" },
    });
  });

  test("create stamps the tenant; another tenant throws", () => {
    expect(scopeArgs(A, "Committee", "create", { data: { code: "c" } })).toEqual({ data: { code: "c", tenantId: A } });
    expect(scopeArgs(A, "Committee", "create", { data: { code: "c", tenantId: A } })).toEqual({
      data: { code: "c", tenantId: A },
    });
    expect(() => scopeArgs(A, "Committee", "create", { data: { code: "c", tenantId: B } })).toThrow(
      TenantMismatchError,
    );
  });

  test.each(["createMany", "createManyAndReturn"])("%s stamps every row; one row of another tenant throws", (op) => {
    expect(
      scopeArgs(A, "Committee", op, { data: [{ code: "a" }, { code: "b", tenantId: A }], skipDuplicates: true }),
    ).toEqual({
      data: [
        { code: "a", tenantId: A },
        { code: "b", tenantId: A },
      ],
      skipDuplicates: true,
    });
    expect(scopeArgs(A, "Committee", op, { data: { code: "a" } })).toEqual({ data: { code: "a", tenantId: A } });
    expect(() => scopeArgs(A, "Committee", op, { data: [{ code: "a" }, { code: "b", tenantId: B }] })).toThrow(
      TenantMismatchError,
    );
  });

  test("upsert filters its where and stamps its create", () => {
    expect(
      scopeArgs(A, "Committee", "upsert", { where: { id: "c" }, create: { code: "c" }, update: { name: "n" } }),
    ).toEqual({
      where: { id: "c", tenantId: A },
      create: { code: "c", tenantId: A },
      update: { name: "n" },
    });
    expect(() =>
      scopeArgs(A, "Committee", "upsert", { where: { id: "c", tenantId: B }, create: {}, update: {} }),
    ).toThrow(TenantMismatchError);
    expect(() =>
      scopeArgs(A, "Committee", "upsert", { where: { id: "c" }, create: { tenantId: B }, update: {} }),
    ).toThrow(TenantMismatchError);
  });

  test("upsert cannot move an existing row to another tenant through its update", () => {
    expect(() =>
      scopeArgs(A, "Committee", "upsert", { where: { id: "c" }, create: { code: "c" }, update: { tenantId: B } }),
    ).toThrow(TenantMismatchError);
  });

  test.each(["findRaw", "aggregateRaw", "executeRaw", "somethingNew", ""])(
    "unknown operation %j fails closed",
    (op) => {
      expect(() => scopeArgs(A, "User", op, { where: { tenantId: A } })).toThrow(UnscopedQueryError);
    },
  );

  test("errors name the model and operation", () => {
    expect(() => scopeArgs(A, "Unit", "findMany", { where: { tenantId: B } })).toThrow(/Unit\.findMany/);
    expect(() => scopeArgs(A, "Unit", "runCommandRaw", {})).toThrow(/Unit\.runCommandRaw/);
  });
});

describe("assertScoped (unsafePrisma)", () => {
  test.each([...READ_OPS, ...WRITE_WHERE_OPS])("%s needs where.tenantId", (op) => {
    expect(() => assertScoped("User", op, { where: { tenantId: A } })).not.toThrow();
    expect(() => assertScoped("User", op, { where: { tenantId: A, id: "u" } })).not.toThrow();
    expect(() => assertScoped("User", op, { where: { id: "u" } })).toThrow(UnscopedQueryError);
    expect(() => assertScoped("User", op, { where: {} })).toThrow(UnscopedQueryError);
    expect(() => assertScoped("User", op, {})).toThrow(UnscopedQueryError);
    expect(() => assertScoped("User", op, undefined)).toThrow(UnscopedQueryError);
    expect(() => assertScoped("User", op, { where: { tenantId: "" } })).toThrow(UnscopedQueryError);
    expect(() => assertScoped("User", op, { where: { tenantId: { in: [A, B] } } })).toThrow(UnscopedQueryError);
  });

  test("create needs data.tenantId", () => {
    expect(() => assertScoped("Committee", "create", { data: { tenantId: A, code: "c" } })).not.toThrow();
    expect(() => assertScoped("Committee", "create", { data: { code: "c" } })).toThrow(UnscopedQueryError);
    expect(() => assertScoped("Committee", "create", {})).toThrow(UnscopedQueryError);
  });

  test.each(["createMany", "createManyAndReturn"])("%s needs a tenantId on every row and at least one row", (op) => {
    expect(() => assertScoped("Committee", op, { data: [{ tenantId: A }, { tenantId: B }] })).not.toThrow();
    expect(() => assertScoped("Committee", op, { data: { tenantId: A } })).not.toThrow();
    expect(() => assertScoped("Committee", op, { data: [{ tenantId: A }, { code: "x" }] })).toThrow(UnscopedQueryError);
    expect(() => assertScoped("Committee", op, { data: [] })).toThrow(UnscopedQueryError);
  });

  test("upsert needs the tenant in both where and create", () => {
    expect(() =>
      assertScoped("Committee", "upsert", { where: { tenantId: A }, create: { tenantId: A }, update: {} }),
    ).not.toThrow();
    expect(() =>
      assertScoped("Committee", "upsert", { where: { id: "c" }, create: { tenantId: A }, update: {} }),
    ).toThrow(UnscopedQueryError);
    expect(() => assertScoped("Committee", "upsert", { where: { tenantId: A }, create: {}, update: {} })).toThrow(
      UnscopedQueryError,
    );
  });

  test.each(["findRaw", "aggregateRaw", "somethingNew"])("unknown operation %s fails closed", (op) => {
    expect(() => assertScoped("User", op, { where: { tenantId: A }, data: { tenantId: A } })).toThrow(
      UnscopedQueryError,
    );
  });
});

describe("relation writes to `tenant` (they would bypass the tenantId check)", () => {
  const A = "aaaaaaaa-0000-0000-0000-000000000000";
  const B = "bbbbbbbb-0000-0000-0000-000000000000";
  test.each([
    ["update", { where: { id: "c" }, data: { tenant: { connect: { id: B } } } }],
    ["updateMany", { where: {}, data: { tenant: { connect: { id: B } } } }],
    ["create", { data: { code: "c", tenant: { connect: { id: B } } } }],
    ["upsert", { where: { id: "c" }, create: { code: "c" }, update: { tenant: { connect: { id: B } } } }],
  ])("%s with a tenant relation is refused", (op, args) => {
    expect(() => scopeArgs(A, "Committee", op, args)).toThrow(TenantMismatchError);
  });
});
