// The tenant guard against a real database: forTenant(A) cannot see or touch tenant B's rows, the raw client
// refuses unscoped queries, and TENANT_MODELS / prisma/schema agree with the tables the migrations create.
import { beforeAll, describe, expect, inject, test } from "vitest";
import { forTenant, unsafePrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import * as Enums from "@/lib/generated/prisma/enums";
import { MANIFESTS } from "@/lib/modules/registry";
import { TenantMismatchError, TENANT_MODELS, UnscopedQueryError } from "@/lib/tenant-scope";
import {
  createArea,
  createCommittee,
  createTenant,
  createUnit,
  createUser,
  type TestTenant,
  type TestUser,
} from "../factories";

let a: TestTenant;
let b: TestTenant;
let userA: TestUser;
let userB: TestUser;
let committeeB: Awaited<ReturnType<typeof createCommittee>>;

beforeAll(async () => {
  [a, b] = await Promise.all([createTenant(), createTenant()]);
  [userA, userB, committeeB] = await Promise.all([
    createUser(a, { displayName: "甲市用户", roles: ["admin"] }),
    createUser(b, { displayName: "乙市用户", roles: ["deputy"] }),
    createCommittee(b, { name: "乙市委员会" }),
  ]);
});

async function userBRow() {
  return unsafePrisma.user.findFirst({ where: { tenantId: b.id, id: userB.id }, include: { roles: true } });
}

test("the workers reach the database global-db.ts prepared", () => {
  expect(process.env.DATABASE_URL).toBe(inject("databaseUrl"));
  expect(process.env.DATABASE_URL).toMatch(/^postgres(ql)?:\/\//);
});

describe("forTenant(A) cannot see tenant B", () => {
  test("findMany lists A's rows only", async () => {
    const users = await forTenant(a.id).user.findMany({ select: { id: true, tenantId: true } });
    expect(users).toEqual([{ id: userA.id, tenantId: a.id }]);
    const everyone = await forTenant(a.id).user.findMany({
      where: { id: { in: [userA.id, userB.id] } },
      select: { id: true },
    });
    expect(everyone.map((u) => u.id)).toEqual([userA.id]);
  });

  test("findFirst / findUnique by B's id find nothing", async () => {
    expect(await forTenant(a.id).user.findFirst({ where: { id: userB.id } })).toBeNull();
    expect(await forTenant(a.id).user.findUnique({ where: { id: userB.id } })).toBeNull();
    expect(await forTenant(a.id).committee.findFirst({ where: { id: committeeB.id } })).toBeNull();
    await expect(forTenant(a.id).user.findUniqueOrThrow({ where: { id: userB.id } })).rejects.toMatchObject({
      code: "P2025",
    });
    // The same query through B's client does find it: the filter is what hides it.
    expect(await forTenant(b.id).user.findFirst({ where: { id: userB.id }, select: { id: true } })).toEqual({
      id: userB.id,
    });
  });

  test("count, aggregate and groupBy count A's rows only", async () => {
    expect(await forTenant(a.id).user.count({ where: { id: userB.id } })).toBe(0);
    expect(await forTenant(a.id).user.count()).toBe(1);
    const agg = await forTenant(a.id).user.aggregate({ _count: { _all: true } });
    expect(agg._count._all).toBe(1);
    const groups = await forTenant(a.id).user.groupBy({ by: ["tenantId"], _count: { _all: true } });
    expect(groups).toEqual([{ tenantId: a.id, _count: { _all: 1 } }]);
  });

  test("relations do not leak either", async () => {
    const roles = await forTenant(a.id).roleAssignment.findMany({ where: { userId: userB.id } });
    expect(roles).toEqual([]);
    const withRoles = await forTenant(a.id).user.findMany({ include: { roles: true } });
    expect(withRoles.flatMap((u) => u.roles.map((r) => r.tenantId))).toEqual([a.id]);
  });

  test("update by B's id throws P2025 and leaves B's row alone", async () => {
    const before = await userBRow();
    await expect(
      forTenant(a.id).user.update({ where: { id: userB.id }, data: { displayName: "hijacked" } }),
    ).rejects.toMatchObject({ code: "P2025" });
    expect(await userBRow()).toEqual(before);
  });

  test("updateMany by B's id changes nothing", async () => {
    const before = await userBRow();
    expect(await forTenant(a.id).user.updateMany({ where: { id: userB.id }, data: { active: false } })).toEqual({
      count: 0,
    });
    expect(await userBRow()).toEqual(before);
  });

  test("delete / deleteMany by B's id remove nothing", async () => {
    const before = await userBRow();
    await expect(forTenant(a.id).roleAssignment.delete({ where: { id: before!.roles[0]!.id } })).rejects.toMatchObject({
      code: "P2025",
    });
    expect(await forTenant(a.id).roleAssignment.deleteMany({ where: { userId: userB.id } })).toEqual({ count: 0 });
    await expect(forTenant(a.id).committee.delete({ where: { id: committeeB.id } })).rejects.toMatchObject({
      code: "P2025",
    });
    expect(await userBRow()).toEqual(before);
    expect(await unsafePrisma.committee.findFirst({ where: { tenantId: b.id, id: committeeB.id } })).toEqual(
      committeeB,
    );
  });

  test("upsert by B's id creates a new row in A instead of updating B's", async () => {
    const code = `up-${committeeB.code}`;
    const row = await forTenant(a.id).committee.upsert({
      where: { id: committeeB.id },
      update: { name: "hijacked" },
      create: { tenantId: a.id, code, name: "甲市委员会", shortName: "甲" },
    });
    expect(row.tenantId).toBe(a.id);
    expect(row.id).not.toBe(committeeB.id);
    expect(await unsafePrisma.committee.findFirst({ where: { tenantId: b.id, id: committeeB.id } })).toEqual(
      committeeB,
    );
  });
});

describe("forTenant(A) cannot write into tenant B", () => {
  test("create naming tenant B throws and writes nothing", async () => {
    const code = `x-${committeeB.code}`;
    await expect(
      forTenant(a.id).committee.create({ data: { tenantId: b.id, code, name: "n", shortName: "s" } }),
    ).rejects.toBeInstanceOf(TenantMismatchError);
    expect(await unsafePrisma.committee.count({ where: { tenantId: b.id, code } })).toBe(0);
    expect(await unsafePrisma.committee.count({ where: { tenantId: a.id, code } })).toBe(0);
  });

  test("createMany with one row of tenant B writes nothing", async () => {
    const code = `y-${committeeB.code}`;
    await expect(
      forTenant(a.id).committee.createMany({
        data: [
          { tenantId: a.id, code: `${code}-1`, name: "n", shortName: "s" },
          { tenantId: b.id, code: `${code}-2`, name: "n", shortName: "s" },
        ],
      }),
    ).rejects.toBeInstanceOf(TenantMismatchError);
    expect(await unsafePrisma.committee.count({ where: { tenantId: a.id, code: { startsWith: code } } })).toBe(0);
  });

  test("moving A's row to tenant B throws", async () => {
    await expect(
      forTenant(a.id).user.update({ where: { id: userA.id }, data: { tenantId: b.id } }),
    ).rejects.toBeInstanceOf(TenantMismatchError);
    expect((await unsafePrisma.user.findFirst({ where: { tenantId: a.id, id: userA.id } }))?.tenantId).toBe(a.id);
  });

  test("a row of A cannot point at a row of B (composite foreign keys)", async () => {
    const before = await userBRow();
    // Stamped with A's id, the (tenantId, userId) key names no user: the database refuses it.
    await expect(
      forTenant(a.id).roleAssignment.create({ data: { tenantId: a.id, userId: userB.id, role: "admin" } }),
    ).rejects.toMatchObject({ code: "P2003" });
    expect(await userBRow()).toEqual(before);
    const parentInB = await createArea(b);
    await expect(
      forTenant(a.id).area.create({
        data: { tenantId: a.id, parentId: parentInB.id, level: "STREET", name: "越界街道" },
      }),
    ).rejects.toMatchObject({
      code: "P2003",
    });
    expect(await unsafePrisma.area.count({ where: { tenantId: a.id } })).toBe(0);
  });
});

describe("unsafePrisma refuses tenant-owned queries that name no tenant", () => {
  test("reads", async () => {
    await expect(unsafePrisma.user.findMany({})).rejects.toBeInstanceOf(UnscopedQueryError);
    await expect(unsafePrisma.user.findMany()).rejects.toBeInstanceOf(UnscopedQueryError);
    await expect(unsafePrisma.user.findFirst({ where: { id: userB.id } })).rejects.toBeInstanceOf(UnscopedQueryError);
    await expect(unsafePrisma.auditEvent.count()).rejects.toBeInstanceOf(UnscopedQueryError);
    await expect(unsafePrisma.committee.groupBy({ by: ["tenantId"] })).rejects.toBeInstanceOf(UnscopedQueryError);
  });

  test("writes, which change nothing", async () => {
    const before = await userBRow();
    await expect(unsafePrisma.user.updateMany({ data: { displayName: "everyone" } })).rejects.toBeInstanceOf(
      UnscopedQueryError,
    );
    await expect(
      unsafePrisma.user.update({ where: { id: userB.id }, data: { displayName: "x" } }),
    ).rejects.toBeInstanceOf(UnscopedQueryError);
    await expect(unsafePrisma.roleAssignment.deleteMany({ where: { userId: userB.id } })).rejects.toBeInstanceOf(
      UnscopedQueryError,
    );
    await expect(
      unsafePrisma.committee.create({
        data: { code: "nope", name: "n", shortName: "s" } as unknown as Prisma.CommitteeUncheckedCreateInput,
      }),
    ).rejects.toBeInstanceOf(UnscopedQueryError);
    expect(await userBRow()).toEqual(before);
  });

  test("platform-level models need no tenant; with an explicit tenantId tenant models work", async () => {
    expect(await unsafePrisma.tenant.findUnique({ where: { id: a.id }, select: { slug: true } })).toEqual({
      slug: a.slug,
    });
    expect(await unsafePrisma.user.count({ where: { tenantId: b.id } })).toBe(1);
  });
});

describe("drift between the code and the database", () => {
  test("every tenant-owned model is declared by exactly one module's manifest, and nothing else is", () => {
    const declared = MANIFESTS.flatMap((m) => m.models);
    expect(new Set(declared).size, "a model declared by two modules").toBe(declared.length);
    expect([...declared].sort()).toEqual([...TENANT_MODELS].sort());
  });

  test('TENANT_MODELS is exactly the set of tables with a "tenantId" column', async () => {
    const rows = await unsafePrisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name = 'tenantId' ORDER BY table_name`;
    expect(rows.map((r) => r.table_name).sort()).toEqual([...TENANT_MODELS].sort());
  });

  test("every model of the Prisma client can be read: prisma/schema has no column the migrations lack", async () => {
    const t = await createTenant();
    const models = Object.values(Prisma.ModelName);
    expect(models.length).toBeGreaterThanOrEqual(7);
    for (const model of models) {
      const delegate = (unsafePrisma as unknown as Record<string, { findFirst: (args: object) => Promise<unknown> }>)[
        model.charAt(0).toLowerCase() + model.slice(1)
      ];
      expect(delegate, model).toBeDefined();
      const args = TENANT_MODELS.has(model) ? { where: { tenantId: t.id } } : {};
      await expect(delegate!.findFirst(args), model).resolves.not.toThrow();
    }
  });

  test("every model's scalar fields are exactly its table's columns", async () => {
    const columns = await unsafePrisma.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`;
    for (const model of Object.values(Prisma.ModelName)) {
      const fieldEnum = (Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`];
      expect(fieldEnum, model).toBeDefined();
      const inDb = columns
        .filter((c) => c.table_name === model)
        .map((c) => c.column_name)
        .sort();
      expect(inDb, model).toEqual(Object.values(fieldEnum!).sort());
    }
  });

  test("every Prisma enum matches its PostgreSQL enum, value for value and in order", async () => {
    const rows = await unsafePrisma.$queryRaw<{ typname: string; labels: string[] }[]>`
      SELECT t.typname::text AS typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = current_schema() GROUP BY t.typname`;
    const inDb = Object.fromEntries(rows.map((r) => [r.typname, r.labels]));
    const inPrisma = Object.fromEntries(
      Object.entries(Enums)
        .filter(([, v]) => v && typeof v === "object")
        .map(([name, v]) => [name, Object.values(v as object)]),
    );
    expect(Object.keys(inPrisma).length).toBeGreaterThanOrEqual(4);
    expect(inDb).toEqual(inPrisma);
  });

  test("a round trip through every tenant-owned model with the factories works", async () => {
    const t = await createTenant();
    const committee = await createCommittee(t);
    const unit = await createUnit(t);
    const district = await createArea(t);
    const street = await createArea(t, district);
    const user = await createUser(t, {
      roles: [
        { role: "committee", scopeId: committee.id },
        { role: "unit", scopeId: unit.id },
      ],
    });
    expect(street).toMatchObject({ parentId: district.id, level: "STREET", tenantId: t.id });
    expect(await forTenant(t.id).roleAssignment.count({ where: { userId: user.id } })).toBe(2);
  });
});
