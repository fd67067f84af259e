// AuditEvent is append-only in the database itself (trigger in migration 0001): not even the application's
// own connection can rewrite or erase history.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeAudit } from "@/lib/audit";
import { unsafePrisma } from "@/lib/db";
import { listAuditEvents, auditFilterSchema } from "@/lib/modules/audit";
import { auditRows, createTenant, type TestTenant } from "../factories";

let tenant: TestTenant;
let client: pg.Client;

beforeAll(async () => {
  tenant = await createTenant();
  await writeAudit(
    unsafePrisma,
    tenant.id,
    { kind: "SYSTEM", name: "test" },
    { action: "test.original", entityType: "Thing", entityId: "1", after: { n: 1 } },
    { requestId: "r-1", ip: "10.0.0.1" },
  );
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
});

async function theRow() {
  const rows = await auditRows(tenant.id, { action: "test.original" });
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

const APPEND_ONLY = /AuditEvent is append-only/;

describe("through Prisma", () => {
  test("raw UPDATE fails with the trigger's error; the row is unchanged", async () => {
    const before = await theRow();
    await expect(
      unsafePrisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'test.forged' WHERE "id" = $1`, before.id),
    ).rejects.toThrow(APPEND_ONLY);
    expect(await theRow()).toEqual(before);
  });

  test("raw DELETE fails with the trigger's error; the row is still there", async () => {
    const before = await theRow();
    await expect(unsafePrisma.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = $1`, before.id)).rejects.toThrow(
      APPEND_ONLY,
    );
    expect(await theRow()).toEqual(before);
  });

  test("the model API's update and delete fail too", async () => {
    const before = await theRow();
    await expect(
      unsafePrisma.auditEvent.update({
        where: { id: before.id, tenantId: tenant.id },
        data: { action: "test.forged" },
      }),
    ).rejects.toThrow(APPEND_ONLY);
    await expect(unsafePrisma.auditEvent.deleteMany({ where: { tenantId: tenant.id } })).rejects.toThrow(APPEND_ONLY);
    expect(await theRow()).toEqual(before);
  });
});

describe("through a plain pg connection", () => {
  test("UPDATE and DELETE are refused with insufficient_privilege (42501)", async () => {
    const before = await theRow();
    await expect(
      client.query(`UPDATE "AuditEvent" SET "after" = NULL WHERE "tenantId" = $1`, [tenant.id]),
    ).rejects.toMatchObject({
      code: "42501",
      message: expect.stringMatching(/append-only: UPDATE/),
    });
    await expect(client.query(`DELETE FROM "AuditEvent" WHERE "tenantId" = $1`, [tenant.id])).rejects.toMatchObject({
      code: "42501",
      message: expect.stringMatching(/append-only: DELETE/),
    });
    expect(await theRow()).toEqual(before);
  });

  test("TRUNCATE is refused", async () => {
    const before = await theRow();
    // Inside a transaction that is always rolled back: were the trigger missing, other test files' audit rows
    // must not vanish.
    await client.query("BEGIN");
    try {
      await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toMatchObject({
        code: "42501",
        message: expect.stringMatching(/append-only: TRUNCATE/),
      });
    } finally {
      await client.query("ROLLBACK");
    }
    expect(await theRow()).toEqual(before);
  });

  test("INSERT still works: appending is the point", async () => {
    await client.query(
      `INSERT INTO "AuditEvent" ("tenantId", "actorKind", "action", "entityType") VALUES ($1, 'SYSTEM', 'test.appended', 'Thing')`,
      [tenant.id],
    );
    const rows = await auditRows(tenant.id);
    expect(rows.map((r) => r.action)).toEqual(["test.original", "test.appended"]);
  });
});

describe("reading the log", () => {
  test("listAuditEvents returns this tenant's events newest first, with string ids", async () => {
    const other = await createTenant();
    await writeAudit(unsafePrisma, other.id, { kind: "SYSTEM" }, { action: "test.other", entityType: "Thing" });
    const t = await createTenant();
    for (const action of ["user.create", "user.update", "auth.login"]) {
      await writeAudit(unsafePrisma, t.id, { kind: "SYSTEM", name: "seed" }, { action, entityType: "User" });
    }
    const all = await listAuditEvents(t.id, auditFilterSchema.parse({}));
    expect(all.total).toBe(3);
    expect(all.events.map((e) => e.action)).toEqual(["auth.login", "user.update", "user.create"]);
    expect(typeof all.events[0]!.id).toBe("string");
    const users = await listAuditEvents(t.id, auditFilterSchema.parse({ action: "user." }));
    expect(users.events.map((e) => e.action)).toEqual(["user.update", "user.create"]);
  });
});
