import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { createLegalField, listLegalFields, renameLegalField } from "@/lib/modules/legislation";
import { auditRows, createTenant, createUser, sessionFor } from "../factories";

describe("fields of law (per tenant)", () => {
  test("legislative staff add and rename a field; each change is audited; names are unique per city", async () => {
    const tenant = await createTenant();
    const staff = await createUser(tenant, { roles: ["legislative"] });
    const added = await executeAction(createLegalField, tenant.slug, { name: "历史文化保护" }, sessionFor(staff));
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect((await listLegalFields(tenant.id)).map((f) => f.name)).toEqual(["历史文化保护"]);

    const again = await executeAction(createLegalField, tenant.slug, { name: "历史文化保护" }, sessionFor(staff));
    expect(again).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fieldErrors: { name: ["本市已有同名的立法领域。"] } },
    });

    const renamed = await executeAction(
      renameLegalField,
      tenant.slug,
      { fieldId: added.data.id, name: "历史文化名城保护" },
      sessionFor(staff),
    );
    expect(renamed.ok).toBe(true);
    expect((await listLegalFields(tenant.id)).map((f) => f.name)).toEqual(["历史文化名城保护"]);
    expect((await auditRows(tenant.id, { entityType: "LegalField" })).map((r) => r.action).sort()).toEqual([
      "legalField.create",
      "legalField.rename",
    ]);
  });

  test("the same name in another city is fine; another city's field cannot be renamed (404); a leader may not add (403); empty names are refused", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const staffA = await createUser(a, { roles: ["legislative"] });
    const staffB = await createUser(b, { roles: ["legislative"] });
    const leader = await createUser(a, { roles: ["leader"] });
    const inB = await executeAction(createLegalField, b.slug, { name: "环境保护" }, sessionFor(staffB));
    expect((await executeAction(createLegalField, a.slug, { name: "环境保护" }, sessionFor(staffA))).ok).toBe(true);
    if (!inB.ok) throw new Error("setup");

    const cross = await executeAction(
      renameLegalField,
      a.slug,
      { fieldId: inB.data.id, name: "被改了" },
      sessionFor(staffA),
    );
    expect(cross).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await unsafePrisma.legalField.findFirst({ where: { tenantId: b.id, id: inB.data.id } }))?.name).toBe(
      "环境保护",
    );

    expect(await executeAction(createLegalField, a.slug, { name: "经济发展" }, sessionFor(leader))).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    const empty = await executeAction(createLegalField, a.slug, { name: "  " }, sessionFor(staffA));
    expect(empty).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect((await listLegalFields(a.id)).map((f) => f.name)).toEqual(["环境保护"]);
  });
});
