// The audit log as staff read it (issue #9, item 6e), against real PostgreSQL: actions and objects by name, the
// object's label from its module with a link to its page, the actor's name, field-level changes with phones masked,
// filters still working, English too, and an action nobody names shown as its code without breaking the page.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { writeAudit } from "@/lib/audit";
import { unsafePrisma } from "@/lib/db";
import { auditFilterOptions, auditFilterSchema, listReadableAuditEvents } from "@/lib/modules/audit";
import { authenticateUser, createUser as createUserAction, updateUser } from "@/lib/modules/identity";
import { createRegulation } from "@/lib/modules/legislation";
import { createCommittee, createTenant, createUser, sessionFor } from "../factories";

const PHONE = "13812341234";
const NEW_PHONE = "13956785678";

async function world() {
  const tenant = await createTenant();
  const admin = await createUser(tenant, {
    roles: ["admin"],
    displayName: "王管理",
    username: `adm-${randomUUID().slice(0, 6)}`,
  });
  const legislative = await createUser(tenant, { roles: ["legislative"], displayName: "法工委刘" });
  const committee = await createCommittee(tenant, { name: "法制工作委员会" });
  const created = await executeAction(
    createUserAction,
    tenant.slug,
    { username: "lisi", displayName: "李四", phone: PHONE, password: "Abcdefgh12", roles: [{ role: "deputy" }] },
    sessionFor(admin),
  );
  if (!created.ok) throw new Error(JSON.stringify(created));
  const userId = created.data.id;
  const updated = await executeAction(
    updateUser,
    tenant.slug,
    { userId, phone: NEW_PHONE, roles: [{ role: "committee", scopeId: committee.id }] },
    sessionFor(admin),
  );
  expect(updated.ok).toBe(true);
  const regulation = await executeAction(
    createRegulation,
    tenant.slug,
    { title: "测试市城市绿化条例", kind: "NEW", year: 2026 },
    sessionFor(legislative),
  );
  if (!regulation.ok) throw new Error(JSON.stringify(regulation));
  await authenticateUser({ tenantSlug: tenant.slug, username: "nobody-here", password: "Wrong-passw0rd" });
  return { tenant, admin, legislative, committee, userId, regulationId: regulation.data.id };
}

const page = (query: Record<string, string> = {}) => auditFilterSchema.parse(query);

