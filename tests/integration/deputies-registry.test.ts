// The deputies registry (issue #10 item 1) against real PostgreSQL: create / edit / end a term with field-level
// refusals in Chinese (4xx, never a 500), the audited phone reveal (the field, never the number), the list's
// filters and paging in SQL, the .xlsx export read back with exceljs, and another city's ids answering NOT_FOUND.
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import {
  createDeputy,
  deputiesXlsxStream,
  deputyFilterChoices,
  endDeputyTerm,
  getDeputy,
  listDeputies,
  revealDeputyPhone,
  updateDeputy,
} from "@/lib/modules/deputies";
import { lookups } from "@/lib/modules/deputies/sweep";
import { auditRows, createArea, createTenant, createUser, sessionFor } from "../factories";
import { createDeputies, createDeputy as makeDeputy } from "../factories/deputies";

const input = (over: Record<string, unknown> = {}) => ({
  name: "王芳",
  gender: "FEMALE",
  ethnicity: "",
  birthYear: "1978",
  party: "中共党员",
  occupation: "社区书记",
  workUnit: "鼓楼街道社区",
  level: "CITY",
  term: "第九届",
  delegation: "杏花岭区代表团",
  constituencyId: "",
  phone: "13912345678",
  userId: "",
  ...over,
});
const officeOf = (tenant: { id: string }) => createUser(tenant, { roles: ["deputyAffairs"] });

