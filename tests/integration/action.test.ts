// The one mutation path (lib/action.ts): session → tenant → membership → zod → permission → one transaction
// holding the change and its audit row.
import { beforeAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { defineAction, executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createUser as createUserAction } from "@/lib/modules/identity";
import {
  anonymousContext,
  auditRows,
  createCommittee,
  createTenant,
  createUser,
  operatorContext,
  sessionFor,
  TEST_PASSWORD,
  uniqueSuffix,
  type TestTenant,
  type TestUser,
} from "../factories";

let tenant: TestTenant;
let admin: TestUser;

beforeAll(async () => {
  tenant = await createTenant();
  admin = await createUser(tenant, { roles: ["admin"], displayName: "管理员甲" });
});

function newUserInput(overrides: Record<string, unknown> = {}) {
  return {
    username: `new-${uniqueSuffix(8)}`,
    displayName: "新用户",
    phone: "13812341234",
    password: "Fresh-passw0rd",
    roles: [{ role: "deputy" }],
    ...overrides,
  };
}

/** Rows the action path could have written in a tenant: users, role grants and audit events. */
async function footprint(tenantId: string) {
  const [users, roles, audits] = await Promise.all([
    unsafePrisma.user.count({ where: { tenantId } }),
    unsafePrisma.roleAssignment.count({ where: { tenantId } }),
    unsafePrisma.auditEvent.count({ where: { tenantId } }),
  ]);
  return { users, roles, audits };
}

describe("executeAction(createUser)", () => {
  test("creates the user, its roles and exactly one audit row with actor, request id and ip", async () => {
    const t = await createTenant();
    const a = await createUser(t, { roles: ["admin"], displayName: "管理员乙" });
    const ctx = sessionFor(a);
    const input = newUserInput({ roles: [{ role: "legislative" }, { role: "deputy" }] });

    const result = await executeAction(createUserAction, t.slug, input, ctx);

    expect(result).toEqual({ ok: true, data: { id: expect.any(String) } });
    const id = (result as { data: { id: string } }).data.id;
    const user = await unsafePrisma.user.findFirst({ where: { tenantId: t.id, id }, include: { roles: true } });
    expect(user).toMatchObject({
      username: input.username,
      displayName: "新用户",
      phone: "13812341234",
      active: true,
      tenantId: t.id,
    });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user!.roles.map((r) => r.role).sort()).toEqual(["deputy", "legislative"]);

    const audits = await auditRows(t.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      tenantId: t.id,
      action: "user.create",
      actorKind: "USER",
      actorId: a.id,
      actorName: "管理员乙",
      entityType: "User",
      entityId: id,
      requestId: ctx.requestId,
      ip: "127.0.0.1",
    });
    expect(audits[0]!.after).toMatchObject({
      username: input.username,
      roles: [
        { role: "legislative", scopeId: null },
        { role: "deputy", scopeId: null },
      ],
    });
    const stored = JSON.stringify(audits[0], (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    expect(stored).not.toContain("Fresh-passw0rd");
    expect(stored).not.toContain("argon2");
  });

  test("a committee-scoped role naming this tenant's committee is accepted", async () => {
    const committee = await createCommittee(tenant);
    const result = await executeAction(
      createUserAction,
      tenant.slug,
      newUserInput({ roles: [{ role: "committee", scopeId: committee.id }] }),
      sessionFor(admin),
    );
    expect(result.ok).toBe(true);
    const id = (result as { data: { id: string } }).data.id;
    expect(
      await unsafePrisma.roleAssignment.findMany({
        where: { tenantId: tenant.id, userId: id },
        select: { role: true, scopeId: true },
      }),
    ).toEqual([{ role: "committee", scopeId: committee.id }]);
  });

  test("the username is normalised and a taken one is a CONFLICT on the username field", async () => {
    const name = `dup-${uniqueSuffix(6)}`;
    const first = await executeAction(
      createUserAction,
      tenant.slug,
      newUserInput({ username: name }),
      sessionFor(admin),
    );
    expect(first.ok).toBe(true);
    const before = await footprint(tenant.id);
    const second = await executeAction(
      createUserAction,
      tenant.slug,
      newUserInput({ username: ` ${name.toUpperCase()} ` }),
      sessionFor(admin),
    );
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe("CONFLICT");
    expect(second.error.fieldErrors?.username?.[0]).toBeTruthy();
    expect(second.error.fieldErrors?.username?.[0]).not.toBe("usernameTaken");
    expect(await footprint(tenant.id)).toEqual(before);
  });

  test("the same username in another tenant is fine", async () => {
    const other = await createTenant();
    const otherAdmin = await createUser(other, { roles: ["admin"] });
    const result = await executeAction(
      createUserAction,
      other.slug,
      newUserInput({ username: admin.username }),
      sessionFor(otherAdmin),
    );
    expect(result.ok).toBe(true);
  });
});

describe("validation", () => {
  async function expectValidation(input: unknown, fields: string[]) {
    const before = await footprint(tenant.id);
    const result = await executeAction(createUserAction, tenant.slug, input, sessionFor(admin));
    expect(result.ok).toBe(false);
    if (result.ok) return result;
    expect(result.error.code).toBe("VALIDATION");
    expect(result.error.message).toBeTruthy();
    expect(result.error.message).not.toBe("errors.VALIDATION");
    expect(Object.keys(result.error.fieldErrors ?? {}).sort()).toEqual(fields.sort());
    for (const messages of Object.values(result.error.fieldErrors ?? {})) {
      for (const m of messages) {
        expect(m).toBeTruthy();
        expect(m).not.toMatch(/^validation\./);
      }
    }
    expect(await footprint(tenant.id)).toEqual(before);
    return result;
  }

  test("bad values are answered per field, in Chinese, and nothing is written", async () => {
    const result = await expectValidation(newUserInput({ username: "x", password: "short", phone: "123" }), [
      "username",
      "password",
      "phone",
    ]);
    if (result.ok) return;
    expect(result.error.fieldErrors!.username![0]).toBe("用户名为 3–32 位小写字母、数字或 . _ -，须以字母或数字开头。");
    expect(result.error.message).toBe("提交的内容有误，请按提示修改。");
  });

  test("unknown fields are rejected by name", async () => {
    await expectValidation(newUserInput({ isAdmin: true, tenantId: tenant.id }), ["isAdmin", "tenantId"]);
  });

  test("wrong types are rejected", async () => {
    const result = await expectValidation(newUserInput({ roles: "admin", phone: 13812341234, displayName: null }), [
      "roles",
      "phone",
      "displayName",
    ]);
    if (result.ok) return;
    expect(result.error.fieldErrors!.roles![0]).toMatch(/[\u4e00-\u9fff]/); // zod's own message, in zh-CN
  });

  test("not an object at all", async () => {
    await expectValidation("admin", ["_"]);
    await expectValidation(null, ["_"]);
  });

  test("an English session gets English messages", async () => {
    const result = await executeAction(
      createUserAction,
      tenant.slug,
      newUserInput({ username: "x" }),
      sessionFor(admin, { locale: "en" }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe("Some fields need correcting.");
    expect(result.error.fieldErrors!.username![0]).toMatch(/^[\x20-\x7e–]+$/);
  });

  test("a role scope of another tenant's committee is refused", async () => {
    const elsewhere = await createCommittee(await createTenant());
    await expectValidation(newUserInput({ roles: [{ role: "committee", scopeId: elsewhere.id }] }), ["roles"]);
  });
});

describe("who may act", () => {
  test("a deputy may not create users: FORBIDDEN, nothing written", async () => {
    const deputy = await createUser(tenant, { roles: ["deputy"] });
    const before = await footprint(tenant.id);
    const result = await executeAction(createUserAction, tenant.slug, newUserInput(), sessionFor(deputy));
    expect(result).toEqual({ ok: false, error: { code: "FORBIDDEN", message: expect.stringMatching(/\S/) } });
    expect(await footprint(tenant.id)).toEqual(before);
  });

  test("no session: UNAUTHENTICATED", async () => {
    const result = await executeAction(createUserAction, tenant.slug, newUserInput(), anonymousContext());
    expect(result.ok === false && result.error.code).toBe("UNAUTHENTICATED");
  });

  test("a session of tenant A on tenant B's slug: NOT_FOUND, and nothing is written in either", async () => {
    const b = await createTenant();
    await createUser(b, { roles: ["admin"] });
    const [beforeA, beforeB] = await Promise.all([footprint(tenant.id), footprint(b.id)]);
    const result = await executeAction(createUserAction, b.slug, newUserInput(), sessionFor(admin));
    expect(result.ok === false && result.error.code).toBe("NOT_FOUND");
    // Exactly the answer a tenant that does not exist gets.
    const missing = await executeAction(createUserAction, `t-${uniqueSuffix()}`, newUserInput(), sessionFor(admin));
    expect(missing).toEqual(result);
    expect(await Promise.all([footprint(tenant.id), footprint(b.id)])).toEqual([beforeA, beforeB]);
  });

  test("a session naming a user of tenant B but claiming tenant A is no member of either", async () => {
    const b = await createTenant();
    const adminB = await createUser(b, { roles: ["admin"] });
    const forged = sessionFor({ id: adminB.id, tenantId: tenant.id });
    const result = await executeAction(createUserAction, tenant.slug, newUserInput(), forged);
    expect(result.ok === false && result.error.code).toBe("UNAUTHENTICATED");
    const onB = await executeAction(createUserAction, b.slug, newUserInput(), forged);
    expect(onB.ok === false && onB.error.code).toBe("NOT_FOUND");
  });

  test("a platform operator's session on a tenant: NOT_FOUND", async () => {
    const result = await executeAction(createUserAction, tenant.slug, newUserInput(), await operatorContext());
    expect(result.ok === false && result.error.code).toBe("NOT_FOUND");
  });

  test("an inactive tenant and reserved slugs: NOT_FOUND", async () => {
    const closed = await createTenant({ active: false });
    const closedAdmin = await createUser(closed, { roles: ["admin"] });
    const result = await executeAction(createUserAction, closed.slug, newUserInput(), sessionFor(closedAdmin));
    expect(result.ok === false && result.error.code).toBe("NOT_FOUND");
    expect(await unsafePrisma.user.count({ where: { tenantId: closed.id } })).toBe(1);
    for (const slug of ["api", "platform", "../etc", ""]) {
      const r = await executeAction(createUserAction, slug, newUserInput(), sessionFor(admin));
      expect(r.ok === false && r.error.code, slug).toBe("NOT_FOUND");
    }
  });

  test("a disabled user's session: UNAUTHENTICATED", async () => {
    const disabled = await createUser(tenant, { roles: ["admin"], active: false });
    const before = await footprint(tenant.id);
    const result = await executeAction(createUserAction, tenant.slug, newUserInput(), sessionFor(disabled));
    expect(result.ok === false && result.error.code).toBe("UNAUTHENTICATED");
    expect(await footprint(tenant.id)).toEqual(before);
  });

  test("a session issued before the last password change: UNAUTHENTICATED; one issued after it works", async () => {
    const changedAt = new Date();
    const user = await createUser(tenant, { roles: ["admin"], passwordChangedAt: changedAt });
    const stale = await executeAction(
      createUserAction,
      tenant.slug,
      newUserInput(),
      sessionFor(user, { authAt: changedAt.getTime() - 60_000 }),
    );
    expect(stale.ok === false && stale.error.code).toBe("UNAUTHENTICATED");
    const fresh = await executeAction(
      createUserAction,
      tenant.slug,
      newUserInput(),
      sessionFor(user, { authAt: changedAt.getTime() }),
    );
    expect(fresh.ok).toBe(true);
  });

  test("roles are read from the database on every request, not from the session", async () => {
    const user = await createUser(tenant, { roles: ["admin"] });
    const ctx = sessionFor(user);
    await unsafePrisma.roleAssignment.deleteMany({ where: { tenantId: tenant.id, userId: user.id } });
    await unsafePrisma.roleAssignment.create({ data: { tenantId: tenant.id, userId: user.id, role: "deputy" } });
    const result = await executeAction(createUserAction, tenant.slug, newUserInput(), ctx);
    expect(result.ok === false && result.error.code).toBe("FORBIDDEN");
  });
});

describe("atomicity: the change and its audit row commit together or not at all", () => {
  const schema = z.strictObject({ code: z.string().min(1), fail: z.enum(["none", "run", "audit"]) });
  const addCommittee = defineAction({
    name: "test.addCommittee",
    permission: "user.manage",
    schema,
    async run({ tx, tenant: t }, input) {
      const row = await tx.committee.create({
        data: { tenantId: t.id, code: input.code, name: `委员会 ${input.code}`, shortName: "委" },
      });
      if (input.fail === "run") throw new AppError("CONFLICT", "duplicate");
      // A NUL character cannot be stored in a PostgreSQL text column: the audit insert fails in the database.
      const entityType = input.fail === "audit" ? "Committee\u0000" : "Committee";
      return {
        result: { id: row.id },
        audit: { action: "committee.create", entityType, entityId: row.id, after: { code: row.code } },
      };
    },
  });

  test("a successful run commits the row and its audit entry", async () => {
    const t = await createTenant();
    const a = await createUser(t, { roles: ["admin"] });
    const code = `ok-${uniqueSuffix(6)}`;
    const result = await executeAction(addCommittee, t.slug, { code, fail: "none" }, sessionFor(a));
    expect(result).toEqual({ ok: true, data: { id: expect.any(String) } });
    const id = (result as { data: { id: string } }).data.id;
    expect(await unsafePrisma.committee.findFirst({ where: { tenantId: t.id, code }, select: { id: true } })).toEqual({
      id,
    });
    expect(await auditRows(t.id)).toEqual([
      expect.objectContaining({ action: "committee.create", entityType: "Committee", entityId: id, after: { code } }),
    ]);
  });

  test("a run that writes a row and then throws leaves neither the row nor an audit row", async () => {
    const t = await createTenant();
    const a = await createUser(t, { roles: ["admin"] });
    const code = `run-${uniqueSuffix(6)}`;
    const result = await executeAction(addCommittee, t.slug, { code, fail: "run" }, sessionFor(a));
    expect(result.ok === false && result.error.code).toBe("CONFLICT");
    expect(await unsafePrisma.committee.count({ where: { tenantId: t.id } })).toBe(0);
    expect(await auditRows(t.id)).toEqual([]);
  });

  test("when the audit row cannot be written, the change is rolled back", async () => {
    const t = await createTenant();
    const a = await createUser(t, { roles: ["admin"] });
    const code = `aud-${uniqueSuffix(6)}`;
    // Not a user error: the failure is rethrown (a 500 in the app), never reported as success.
    const outcome = await executeAction(addCommittee, t.slug, { code, fail: "audit" }, sessionFor(a)).then(
      (r) => ({ returned: r }),
      (err: unknown) => ({ thrown: err }),
    );
    expect(outcome).toHaveProperty("thrown");
    expect(await unsafePrisma.committee.count({ where: { tenantId: t.id } })).toBe(0);
    expect(await auditRows(t.id)).toEqual([]);
  });

  test("two concurrent creations of one username: one wins, the other leaves no trace", async () => {
    const t = await createTenant();
    const a = await createUser(t, { roles: ["admin"] });
    const name = `atom-${uniqueSuffix(6)}`;
    // Two concurrent creations of the same username: one wins, the other leaves no trace (no user, no audit row).
    const results = await Promise.all([
      executeAction(createUserAction, t.slug, newUserInput({ username: name }), sessionFor(a)),
      executeAction(createUserAction, t.slug, newUserInput({ username: name }), sessionFor(a)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(["CONFLICT"]);
    expect(await unsafePrisma.user.count({ where: { tenantId: t.id, username: name } })).toBe(1);
    expect((await auditRows(t.id, { action: "user.create" })).length).toBe(1);
  });
});

test("the factories' password is what the users sign in with", () => {
  expect(admin.password).toBe(TEST_PASSWORD);
});