describe("listReadableAuditEvents", () => {
  test("names, labels, links, actors and masked field-level changes", async () => {
    const { tenant, admin, legislative, userId, regulationId } = await world();
    const { events, total } = await listReadableAuditEvents(tenant, page(), "zh-CN");
    expect(total).toBe(4);
    const byAction = Object.fromEntries(events.map((e) => [e.action.code, e]));

    const update = byAction["user.update"]!;
    expect(update.action.name).toBe("修改用户");
    expect(update.actor).toEqual({ kind: "USER", name: `王管理 · ${admin.username}` });
    expect(update.object).toEqual({
      type: "User",
      typeName: "用户",
      id: userId,
      label: "李四 · lisi",
      href: `/${tenant.slug}/console/users/${userId}`,
    });
    expect(update.changes).toEqual([
      { field: "手机号码", before: "138****1234", after: "139****5678" },
      { field: "角色", before: "人大代表", after: "专门委员会工作人员（法制工作委员会）" },
    ]);

    const create = byAction["user.create"]!;
    expect(create.action.name).toBe("新建用户");
    expect(create.changes).toEqual(
      expect.arrayContaining([
        { field: "用户名", after: "lisi" },
        { field: "姓名", after: "李四" },
        { field: "手机号码", after: "138****1234" },
        { field: "角色", after: "人大代表" },
      ]),
    );

    const regulation = byAction["regulation.create"]!;
    expect(regulation.action.name).toBe("新建法规项目");
    expect(regulation.actor.name).toBe(`法工委刘 · ${legislative.username}`);
    expect(regulation.object).toMatchObject({
      typeName: "法规项目",
      label: "测试市城市绿化条例",
      href: `/${tenant.slug}/console/legislation/regulations/${regulationId}`,
    });
    expect(regulation.changes).toEqual(
      expect.arrayContaining([
        { field: "标题", after: "测试市城市绿化条例" },
        { field: "类型", after: "制定" },
        { field: "年度", after: "2026" },
      ]),
    );

    const failed = byAction["auth.login_failed"]!;
    expect(failed.action.name).toBe("登录失败");
    expect(failed.actor).toEqual({ kind: "ANONYMOUS", name: "nobody-here" });
    expect(failed.object).toMatchObject({ typeName: "用户", id: null, label: null, href: null });
    expect(failed.changes).toEqual(expect.arrayContaining([{ field: "理由", after: "用户名不存在" }]));

    // No whole phone number anywhere in what the page gets.
    const text = JSON.stringify(events);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(NEW_PHONE);
  });

  test("English names; filters by action and object still work; the filter's choices are named", async () => {
    const { tenant } = await world();
    const en = await listReadableAuditEvents(tenant, page(), "en");
    expect(en.events.find((e) => e.action.code === "user.update")!.action.name).toBe("Edited a user");
    expect(en.events.find((e) => e.action.code === "user.update")!.changes[0]).toEqual({
      field: "Mobile number",
      before: "138****1234",
      after: "139****5678",
    });

    const users = await listReadableAuditEvents(tenant, page({ action: "user" }), "zh-CN");
    expect(users.events.map((e) => e.action.code).sort()).toEqual(["user.create", "user.update"]);
    const regulations = await listReadableAuditEvents(tenant, page({ entityType: "Regulation" }), "zh-CN");
    expect(regulations.events.map((e) => e.action.code)).toEqual(["regulation.create"]);

    const options = await auditFilterOptions(tenant.id, "zh-CN");
    expect(options.actions).toEqual(
      expect.arrayContaining([
        { value: "user.update", label: "修改用户" },
        { value: "regulation.create", label: "新建法规项目" },
      ]),
    );
    expect(options.entityTypes).toEqual(
      expect.arrayContaining([
        { value: "User", label: "用户" },
        { value: "Regulation", label: "法规项目" },
      ]),
    );
  });

  test("an action, an entity type and a field nobody names fall back to their codes; a deleted object keeps its type", async () => {
    const tenant = await createTenant();
    const gone = randomUUID();
    await writeAudit(
      unsafePrisma,
      tenant.id,
      { kind: "SYSTEM", name: "job" },
      {
        action: "mystery.thing",
        entityType: "Gizmo",
        entityId: gone,
        after: { sprockets: 3, phoneOfOwner: PHONE, note: `call ${PHONE}` },
      },
    );
    await writeAudit(
      unsafePrisma,
      tenant.id,
      { kind: "SYSTEM" },
      {
        action: "regulation.create",
        entityType: "Regulation",
        entityId: randomUUID(),
        after: { title: "已不存在的项目" },
      },
    );
    await writeAudit(
      unsafePrisma,
      tenant.id,
      { kind: "SYSTEM" },
      {
        action: "user.update",
        entityType: "User",
        entityId: "not-a-uuid",
      },
    );
    const { events } = await listReadableAuditEvents(tenant, page(), "zh-CN");
    const mystery = events.find((e) => e.action.code === "mystery.thing")!;
    expect(mystery.action.name).toBeNull();
    expect(mystery.object).toEqual({ type: "Gizmo", typeName: null, id: gone, label: null, href: null });
    expect(mystery.actor).toEqual({ kind: "SYSTEM", name: "job" });
    // In jsonb's key order (shorter keys first); a field some module names is named, the others show as keys.
    expect(mystery.changes).toEqual([
      { field: "说明", after: "call 138****1234" },
      { field: "sprockets", after: "3" },
      { field: "phoneOfOwner", after: "138****1234" },
    ]);
    const orphan = events.find((e) => e.action.code === "regulation.create")!;
    expect(orphan.object).toMatchObject({ typeName: "法规项目", label: null, href: null });
    expect(events.find((e) => e.object.id === "not-a-uuid")!.object.label).toBeNull();
  });

  test("another city's rows are never named here", async () => {
    const { tenant: other, userId } = await world();
    const tenant = await createTenant();
    await writeAudit(
      unsafePrisma,
      tenant.id,
      { kind: "SYSTEM" },
      { action: "user.update", entityType: "User", entityId: userId },
    );
    const { events } = await listReadableAuditEvents(tenant, page(), "zh-CN");
    expect(events[0]!.object).toMatchObject({ id: userId, label: null, href: null });
    expect(other.id).not.toBe(tenant.id);
  });
});