describe("create and edit", () => {
  test("the office registers a deputy; the audit row keeps the entry but not the phone", async () => {
    const tenant = await createTenant();
    const office = await officeOf(tenant);
    const district = await createArea(tenant, undefined, "杏花岭区");
    const street = await createArea(tenant, district, "鼓楼街道");
    const account = await createUser(tenant, { roles: ["deputy"] });
    const created = await executeAction(
      createDeputy,
      tenant.slug,
      input({ constituencyId: street.id, userId: account.id }),
      sessionFor(office),
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const row = await unsafePrisma.deputy.findFirstOrThrow({ where: { tenantId: tenant.id, id: created.data.id } });
    expect(row).toMatchObject({
      name: "王芳",
      ethnicity: "汉族",
      birthYear: 1978,
      constituencyId: street.id,
      phone: "13912345678",
      userId: account.id,
      status: "IN_OFFICE",
    });
    const [audit] = await auditRows(tenant.id, { action: "deputy.create" });
    expect(audit).toMatchObject({ entityType: "Deputy", entityId: row.id });
    expect(JSON.stringify(audit!.after)).not.toContain("13912345678");
    expect(audit!.after).toMatchObject({ name: "王芳", hasPhone: true });
    const detail = await getDeputy(tenant.id, row.id);
    expect(detail).toMatchObject({ phoneMasked: "139****5678", constituency: "杏花岭区 / 鼓楼街道" });
    expect(detail).not.toHaveProperty("phone");
  });

  test("bad input is refused field by field in Chinese, with a 4xx code", async () => {
    const tenant = await createTenant();
    const office = await officeOf(tenant);
    const bad = await executeAction(
      createDeputy,
      tenant.slug,
      input({ name: " ", birthYear: "18", level: "WORLD", phone: "123" }),
      sessionFor(office),
    );
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: "VALIDATION",
        fieldErrors: {
          name: ["此项为必填项。"],
          birthYear: [expect.stringMatching(/[\u4e00-\u9fff]/)],
          level: ["请从给出的选项中选择一项。"],
          phone: ["请输入 11 位手机号码。"],
        },
      },
    });
    expect(await unsafePrisma.deputy.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  test("the same person twice at one level and term is a conflict; the area and the account must be this city's deputy's", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const office = await officeOf(tenant);
    await makeDeputy(tenant, { name: "王芳", birthYear: 1978, level: "CITY", term: "第九届" });
    const twin = await executeAction(createDeputy, tenant.slug, input(), sessionFor(office));
    expect(twin).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fieldErrors: { name: ["名册中已有同一层级、同一届次、姓名和出生年份相同的代表。"] } },
    });
    // Another term is another row (a deputy re-elected).
    expect((await executeAction(createDeputy, tenant.slug, input({ term: "第十届" }), sessionFor(office))).ok).toBe(
      true,
    );
    const foreignArea = await createArea(other, undefined, "外市区");
    const staff = await createUser(tenant, { roles: ["leader"] });
    const linked = await createUser(tenant, { roles: ["deputy"] });
    await makeDeputy(tenant, { name: "已关联", userId: linked.id });
    const refused = await executeAction(
      createDeputy,
      tenant.slug,
      input({ name: "李明", constituencyId: foreignArea.id, userId: staff.id }),
      sessionFor(office),
    );
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: "VALIDATION",
        fieldErrors: {
          constituencyId: ["请从本市的区域中选择选区。"],
          userId: ["只能关联持有人大代表角色的账号。"],
        },
      },
    });
    const taken = await executeAction(
      createDeputy,
      tenant.slug,
      input({ name: "李明", userId: linked.id }),
      sessionFor(office),
    );
    expect(taken).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fieldErrors: { userId: ["该账号已关联代表 已关联。"] } },
    });
  });

  test("only the office manages: a leader reads but cannot register", async () => {
    const tenant = await createTenant();
    const leader = await createUser(tenant, { roles: ["leader"] });
    const r = await executeAction(createDeputy, tenant.slug, input(), sessionFor(leader));
    expect(r).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  test("an edit keeps the phone on file unless a new one is typed or it is cleared; the audit says what changed", async () => {
    const tenant = await createTenant();
    const office = await officeOf(tenant);
    const d = await makeDeputy(tenant, { name: "王芳", birthYear: 1978, phone: "13912345678" });
    const edit = (over: Record<string, unknown>) =>
      executeAction(updateDeputy, tenant.slug, { ...input({ phone: "" }), id: d.id, ...over }, sessionFor(office));
    expect((await edit({ delegation: "第二代表小组" })).ok).toBe(true);
    let row = await unsafePrisma.deputy.findFirstOrThrow({ where: { tenantId: tenant.id, id: d.id } });
    expect(row).toMatchObject({ phone: "13912345678", delegation: "第二代表小组" });
    const [audit] = await auditRows(tenant.id, { action: "deputy.update" });
    expect(audit!.after).toMatchObject({ delegation: "第二代表小组" });
    expect(audit!.after).not.toHaveProperty("phoneChanged");
    expect((await edit({ phone: "13700000000" })).ok).toBe(true);
    row = await unsafePrisma.deputy.findFirstOrThrow({ where: { tenantId: tenant.id, id: d.id } });
    expect(row.phone).toBe("13700000000");
    expect((await edit({ clearPhone: true })).ok).toBe(true);
    row = await unsafePrisma.deputy.findFirstOrThrow({ where: { tenantId: tenant.id, id: d.id } });
    expect(row.phone).toBeNull();
    const audits = await auditRows(tenant.id, { action: "deputy.update" });
    expect(JSON.stringify(audits.map((a) => a.after))).not.toContain("13700000000");
  });

  test("another city's deputy is NOT_FOUND to edit, end, reveal and read", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const office = await officeOf(tenant);
    const foreign = await makeDeputy(other, { phone: "13900000000" });
    const ctx = sessionFor(office);
    for (const [def, body] of [
      [updateDeputy, { ...input(), id: foreign.id }],
      [endDeputyTerm, { id: foreign.id, status: "RESIGNED", statusOn: todayInShanghai(), reason: "辞职" }],
      [revealDeputyPhone, { deputyId: foreign.id }],
    ] as const)
      expect(await executeAction(def as never, tenant.slug, body, ctx)).toMatchObject({
        ok: false,
        error: { code: "NOT_FOUND" },
      });
    expect(await getDeputy(tenant.id, foreign.id)).toBeNull();
    expect(await lookups.deputy(tenant.id, foreign.id)).toBeNull();
    expect(await lookups.deputy(other.id, foreign.id)).not.toBeNull();
    expect(await unsafePrisma.deputy.findFirstOrThrow({ where: { tenantId: other.id, id: foreign.id } })).toMatchObject(
      {
        status: "IN_OFFICE",
      },
    );
  });
});

describe("end of term", () => {
  test("resignation on a day with a reason; not in the future; not twice", async () => {
    const tenant = await createTenant();
    const office = await officeOf(tenant);
    const d = await makeDeputy(tenant);
    const end = (over: Record<string, unknown> = {}) =>
      executeAction(
        endDeputyTerm,
        tenant.slug,
        { id: d.id, status: "RESIGNED", statusOn: "2026-03-01", reason: "因工作调动辞去代表职务", ...over },
        sessionFor(office),
      );
    expect(await end({ statusOn: "2999-01-01" })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { statusOn: ["生效日期不能晚于今天。"] } },
    });
    expect(await end({ reason: "" })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { reason: ["此项为必填项。"] } },
    });
    expect((await end()).ok).toBe(true);
    const row = await unsafePrisma.deputy.findFirstOrThrow({ where: { tenantId: tenant.id, id: d.id } });
    expect(row).toMatchObject({ status: "RESIGNED", statusReason: "因工作调动辞去代表职务" });
    expect(dateToDay(row.statusOn!)).toBe("2026-03-01");
    expect(await end({ status: "TERMINATED" })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fieldErrors: { status: ["该代表已不在任。"] } },
    });
    const [audit] = await auditRows(tenant.id, { action: "deputy.endTerm" });
    expect(audit).toMatchObject({ entityId: d.id, after: { status: "RESIGNED", statusOn: "2026-03-01" } });
  });
});

describe("phone reveal", () => {
  test("the office sees the whole number and the audit records who looked at which field, never the number", async () => {
    const tenant = await createTenant();
    const office = await officeOf(tenant);
    const leader = await createUser(tenant, { roles: ["leader"] });
    const d = await makeDeputy(tenant, { phone: "13611112222" });
    const shown = await executeAction(revealDeputyPhone, tenant.slug, { deputyId: d.id }, sessionFor(office));
    expect(shown).toEqual({ ok: true, data: { value: "13611112222" } });
    const [audit] = await auditRows(tenant.id, { action: "deputy.revealPhone" });
    expect(audit).toMatchObject({
      entityType: "Deputy",
      entityId: d.id,
      actorId: office.id,
      after: { field: "phone" },
    });
    expect(JSON.stringify([audit!.before, audit!.after])).not.toContain("13611112222");
    const refused = await executeAction(revealDeputyPhone, tenant.slug, { deputyId: d.id }, sessionFor(leader));
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await auditRows(tenant.id, { action: "deputy.revealPhone" })).toHaveLength(1);
  });
});

describe("the list", () => {
  test("filters by name, district (its whole subtree), level, term, delegation and status; pages in SQL with the total", async () => {
    const tenant = await createTenant();
    const d1 = await createArea(tenant, undefined, "杏花岭区");
    const s1 = await createArea(tenant, d1, "鼓楼街道");
    const c1 = await createArea(tenant, s1, "东社区");
    const d2 = await createArea(tenant, undefined, "万柏林区");
    await createDeputies(tenant, 120, (i) => ({
      constituencyId: [d1.id, s1.id, c1.id, d2.id][i % 4],
      level: i % 3 === 0 ? "CITY" : "COUNTY",
      delegation: i % 2 ? "甲组" : "乙组",
      term: i < 100 ? "第十届" : "第九届",
      status: i === 5 ? "RESIGNED" : "IN_OFFICE",
      statusOn: i === 5 ? new Date("2026-01-05") : null,
      phone: "13800001111",
    }));
    const page = (filter: Record<string, string>, offset = 0, limit = 50) =>
      listDeputies(tenant.id, filter, { limit, offset });
    const all = await page({});
    expect(all.total).toBe(120);
    expect(all.rows).toHaveLength(50);
    expect(all.rows[0]).toMatchObject({ name: "代表0001", phoneMasked: "138****1111" });
    expect(all.rows[0]).not.toHaveProperty("phone");
    const third = await page({}, 100);
    expect(third.rows.map((r) => r.name)).toEqual(
      Array.from({ length: 20 }, (_, i) => `代表${101 + i}`.replace("代表", "代表0")),
    );
    expect((await page({ district: d1.id })).total).toBe(90);
    expect((await page({ district: d2.id })).total).toBe(30);
    expect((await page({ level: "CITY" })).total).toBe(40);
    expect((await page({ term: "第九届" })).total).toBe(20);
    expect((await page({ delegation: "甲组" })).total).toBe(60);
    expect((await page({ status: "RESIGNED" })).rows.map((r) => [r.name, r.statusOn])).toEqual([
      ["代表0006", "2026-01-05"],
    ]);
    expect((await page({ q: "代表011" })).total).toBe(10);
    expect((await page({ district: d2.id, level: "CITY", term: "第十届" })).total).toBe(
      Array.from({ length: 100 }, (_, i) => i).filter((i) => i % 4 === 3 && i % 3 === 0).length,
    );
    // The filters offer what the registry holds (distinct, in order; no empty delegation).
    await makeDeputy(tenant, { name: "无组代表", delegation: "", term: "第八届" });
    const choices = await deputyFilterChoices(tenant.id);
    expect([...choices.terms].sort()).toEqual(["第九届", "第八届", "第十届"].sort());
    expect([...choices.delegations].sort()).toEqual(["乙组", "甲组"].sort());
    // A district id of another city matches nothing rather than everything.
    const other = await createTenant();
    const foreign = await createArea(other, undefined, "外市区");
    expect((await page({ district: foreign.id })).total).toBe(0);
  });

  test("the export is a readable .xlsx with the filtered rows, phones masked", async () => {
    const tenant = await createTenant();
    await createDeputies(tenant, 30, (i) => ({
      level: i < 12 ? "PROVINCIAL" : "COUNTY",
      phone: "13800001111",
      workUnit: "太原市第一中学",
    }));
    const stream = await deputiesXlsxStream(tenant.id, { level: "PROVINCIAL" }, "zh-CN");
    const bytes = Buffer.from(await new Response(stream).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("姓名");
    expect(sheet.actualRowCount).toBe(13);
    const row2 = sheet.getRow(2);
    expect(row2.getCell(1).value).toBe("代表0001");
    expect(row2.getCell(4).value).toBe("省");
    expect(row2.getCell(9).value).toBe("138****1111");
    expect(sheet.getColumn(1).width).toBeGreaterThan(0);
    const cells: string[] = [];
    sheet.eachRow((r) => r.eachCell((c) => cells.push(String(c.value))));
    expect(cells.join("|")).not.toContain("13800001111");
  });
});

describe("photo", () => {
  test("an image (by content) becomes the deputy's photo, readable by deputy.view; anything else is refused", async () => {
    const sharp = (await import("sharp")).default;
    const { Upload, getAttachment } = await import("@/lib/modules/attachments");
    const { setDeputyPhoto } = await import("@/lib/modules/deputies");
    const tenant = await createTenant();
    const office = await officeOf(tenant);
    const d = await makeDeputy(tenant);
    const png = await sharp({ create: { width: 60, height: 80, channels: 3, background: "#c00" } })
      .png()
      .toBuffer();
    const set = (file?: InstanceType<typeof Upload>) =>
      executeAction(setDeputyPhoto, tenant.slug, { deputyId: d.id, ...(file ? { file } : {}) }, sessionFor(office));
    const notImage = await set(new Upload("photo.png", new TextEncoder().encode("<html>not an image</html>")));
    expect(notImage).toMatchObject({ ok: false, error: { code: "UNSUPPORTED_MEDIA_TYPE" } });
    const r = await set(new Upload("portrait.png", new Uint8Array(png)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = await unsafePrisma.deputy.findFirstOrThrow({ where: { tenantId: tenant.id, id: d.id } });
    expect(row.photoId).toBe(r.data.photoId);
    expect(await getAttachment(tenant.id, r.data.photoId!)).toMatchObject({ contentType: "image/png" });
    const [audit] = await auditRows(tenant.id, { action: "deputy.setPhoto" });
    expect(audit).toMatchObject({ entityId: d.id, after: { photoId: r.data.photoId } });
    expect((await set()).ok).toBe(true);
    expect(
      (await unsafePrisma.deputy.findFirstOrThrow({ where: { tenantId: tenant.id, id: d.id } })).photoId,
    ).toBeNull();
  });
});
